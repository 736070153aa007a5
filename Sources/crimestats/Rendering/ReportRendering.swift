import CrimeAnalytics
import CrimeData
import TextCharts

/// Output of `crimestats report`.
enum ReportRendering {
    static func render(_ r: ReportContent, format: OutputFormat, lang: Language, style: ChartStyle, top: Int) -> String {
        switch format {
        case .json: return json(r, top: top).serialized(pretty: true) + "\n"
        case .html: return HTMLReport.render(r, lang: lang, top: top)
        case .text, .markdown, .csv: return human(r, markdown: format == .markdown, lang: lang, style: style, top: top)
        }
    }

    static func json(_ r: ReportContent, top: Int) -> JSONValue {
        let summary = r.validation.summary
        return .object([
            ("data", .object([("source", .string(r.sourceName.isEmpty ? "the bundled dataset" : r.sourceName)), ("figures", .integer(Int64(r.figureCount))),
                              ("sources", .integer(Int64(r.sourceCount))), ("units", .integer(Int64(r.unitCount))),
                              ("first_year", r.years.map { .integer(Int64($0.lowerBound)) } ?? .null),
                              ("last_year", r.years.map { .integer(Int64($0.upperBound)) } ?? .null)])),
            ("coverage", coverageJSON(r.coverage)),
            ("tables", .array(r.tables.map { t in
                .object([("section", .string(t.key)), ("units_with_one_year", .integer(Int64(t.singleYearUnits))),
                         ("table", TableRendering.json(t.table))])
            })),
            ("trends", .array(r.trends.map(TrendRendering.json))),
            ("comparison", r.comparison.map { CompareRendering.json($0, context: r.comparisonContext) } ?? .null),
            ("stated_rates", .array(r.statedRates.map { s in
                .object([("unit", .string(s.observation.unit.name)), ("rate", .number(s.observation.value)),
                         ("qualifier", .string(s.observation.qualifier.rawValue)),
                         ("cases_cleared", s.cleared.map { .number($0.value) } ?? .null),
                         ("implied_bases_low", s.impliedBases.map { .integer($0.lowest) } ?? .null),
                         ("implied_bases_high", s.impliedBases?.highest.map { .integer($0) } ?? .null)])
            })),
            ("validation", .object([
                ("checked", .integer(Int64(summary.checked))), ("errors", .integer(Int64(summary.errors))),
                ("warnings", .integer(Int64(summary.warnings))), ("infos", .integer(Int64(summary.infos))),
                ("top", .array(topFindings(r.validation, top).map { f in
                    .object([("check", .string(f.check.rawValue)), ("severity", .string(f.severity.rawValue)),
                             ("unit", f.unit.map { .string($0.name) } ?? .null), ("message", .string(Catalog(.en).finding(f.message)))])
                })),
            ])),
        ])
    }

    /// The report's coverage paragraph and its figures.
    static func coverageJSON(_ c: DatasetCoverage) -> JSONValue {
        let best: JSONValue = c.bestCompareYear.map { .integer(Int64($0.year)) } ?? .null
        let trends: [JSONValue] = c.units.filter(\.hasClearanceTrend).map { .string($0.unit.name) }
        return .object([("summary", .string(CoverageRendering.reportParagraph(c, lang: .en))), ("best_compare_year", best),
                        ("units_comparable_that_year", .integer(Int64(c.bestCompareYear?.units.count ?? 0))),
                        ("units_with_clearance_trend", .array(trends))])
    }

    /// Errors first, then warnings, each in report order.
    static func topFindings(_ report: ValidationReport, _ n: Int) -> [ValidationFinding] {
        let notable = report.findings.filter { $0.severity != .info }
        return Array((notable.filter { $0.severity == .error } + notable.filter { $0.severity == .warning }).prefix(n))
    }

    static func human(_ r: ReportContent, markdown: Bool, lang: Language, style: ChartStyle, top: Int) -> String {
        let numbers = HumanNumbers(lang: lang)
        let words = Catalog(lang)
        let width = style.effectiveWidth
        let dw = style.displayWidth
        let footnotes = markdown ? Footnotes() : nil
        var out = ""
        func heading(_ text: String, level: Int = 2) {
            let text = text.prefix(1).uppercased() + text.dropFirst()
            if markdown {
                out += (out.isEmpty ? "" : "\n") + String(repeating: "#", count: level) + " " + text + "\n\n"
            } else {
                let shown = style.line(text)
                out += (out.isEmpty ? "" : "\n") + shown + "\n"
                if level <= 2 { out += String(repeating: style.charset == .ascii ? "=" : "═", count: min(width, dw.of(shown))) + "\n" }
            }
        }
        func paragraph(_ text: String) {
            out += markdown ? text + "\n\n" : Prose.paragraph(text, style: style)
        }
        func dropFirstLine(_ text: String) -> String {
            guard let firstBreak = text.firstIndex(of: "\n") else { return text }
            return String(text[text.index(after: firstBreak)...])
        }
        heading(words(.reportTitle), level: 1)
        let yearText = r.years.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "—"
        let source = r.sourceName.isEmpty ? words(.reportBundledDataset) : r.sourceName
        paragraph(words(.reportData, ["source": .text(source), "figures": .count(r.figureCount), "sources": .count(r.sourceCount),
                                      "units": .count(r.unitCount), "years": .text(yearText)]))
        paragraph(CoverageRendering.reportParagraph(r.coverage, lang: lang))
        paragraph(words(.reportRules))

        heading(words(.reportTablesHeading))
        if r.tables.isEmpty { paragraph(words(.reportNoTables)) }
        for t in r.tables {
            let who = words(t.key.hasSuffix("clusters") ? .reportClusters : .reportProvinces)
            heading(words(.reportTableHeading, ["metric": .text(t.table.metric.label(vietnamese: lang.isVietnamese)), "who": .text(who)]),
                    level: 3)
            if t.table.rows.isEmpty {
                paragraph(words(.reportNoTable, ["n": .count(t.singleYearUnits)]))
                continue
            }
            out += dropFirstLine(TableRendering.human(t.table, markdown: markdown, lang: lang, style: style, footnotes: footnotes))
            if t.singleYearUnits > 0 {
                if markdown { out += "\n" }
                paragraph(words(.reportSingleYearUnits, ["n": .count(t.singleYearUnits), "metric": .text(t.table.metric.id)]))
            }
        }

        heading(words(.reportTrendsHeading))
        if r.trends.isEmpty {
            paragraph(words(.reportNoTrends))
        } else {
            out += dropFirstLine(TrendRendering.human(r.trends, markdown: markdown, lang: lang, style: style, span: .year))
        }

        heading(words(.reportCompareHeading))
        if let c = r.comparison {
            var text = CompareRendering.human(c, markdown: markdown, lang: lang, style: style, chart: .dot, context: r.comparisonContext,
                                              footnotes: footnotes)
            if markdown { text = dropFirstLine(text) }
            out += text
        } else {
            paragraph(words(.reportNoComparison))
        }
        if !r.statedRates.isEmpty {
            if markdown { out += "\n" }
            paragraph(words(.reportStatedRates))
            for s in r.statedRates {
                var rate = numbers.qualifierMark(s.observation.qualifier, ascii: style.charset == .ascii)
                    + VietnameseNumber.format(s.observation.exactValue, vietnamese: lang.isVietnamese) + "%"
                if let footnotes { rate += footnotes.mark(s.observation) }
                var line: String
                if let k = s.cleared {
                    let cleared = numbers.number(k.value, decimals: 0) + (footnotes?.mark(k) ?? "")
                    if let b = s.impliedBases, let hi = b.highest, b.lowest <= hi {
                        line = words(.reportStatedRateImplied, ["unit": .text(s.observation.unit.name), "rate": .text(rate),
                                                                "cleared": .text(cleared), "low": .count(Int(b.lowest)), "high": .count(Int(hi))])
                    } else {
                        line = words(.reportStatedRateCleared, ["unit": .text(s.observation.unit.name), "rate": .text(rate),
                                                                "cleared": .text(cleared)])
                    }
                } else {
                    line = words(.reportStatedRate, ["unit": .text(s.observation.unit.name), "rate": .text(rate)])
                }
                out += markdown ? "- " + line + "\n" : Prose.paragraph("- " + line, style: style)
            }
            if markdown { out += "\n" }
        }

        heading(words(.reportValidationHeading))
        let summary = r.validation.summary
        paragraph(words(.reportValidationSummary, ["checked": .count(summary.checked), "errors": .count(summary.errors),
                                                   "warnings": .count(summary.warnings), "infos": .count(summary.infos)]))
        for f in topFindings(r.validation, top) {
            let mark = f.severity == .error ? words(.severityError).uppercased() : words(.severityWarning)
            var text = words.finding(f.message)
            if let footnotes { text += f.figures.map { footnotes.mark(source: $0.source) }.uniqued().joined() }
            if markdown {
                out += "- **\(mark)**: " + text + "\n"
            } else {
                paragraph("• \(mark): " + text)
            }
        }
        if let footnotes, !footnotes.isEmpty {
            out += (markdown ? "\n" : "") + footnotes.markdown(words: words)
        }
        return out
    }
}
