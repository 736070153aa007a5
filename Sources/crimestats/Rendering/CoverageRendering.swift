import CrimeAnalytics
import CrimeData
import TextCharts

/// Output of `crimestats coverage`: a compact unit × year matrix of what each unit can do, or per unit a
/// metric × year grid; CSV one row per unit, year and metric; JSON with every job's years.
enum CoverageRendering {
    /// The cell glyph of a unit-year, strongest first: both clearance counts, one count, a stated rate, other.
    enum Mark: CaseIterable {
        case bothCounts, oneCount, statedRate, other

        func glyph(ascii: Bool) -> String {
            switch self {
            case .bothCounts: return "C"
            case .oneCount: return "c"
            case .statedRate: return "r"
            case .other: return ascii ? "." : "·"
            }
        }

        var meaning: String {
            switch self {
            case .bothCounts: return "both counts (cases cleared and crimes): compare"
            case .oneCount: return "one of the two counts"
            case .statedRate: return "a stated clearance rate, no counts"
            case .other: return "other figures only"
            }
        }

        var color: ChartColor? {
            switch self {
            case .bothCounts: return .green
            case .oneCount: return .yellow
            case .statedRate: return .cyan
            case .other: return .gray
            }
        }
    }

    static let bases: Set<String> = ["crimes_social_order", "crimes_recorded"]

    static func mark(_ u: DatasetCoverage.UnitCoverage, year: Int) -> Mark? {
        guard let metrics = u.cells[year], !metrics.isEmpty else { return nil }
        if u.compareYears.contains(year) { return .bothCounts }
        let cleared = (metrics["cases_cleared"]?.exact ?? 0) > 0
        let base = bases.contains { (metrics[$0]?.exact ?? 0) > 0 }
        if cleared || base { return .oneCount }
        if metrics["clearance_rate"] != nil { return .statedRate }
        return .other
    }

    static func render(_ c: DatasetCoverage, detail: [UnitRef], format: OutputFormat, style: ChartStyle, sourceName: String) -> String {
        switch format {
        case .json: return json(c).serialized(pretty: true) + "\n"
        case .csv: return csv(c)
        case .text, .markdown, .html:
            let markdown = format == .markdown
            return detail.isEmpty ? matrix(c, markdown: markdown, style: style, sourceName: sourceName)
                : detail.map { unit in unitGrid(c, unit: unit, markdown: markdown, style: style) }.joined(separator: "\n")
        }
    }

    // MARK: - The summary paragraph (also the report's opening)

    /// "Compare: … Trend: … Stated rates: … Validate: …", in a few sentences.
    static func jobsParagraph(_ c: DatasetCoverage) -> [String] {
        var out: [String] = []
        let provincial = c.units.filter { $0.unit.type.isProvincial }
        if let best = c.bestCompareYear {
            var text = "Compare: \(best.year) is the best-covered year, with \(best.units.count) province\(best.units.count == 1 ? "" : "s") or cit\(best.units.count == 1 ? "y" : "ies") stating both counts (\(best.units.map(\.name).joined(separator: ", ")))"
            let others = best.unitsByYear.filter { $0.key != best.year }
            if let most = others.values.max() {
                text += "; no other year has more than \(most)"
            }
            text += best.units.count < 2 ? ": no two provinces can be compared in any year." : "."
            let clusters = c.comparableByYear.mapValues { $0.filter { $0.type == .cluster } }.filter { !$0.value.isEmpty }
            if let most = clusters.values.map(\.count).max() {
                text += " Clusters: at most \(most) per year stating both counts (\(CompareRendering.yearList(Array(clusters.keys))))."
            }
            out.append(text)
        } else {
            out.append("Compare: no province or city states both counts (cases cleared and crimes) for any year: nothing can be compared.")
        }
        let rateTrends = c.units.filter(\.hasClearanceTrend)
        let anyTrend = c.units.filter { !$0.trends.isEmpty }
        out.append("Trend (≥ \(DatasetCoverage.trendYears) \(c.span == .year ? "full years" : "years of span \(c.span)")): a clearance-rate trend for \(rateTrends.count) unit\(rateTrends.count == 1 ? "" : "s")"
                   + (rateTrends.isEmpty ? "" : " (\(rateTrends.map(\.unit.name).joined(separator: ", ")))")
                   + "; \(anyTrend.count) unit\(anyTrend.count == 1 ? " has" : "s have") a trend of some metric.")
        let rateOnly = provincial.filter { u in u.statedRateYears.contains { !u.compareYears.contains($0) } }
        if !rateOnly.isEmpty {
            out.append("Stated rates: \(rateOnly.count) provinces and cities state a clearance rate without both counts in some year (`crimestats compare --stated` lists them, as stated).")
        }
        let checks = c.units.reduce(0) { $0 + $1.validationChecks }, errors = c.units.reduce(0) { $0 + $1.validationErrors }
        let checked = c.units.filter { $0.validationChecks > 0 }.count
        out.append("Validate: \(checks) check\(checks == 1 ? "" : "s") that could fail, on \(checked) unit\(checked == 1 ? "" : "s") (\(errors) found an error).")
        return out
    }

    /// The report's opening: what the data can do, in one paragraph (catalogue: `coverageReport…`).
    static func reportParagraph(_ c: DatasetCoverage, lang: Language) -> String {
        let words = Catalog(lang)
        let rateTrends = c.units.filter(\.hasClearanceTrend).map(\.unit.name)
        let checks = c.units.reduce(0) { $0 + $1.validationChecks }
        let checked = c.units.filter { $0.validationChecks > 0 }.count
        let compare: String
        if let best = c.bestCompareYear {
            let most = best.unitsByYear.filter { $0.key != best.year }.values.max() ?? 0
            compare = words(.coverageReportCompare, ["year": .plain(best.year), "n": .count(best.units.count),
                                                     "units": .text(best.units.map(\.name).joined(separator: ", ")), "most": .count(most)])
        } else {
            compare = words(.coverageReportNoCompare)
        }
        let trend = rateTrends.isEmpty ? words(.coverageReportNoTrend)
            : words(.coverageReportTrend, ["units": .text(rateTrends.joined(separator: ", "))])
        return words(.coverageReport, ["n": .count(c.units.count), "compare": .text(compare), "trend": .text(trend),
                                       "checks": .count(checks), "checked": .count(checked)])
    }

    // MARK: - Text

    static func matrix(_ c: DatasetCoverage, markdown: Bool, style: ChartStyle, sourceName: String) -> String {
        let dw = style.displayWidth
        let width = style.effectiveWidth
        let ascii = style.charset == .ascii
        var out = ""
        func line(_ text: String) { out += dw.truncate(style.displayText(text), to: width, ellipsis: style.ellipsis) + "\n" }
        func paragraph(_ text: String) { out += markdown ? text + "\n\n" : Prose.paragraph(text, style: style) }
        let yearsText = c.years.first.map { "\($0)–\(c.years.last ?? $0)" } ?? "no years"
        let title = "Coverage of \(sourceName) (\(c.span == .year ? "full years" : "span \(c.span)")): \(c.units.count) units, \(yearsText)"
        if markdown { out += "## \(title)\n\n" } else { line(title) }
        guard !c.units.isEmpty else {
            paragraph("No figures of this span.")
            return out
        }
        paragraph(Mark.allCases.map { "\($0.glyph(ascii: ascii)) \($0.meaning)" }.joined(separator: "; ") + ".")
        // Columns: name, one per year (3 cells), then compare / trend / checks counts.
        let tail = ["cmp", "trend", "checks"]
        let tailWidth = 1 + tail.map { dw.of($0) + 1 }.reduce(0, +)
        let longest = 2 + (c.units.map { dw.of(style.displayText($0.unit.name)) }.max() ?? 4)
        var years = c.years
        var dropped: [Int] = []
        var nameWidth = min(max(longest, 10), 24)
        while nameWidth + 3 * years.count + tailWidth > width && years.count > 1 {
            dropped.append(years.removeFirst())
        }
        nameWidth = max(4, min(nameWidth, width - 3 * years.count - tailWidth))
        func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
            let shown = dw.truncate(s, to: n, ellipsis: style.ellipsis)
            let gap = String(repeating: " ", count: max(0, n - dw.of(shown)))
            return right ? gap + shown : shown + gap
        }
        func row(_ name: String, _ cells: [String], _ counts: [String]) -> String {
            var text = pad(style.displayText(name), nameWidth)
            for cell in cells { text += " " + cell + String(repeating: " ", count: max(0, 2 - dw.of(SGR.strip(cell)))) }
            text += " " + zip(counts, tail).map { pad($0, dw.of($1), right: true) }.joined(separator: " ")
            return text.trimmingTrailingSpaces()
        }
        var lines: [String] = []
        lines.append(row("unit", years.map { String(String($0).suffix(2)) }, tail))
        var lastGroup: String? = nil
        for u in c.units {
            let group = typeHeading(u.unit.type)
            if group != lastGroup {
                lines.append(style.paint(group, .bold))
                lastGroup = group
            }
            let cells = years.map { y in mark(u, year: y).map { style.paint($0.glyph(ascii: ascii), $0.color) } ?? " " }
            lines.append(row("  " + u.unit.name, cells, ["\(u.compareYears.count)", "\(u.trends.count)", "\(u.validationChecks)"]))
        }
        let provincialCounts = years.map { y -> String in
            let n = (c.comparableByYear[y] ?? []).filter(\.type.isProvincial).count
            return n == 0 ? (ascii ? "." : "·") : "\(n)"
        }
        lines.append(row("comparable", provincialCounts, ["", "", ""]))
        if markdown {
            out += "```\n" + lines.map { SGR.strip($0) }.joined(separator: "\n") + "\n```\n\n"
        } else {
            out += lines.joined(separator: "\n") + "\n"
        }
        if !dropped.isEmpty { line("(not shown at width \(width): \(CompareRendering.yearList(dropped)))") }
        paragraph("Years as two digits (\(String(years.first ?? 0).suffix(2)) = \(years.first ?? 0)). cmp: years with both clearance counts; trend: metrics stated exactly for ≥ \(DatasetCoverage.trendYears) years; checks: validation checks that could fail; comparable: provinces and cities stating both counts that year.")
        if !c.otherSpanUnits.isEmpty {
            paragraph("\(c.otherSpanUnits.count) more unit\(c.otherSpanUnits.count == 1 ? " has" : "s have") figures of other spans only (e.g. --span h1): \(c.otherSpanUnits.map(\.name).joined(separator: ", ")).")
        }
        for text in jobsParagraph(c) { paragraph(text) }
        paragraph("Per unit, every metric and year: `crimestats coverage --unit NAME`.")
        if markdown && out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    static func typeHeading(_ type: UnitType) -> String {
        switch type {
        case .national: return "national"
        case .cluster: return "clusters"
        case .region: return "regions"
        case .city, .province: return "provinces and cities"
        case .district: return "districts"
        }
    }

    /// One unit: metrics × years, then its jobs.
    static func unitGrid(_ c: DatasetCoverage, unit: UnitRef, markdown: Bool, style: ChartStyle) -> String {
        let dw = style.displayWidth
        let ascii = style.charset == .ascii
        var out = ""
        func paragraph(_ text: String) { out += markdown ? text + "\n\n" : Prose.paragraph(text, style: style) }
        let title = "\(unit.name) (\(unit.type.rawValue)): figures by metric and year (\(c.span))"
        out += markdown ? "## \(title)\n\n" : dw.truncate(style.displayText(title), to: style.effectiveWidth, ellipsis: style.ellipsis) + "\n"
        guard let u = c.units.first(where: { $0.unit == unit }) else {
            paragraph("No figures of this span for \(unit.name).")
            return out
        }
        let years = Array((u.years.first ?? 0)...(u.years.last ?? 0))
        var metrics = Set<String>()
        for m in u.cells.values { metrics.formUnion(m.keys) }
        let order = Dictionary(uniqueKeysWithValues: MetricCatalog.baseIDs.enumerated().map { ($1, $0) })
        let sorted = metrics.sorted { a, b in
            let oa = order[a] ?? order.count, ob = order[b] ?? order.count
            return oa != ob ? oa < ob : a < b
        }
        let rows: [[String?]] = sorted.map { m in
            [m] + years.map { y -> String? in
                guard let a = u.cells[y]?[m] else { return nil }
                let glyph = a.exact > 0 ? (ascii ? "x" : "●") : (ascii ? ">" : "≳")
                return a.total > 1 ? glyph + "\(a.total)" : glyph
            }
        }
        let table = Tabular(headers: ["metric"] + years.map(String.init), rows: rows, numericColumns: [],
                            droppable: Array(1..<max(1, years.count - 1)))
        out += markdown ? table.markdown() : table.text(style: style, words: Catalog(.en))
        paragraph("\(ascii ? "x" : "●") stated exactly; \(ascii ? ">" : "≳") only with a verbal bound (trên, gần, …); a number after it: statements from several sources or wordings.")
        let compare = u.compareYears.isEmpty ? "no year with both counts" : CompareRendering.yearList(u.compareYears)
        let trends = u.trends.isEmpty ? "none (no metric stated exactly for \(DatasetCoverage.trendYears) years)"
            : u.trends.map { "\($0.metric) (\($0.years.count) years: \(CompareRendering.yearList($0.years)))" }.joined(separator: ", ")
        paragraph("Compare (clearance rate, both counts): \(compare)." + (u.seriousCompareYears.isEmpty ? "" : " Serious-case clearance: \(CompareRendering.yearList(u.seriousCompareYears))."))
        paragraph("Trend (≥ \(DatasetCoverage.trendYears) exact years): \(trends).")
        let rateOnly = u.statedRateYears.filter { !u.compareYears.contains($0) }
        if !rateOnly.isEmpty { paragraph("A clearance rate stated without both counts: \(CompareRendering.yearList(rateOnly)) (`compare --stated`).") }
        paragraph("Validate: \(u.validationChecks) check\(u.validationChecks == 1 ? "" : "s") that could fail (\(u.validationErrors) error\(u.validationErrors == 1 ? "" : "s")).")
        if markdown && out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    // MARK: - Machine formats

    static func csv(_ c: DatasetCoverage) -> String {
        var out = "unit_type,unit,year,metric,exact,qualified,compare_ready,trend_years\n"
        for u in c.units {
            let trendYears = Dictionary(u.trends.map { ($0.metric, $0.years.count) }, uniquingKeysWith: { a, _ in a })
            for y in u.years {
                for (m, a) in (u.cells[y] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    out += [u.unit.type.rawValue, ObservationWriter.csvField(u.unit.name), "\(y)", m, "\(a.exact)", "\(a.qualified)",
                            u.compareYears.contains(y) ? "true" : "false", "\(trendYears[m] ?? 0)"].joined(separator: ",") + "\n"
                }
            }
        }
        return out
    }

    static func json(_ c: DatasetCoverage) -> JSONValue {
        func years(_ list: [Int]) -> JSONValue { .array(list.map { .integer(Int64($0)) }) }
        return .object([
            ("span", .string(c.span.description)), ("years", years(c.years)),
            ("best_compare_year", c.bestCompareYear.map { b in
                .object([("year", .integer(Int64(b.year))), ("units", .array(b.units.map { .string($0.name) }))])
            } ?? .null),
            ("comparable_units_by_year", .object(c.comparableByYear.keys.sorted().map { y in
                ("\(y)", .array((c.comparableByYear[y] ?? []).map { .string($0.name) }))
            })),
            ("units", .array(c.units.map { u in
                .object([
                    ("unit", .string(u.unit.name)), ("unit_type", .string(u.unit.type.rawValue)), ("figures", .integer(Int64(u.figures))),
                    ("compare_years", years(u.compareYears)), ("serious_compare_years", years(u.seriousCompareYears)),
                    ("stated_rate_years", years(u.statedRateYears)),
                    ("trends", .array(u.trends.map { .object([("metric", .string($0.metric)), ("years", years($0.years))]) })),
                    ("validation_checks", .integer(Int64(u.validationChecks))), ("validation_errors", .integer(Int64(u.validationErrors))),
                    ("by_year", .array(u.years.map { y in
                        .object([("year", .integer(Int64(y))), ("metrics", .object((u.cells[y] ?? [:]).sorted { $0.key < $1.key }.map { m, a in
                            (m, .object([("exact", .integer(Int64(a.exact))), ("qualified", .integer(Int64(a.qualified)))]))
                        }))])
                    })),
                ])
            })),
            ("other_span_units", .array(c.otherSpanUnits.map { .string($0.name) })),
        ])
    }
}
