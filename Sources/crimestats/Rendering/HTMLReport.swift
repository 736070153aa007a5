import CrimeAnalytics
import CrimeData
import Plot

/// `report --format html`: the report as one self-contained page (inline CSS, inline SVG charts, no
/// scripts, no external files), in English or Vietnamese, built with Plot. Every figure on the page
/// links to the source that stated it; the page reflows to a phone's width (tables scroll sideways
/// inside their box, charts scale).
enum HTMLReport {
    static func render(_ r: ReportContent, lang: Language, top: Int) -> String {
        let words = Catalog(lang)
        let numbers = HumanNumbers(lang: lang)
        var sources = SourceList()
        let body: [Node<HTML.BodyContext>] = [
            .header(.h1(.text(words(.reportTitle))), .p(prose(intro(r, words: words))),
                    .p(prose(CoverageRendering.reportParagraph(r.coverage, lang: lang))), .p(.class("rules"), prose(words(.reportRules)))),
            tablesSection(r, words: words, numbers: numbers, sources: &sources),
            trendsSection(r, words: words, numbers: numbers, sources: &sources),
            compareSection(r, words: words, numbers: numbers, sources: &sources),
            validationSection(r, words: words, top: top, sources: &sources),
            sourcesSection(words: words, sources: sources),
        ]
        let page = HTML(
            .lang(lang == .vi ? .vietnamese : .english),
            .head(.encoding(.utf8), .title(words(.reportTitle)), .viewport(.accordingToDevice, initialScale: 1),
                  .style(stylesheet)),
            .body(.main(.group(body)))
        )
        return page.render(indentedBy: .spaces(1)) + "\n"
    }

    static func intro(_ r: ReportContent, words: Catalog) -> String {
        let yearText = r.years.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "—"
        return words(.reportData, ["source": .text(r.sourceName.isEmpty ? words(.reportBundledDataset) : r.sourceName),
                                   "figures": .count(r.figureCount), "sources": .count(r.sourceCount), "units": .count(r.unitCount),
                                   "years": .text(yearText)])
    }

    /// The sources cited on the page, numbered in order of first citation.
    struct SourceList {
        var order: [String] = []
        var published: [String: String] = [:]

        mutating func cite(_ o: Observation) -> Int {
            if published[o.source] == nil, !o.published.isEmpty { published[o.source] = o.published }
            return cite(source: o.source)
        }

        mutating func cite(source: String) -> Int {
            if let i = order.firstIndex(of: source) { return i + 1 }
            order.append(source)
            return order.count
        }
    }

    /// A source as a link target: the address itself when it is one, else the entry in the source list.
    static func href(_ source: String, number: Int) -> String {
        source.hasPrefix("http://") || source.hasPrefix("https://") ? source : "#source-\(number)"
    }

    /// A figure shown as a link to its source, with a tooltip naming metric, unit, year and source.
    static func figureLink(_ text: String, _ o: Observation, words: Catalog, sources: inout SourceList) -> Node<HTML.BodyContext> {
        let n = sources.cite(o)
        let title = words(.reportHTMLFigure, ["metric": .text(words.metric(o.metric)), "unit": .text(o.unit.name),
                                              "year": .plain(o.period.year), "value": .text(text), "source": .text(o.source)])
        return .group(.a(.href(href(o.source, number: n)), .attribute(named: "title", value: title), .class("figure-link"), .text(text)),
                      .element(named: "sup", nodes: [.a(.href("#source-\(n)"), .text("\(n)"))]))
    }

    // MARK: Sections

    static func tablesSection(_ r: ReportContent, words: Catalog, numbers: HumanNumbers,
                              sources: inout SourceList) -> Node<HTML.BodyContext> {
        var nodes: [Node<HTML.BodyContext>] = [.h2(.text(words(.reportTablesHeading)))]
        if r.tables.isEmpty { nodes.append(.p(.text(words(.reportNoTables)))) }
        for t in r.tables {
            let who = words(t.key.hasSuffix("clusters") ? .reportClusters : .reportProvinces)
            let heading = capitalised(words(.reportTableHeading, ["metric": .text(t.table.metric.label(vietnamese: words.isVietnamese)),
                                                                   "who": .text(who)]))
            nodes.append(.h3(.text(heading)))
            guard !t.table.rows.isEmpty else {
                nodes.append(.p(.text(words(.reportNoTable, ["n": .count(t.singleYearUnits)]))))
                continue
            }
            var header: [Node<HTML.TableRowContext>] = [.th(.text(words(.headerUnit)))]
            header += t.table.years.map { .th(.class("num"), .text(String($0))) }
            var rows: [Node<HTML.TableContext>] = []
            var lineSeries: [SVGChart.LineSeries] = []
            for row in t.table.rows {
                var cells: [Node<HTML.TableRowContext>] = [.th(.attribute(named: "scope", value: "row"), .text(row.unit.name))]
                var points: [SVGChart.LinePoint] = []
                for year in t.table.years {
                    guard let cell = row[year] else {
                        cells.append(.td(.class("num missing"), .attribute(named: "title", value: words(.reportHTMLMissingYear, ["year": .plain(year)])),
                                         .text("—")))
                        continue
                    }
                    let text = numbers.value(cell.observation, metric: t.table.metric) + (cell.isConflicted ? "*" : "")
                    cells.append(.td(.class("num"), figureLink(text, cell.observation, words: words, sources: &sources)))
                    if cell.isExact {
                        let n = sources.cite(cell.observation)
                        points.append(.init(year: year, value: cell.value, link: href(cell.observation.source, number: n),
                                            title: "\(row.unit.name) \(year): \(text)"))
                    }
                }
                rows.append(.tr(.group(cells)))
                if points.count >= 2 { lineSeries.append(.init(name: row.unit.name, points: points)) }
            }
            nodes.append(.div(.class("scroll"), .table(.thead(.tr(.group(header))), .tbody(.group(rows)))))
            let percent = t.table.metric.unit == .percent
            if !lineSeries.isEmpty {
                nodes.append(SVGChart.lines(Array(lineSeries.prefix(6)), label: heading) { v in
                    numbers.number(v, decimals: percent ? 0 : 0) + (percent ? "%" : "")
                })
            }
            if t.singleYearUnits > 0 {
                nodes.append(.p(.class("note"), prose(words(.reportSingleYearUnits, ["n": .count(t.singleYearUnits),
                                                                                     "metric": .text(t.table.metric.id)]))))
            }
        }
        return .section(.id("tables"), .group(nodes))
    }

    static func trendsSection(_ r: ReportContent, words: Catalog, numbers: HumanNumbers,
                              sources: inout SourceList) -> Node<HTML.BodyContext> {
        var nodes: [Node<HTML.BodyContext>] = [.h2(.text(words(.reportTrendsHeading)))]
        if r.trends.isEmpty { nodes.append(.p(.text(words(.reportNoTrends)))) }
        var order: [String] = []
        var groups: [String: [SeriesTrend]] = [:]
        for t in r.trends where TrendAnalysis.isTrended(metric: t.metric.id) && t.observationCount >= TrendAnalysis.minimumYears {
            if groups[t.metric.id] == nil { order.append(t.metric.id) }
            groups[t.metric.id, default: []].append(t)
        }
        func fmt(_ x: Double?, _ d: Int? = nil) -> String {
            x.map { numbers.number($0, decimals: d ?? (abs($0) >= 100 ? 0 : abs($0) >= 10 ? 1 : 2)) } ?? ""
        }
        for id in order {
            let group = groups[id] ?? []
            guard let metric = group.first?.metric else { continue }
            let heading = capitalised(words(.trendMetricHeading, ["metric": .text(metric.label(vietnamese: words.isVietnamese)),
                                                                  "id": .text(id), "note": .text(metric.unit == .percent ? words(.trendPointsPerYear) : "")]))
            nodes.append(.h3(.text(heading)))
            let keys: [MessageKey] = [.headerUnit, .headerYears, .headerN, .headerOLS, .headerCI95, .headerP, .headerSen, .headerMKTau,
                                      .headerMKP, .headerCAGR, .headerAPC]
            let header: [Node<HTML.TableRowContext>] = keys.enumerated().map { i, k in i == 0 ? .th(.text(words(k))) : .th(.class("num"), .text(words(k))) }
            let rows: [Node<HTML.TableContext>] = group.map { t in
                let years = t.series.years
                let ci = t.ols?.confidenceInterval.map { "[\(fmt($0.lower)), \(fmt($0.upper))]" } ?? ""
                let cells = ["\(years.first.map(String.init) ?? "")–\(years.last.map(String.init) ?? "")", "\(t.observationCount)",
                             fmt(t.ols?.slope), ci, fmt(t.ols?.pValue, 3), fmt(t.theilSen?.slope),
                             t.mannKendall.map { numbers.number($0.tau, decimals: 2) } ?? "", fmt(t.mannKendall?.pValue, 3),
                             fmt(t.cagrPercent, 1), fmt(t.annualPercentChange?.percent, 1)]
                return .tr(.th(.attribute(named: "scope", value: "row"), .text(t.series.unit.name + (t.series.crossesReorganisation ? " †" : ""))),
                           .group(cells.map { .td(.class("num"), .text($0)) }))
            }
            nodes.append(.div(.class("scroll"), .table(.thead(.tr(.group(header))), .tbody(.group(rows)))))
            let local = group.filter { $0.series.unit.type != .national }
            let drawn = (local.isEmpty ? group : local).prefix(6)
            let series: [SVGChart.LineSeries] = drawn.map { t in
                .init(name: t.series.unit.name, points: zip(t.series.years, t.series.values).map { year, value in
                    let o = r.figure(t.series.unit, t.metric.id, year)
                    let link = o.map { href($0.source, number: sources.cite($0)) }
                    return .init(year: year, value: value, link: link,
                                 title: "\(t.series.unit.name) \(year): \(numbers.value(value, metric: metric))" + (o.map { " — \($0.source)" } ?? ""))
                })
            }
            let percent = metric.unit == .percent
            nodes.append(SVGChart.lines(series, label: heading) { v in
                numbers.number(v, decimals: percent || abs(v) < 10 ? 1 : 0) + (percent ? "%" : "")
            })
        }
        nodes.append(.p(.class("note"), prose(words(.trendSlopesNote))))
        return .section(.id("trends"), .group(nodes))
    }

    static func compareSection(_ r: ReportContent, words: Catalog, numbers: HumanNumbers,
                               sources: inout SourceList) -> Node<HTML.BodyContext> {
        var nodes: [Node<HTML.BodyContext>] = [.h2(.text(words(.reportCompareHeading)))]
        guard let c = r.comparison, !c.units.isEmpty else {
            nodes.append(.p(.text(words(.reportNoComparison))))
            return .section(.id("compare"), .group(nodes))
        }
        let title = capitalised(words(.compareTitle, ["metric": .text(c.metric.label(vietnamese: words.isVietnamese)), "year": .plain(c.year),
                                                      "span": .text(words.span(c.span))]))
        nodes.append(.h3(.text(title)))
        let keys: [MessageKey] = [.headerUnit, .headerCleared, .headerBase, .headerRate, .headerWilson95, .headerZ, .headerFunnel,
                                  .headerExpectedRank]
        let header: [Node<HTML.TableRowContext>] = keys.enumerated().map { i, k in i == 0 ? .th(.text(words(k))) : .th(.class("num"), .text(words(k))) }
        var rows: [Node<HTML.TableContext>] = []
        var dots: [SVGChart.Dot] = []
        var funnelPoints: [(label: String, n: Double, rate: Double, link: String?, title: String)] = []
        for u in c.units {
            let k = u.sources.first { $0.metric == c.metric.numerator }
            let n = u.sources.first { $0.metric == u.denominatorMetric }
            func linkedCount(_ value: Int, _ o: Observation?) -> Node<HTML.BodyContext> {
                let text = numbers.number(Double(value), decimals: 0)
                return o.map { figureLink(text, $0, words: words, sources: &sources) } ?? .text(text)
            }
            let rate = numbers.number(u.rate, decimals: 1) + "%"
            let wilson = "\(numbers.number(100 * u.wilson.lower, decimals: 1))–\(numbers.number(100 * u.wilson.upper, decimals: 1))"
            rows.append(.tr(.th(.attribute(named: "scope", value: "row"), .text(u.unit.name)),
                            .td(.class("num"), linkedCount(u.numerator, k)), .td(.class("num"), linkedCount(u.denominator, n)),
                            .td(.class("num"), .text(rate)), .td(.class("num"), .text(wilson)),
                            .td(.class("num"), .text(u.funnel.map { numbers.number($0.zScore, decimals: 2) } ?? "")),
                            .td(.text(CompareRendering.flagText(u.funnel?.flag, words: words))),
                            .td(.class("num"), .text(numbers.number(u.expectedRank, decimals: 1)))))
            let link = (k ?? n).map { href($0.source, number: sources.cite($0)) }
            let tip = "\(u.unit.name): \(rate) [\(wilson)]" + ((k ?? n).map { " — \($0.source)" } ?? "")
            dots.append(.init(label: u.unit.name, estimate: u.rate, low: 100 * u.wilson.lower, high: 100 * u.wilson.upper, link: link, title: tip))
            funnelPoints.append((u.unit.name, Double(u.denominator), u.rate, link, tip))
        }
        nodes.append(.div(.class("scroll"), .table(.thead(.tr(.group(header))), .tbody(.group(rows)))))
        let percent: (Double) -> String = { numbers.number($0, decimals: 1) + "%" }
        nodes.append(SVGChart.dots(dots, reference: c.pooledRate, referenceLabel: words(.pooledLabel), label: title + " — Wilson 95%",
                                   format: percent))
        if let f = c.funnel {
            nodes.append(SVGChart.funnel(points: funnelPoints, target: 100 * f.target, limits: { n in
                let l = f.limits(atTrials: n, adjustment: f.adjustmentUsed)
                return (100 * l.lower95, 100 * l.upper95, 100 * l.lower998, 100 * l.upper998)
            }, targetLabel: words(.pooledLabel), limitLabels: (words(.chartLimits95), words(.chartLimits998)),
            label: title + " — " + words(.headerFunnel), rateFormat: percent,
            countFormat: { numbers.number($0, decimals: 0) }))
        }
        if let pooled = c.pooledRate {
            nodes.append(.p(.class("note"), prose(words(.comparePooledNote, ["rate": .percent(pooled, decimals: 2), "n": .count(c.units.count)]))))
        }
        nodes.append(.p(.class("note"), prose(words(.compareRankNote))))
        return .section(.id("compare"), .group(nodes))
    }

    static func validationSection(_ r: ReportContent, words: Catalog, top: Int, sources: inout SourceList) -> Node<HTML.BodyContext> {
        let s = r.validation.summary
        var nodes: [Node<HTML.BodyContext>] = [
            .h2(.text(words(.reportValidationHeading))),
            .p(.text(words(.reportValidationSummary, ["checked": .count(s.checked), "errors": .count(s.errors),
                                                      "warnings": .count(s.warnings), "infos": .count(s.infos)]))),
        ]
        var items: [Node<HTML.ListContext>] = []
        for f in ReportRendering.topFindings(r.validation, top) {
            let mark = f.severity == .error ? words(.severityError).uppercased() : words(.severityWarning)
            var links: [Node<HTML.BodyContext>] = []
            for source in f.figures.map(\.source).uniqued() {
                let n = sources.cite(source: source)
                links.append(.element(named: "sup", nodes: [.a(.href(href(source, number: n)), .attribute(named: "title", value: source),
                                                               .text("\(n)"))]))
            }
            items.append(.li(.class(f.severity.rawValue), .strong(.text(mark + ": ")), .text(words.finding(f.message)), .group(links)))
        }
        if !items.isEmpty { nodes.append(.ul(.class("findings"), .group(items))) }
        return .section(.id("validation"), .group(nodes))
    }

    static func sourcesSection(words: Catalog, sources: SourceList) -> Node<HTML.BodyContext> {
        let items: [Node<HTML.ListContext>] = sources.order.enumerated().map { i, source in
            let date = sources.published[source].map { " (" + words(.publishedOn, ["date": .text(words.date($0))]) + ")" } ?? ""
            let body: Node<HTML.BodyContext> = source.hasPrefix("http") ? .a(.href(source), .text(source)) : .text(source)
            return .li(.id("source-\(i + 1)"), body, .text(date))
        }
        return .section(.id("sources"), .h2(.text(words(.sourcesHeading))), .element(named: "ol", nodes: [.group(items)]))
    }

    /// Text with `code` spans (the catalogue marks commands with backticks) as <code> elements.
    static func prose(_ text: String) -> Node<HTML.BodyContext> {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        return .group(parts.enumerated().map { i, part in
            i % 2 == 1 ? .element(named: "code", text: String(part)) : .text(String(part))
        })
    }

    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// Inline CSS: one column, readable line length, tables scroll inside their box on a phone.
    static let stylesheet = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d6d6d6; --accent: #1f5fa8; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, "DejaVu Sans", "Noto Sans", sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; margin: 0.5rem 0; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 2px solid var(--rule); }
        h3 { font-size: 1.05rem; margin-top: 1.5rem; }
        p, li { overflow-wrap: anywhere; } .rules, .note { color: var(--muted); font-size: 0.9rem; }
        .scroll { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
        th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--rule); text-align: left; white-space: nowrap; }
        .num { text-align: right; } .missing { color: var(--muted); }
        a { color: var(--accent); } sup a { text-decoration: none; font-size: 0.7rem; }
        .figure { margin: 1rem 0; } svg.chart { width: 100%; max-width: 36rem; height: auto; display: block; }
        svg .grid { stroke: #e6e6e6; } svg .tick, svg .label { font-size: 14px; fill: var(--muted); }
        svg .line { fill: none; stroke-width: 2; } svg .interval { stroke: #555; stroke-width: 2; }
        svg .dot { fill: var(--accent); } svg .reference { stroke: #888; stroke-dasharray: 4 3; }
        svg .limit95 { fill: none; stroke: #d9a400; stroke-width: 1.5; } svg .limit998 { fill: none; stroke: #c0392b; stroke-width: 1.5; }
        .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.85rem; }
        .key { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: middle; }
        .reference-key { border-top: 2px dashed #888; height: 0; } .limit95-key { background: #d9a400; height: 2px; }
        .limit998-key { background: #c0392b; height: 2px; }
        .findings li { margin-bottom: 0.5rem; } .findings .error strong { color: #b00020; } .findings .warning strong { color: #8a6d00; }
        #sources li { font-size: 0.85rem; }
        """
}
