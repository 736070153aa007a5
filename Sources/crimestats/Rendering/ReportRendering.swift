import CrimeAnalytics
import CrimeData
import TextCharts

/// Output of `crimestats report`.
enum ReportRendering {
    static func render(_ r: ReportContent, format: OutputFormat, lang: Language, style: ChartStyle, top: Int) -> String {
        format == .json ? json(r, top: top).serialized(pretty: true) + "\n"
            : human(r, markdown: format == .markdown, lang: lang, style: style, top: top)
    }

    /// English or Vietnamese wording.
    static func say(_ en: String, _ vi: String, _ lang: Language) -> String { lang.isVietnamese ? vi : en }

    static func json(_ r: ReportContent, top: Int) -> JSONValue {
        let summary = r.validation.summary
        return .object([
            ("data", .object([("source", .string(r.sourceName)), ("figures", .integer(Int64(r.figureCount))),
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
                             ("unit", f.unit.map { .string($0.name) } ?? .null), ("message", .string(f.message.rendered(vietnamese: false)))])
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
        let width = style.effectiveWidth
        let dw = style.displayWidth
        var out = ""
        func heading(_ text: String, level: Int = 2) {
            if markdown {
                out += (out.isEmpty ? "" : "\n") + String(repeating: "#", count: level) + " " + text + "\n\n"
            } else {
                let shown = dw.truncate(style.displayText(text), to: width, ellipsis: style.ellipsis)
                out += (out.isEmpty ? "" : "\n") + shown + "\n"
                if level <= 2 { out += String(repeating: style.charset == .ascii ? "=" : "═", count: min(width, dw.of(shown))) + "\n" }
            }
        }
        func paragraph(_ text: String) {
            out += markdown ? text + "\n\n" : Prose.paragraph(text, style: style)
        }
        heading(say("CrimeStats report", "Báo cáo CrimeStats", lang), level: 1)
        let yearText = r.years.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "—"
        paragraph(say("Data: \(r.sourceName): \(numbers.number(Double(r.figureCount), decimals: 0)) figures from \(r.sourceCount) sources on \(r.unitCount) units, \(yearText). Figures are as stated by the police and the press; clearances can include earlier years' cases, and the latest year's clearance is understated while cases are open.",
                      "Dữ liệu: \(r.sourceName): \(numbers.number(Double(r.figureCount), decimals: 0)) số liệu từ \(r.sourceCount) nguồn, \(r.unitCount) đơn vị, \(yearText). Số liệu theo công bố của công an và báo chí; số vụ khám phá có thể gồm vụ của các năm trước.", lang))
        paragraph(CoverageRendering.reportParagraph(r.coverage, lang: lang))
        paragraph(say("Rules used here: tables and trends use full calendar years only (other spans: `crimestats table --span h1`); no trend from fewer than 3 years; a comparison needs both counts (cases cleared and crimes) for the same unit and year; figures stated with a bound (\"trên 80%\") are shown but never used as exact values.",
                      "Quy tắc: bảng và xu hướng chỉ dùng số liệu cả năm; không tính xu hướng khi có dưới 3 năm; so sánh cần cả hai số (số vụ khám phá và số vụ phạm tội) của cùng đơn vị, cùng năm; số liệu có từ ước lượng (\"trên 80%\") chỉ được hiển thị, không dùng như giá trị chính xác.", lang))

        heading(say("1. Yearly tables", "1. Bảng theo năm", lang))
        if r.tables.isEmpty { paragraph(say("No full-year figures for these metrics.", "Không có số liệu cả năm.", lang)) }
        for t in r.tables {
            let who = t.key.hasSuffix("clusters") ? say("clusters", "cụm thi đua", lang) : say("provinces and cities", "tỉnh, thành phố", lang)
            heading("\(t.table.metric.label(vietnamese: lang.isVietnamese)) — \(who)", level: 3)
            if t.table.rows.isEmpty {
                paragraph(say("No unit states this for two or more years (\(t.singleYearUnits) state one year only): no table.",
                              "Không đơn vị nào có từ hai năm trở lên (\(t.singleYearUnits) đơn vị chỉ có một năm).", lang))
                continue
            }
            var text = TableRendering.human(t.table, markdown: markdown, lang: lang, style: style)
            if let firstBreak = text.firstIndex(of: "\n") { text = String(text[text.index(after: firstBreak)...]) }
            out += text
            if t.singleYearUnits > 0 {
                paragraph(say("\(t.singleYearUnits) more units state this for one year only (see `crimestats table --metric \(t.table.metric.id)`).",
                              "Còn \(t.singleYearUnits) đơn vị chỉ có một năm.", lang))
            }
        }

        heading(say("2. Trends (units with 3 or more years)", "2. Xu hướng (đơn vị có từ 3 năm)", lang))
        if r.trends.isEmpty {
            paragraph(say("No unit states a metric for 3 or more full years: no trend is estimated.", "Không có chuỗi từ 3 năm.", lang))
        } else {
            var text = TrendRendering.human(r.trends, markdown: markdown, lang: lang, style: style, span: .year)
            if let firstBreak = text.firstIndex(of: "\n") { text = String(text[text.index(after: firstBreak)...]) }
            out += text
        }

        heading(say("3. Clearance rates compared", "3. So sánh tỷ lệ khám phá", lang))
        if let c = r.comparison {
            var text = CompareRendering.human(c, markdown: markdown, lang: lang, style: style, chart: .dot, context: r.comparisonContext)
            if markdown, let firstBreak = text.firstIndex(of: "\n") { text = String(text[text.index(after: firstBreak)...]) }
            out += text
        } else {
            paragraph(say("No year has two provinces or cities stating both counts: no comparison is possible.",
                          "Không có năm nào đủ hai đơn vị có cả hai số.", lang))
        }
        if !r.statedRates.isEmpty {
            paragraph(say("Stated rates without both counts that year:", "Tỷ lệ được nêu nhưng thiếu số liệu:", lang))
            for s in r.statedRates {
                let rate = numbers.qualifierMark(s.observation.qualifier, ascii: style.charset == .ascii) + VietnameseNumber.format(s.observation.exactValue, vietnamese: lang.isVietnamese) + "%"
                var line = "- \(s.observation.unit.name): \(rate)"
                if let k = s.cleared {
                    line += say(", \(numbers.number(k.value, decimals: 0)) cleared", ", khám phá \(numbers.number(k.value, decimals: 0)) vụ", lang)
                    if let b = s.impliedBases, let hi = b.highest, b.lowest <= hi {
                        line += say(" → implied base \(numbers.number(Double(b.lowest), decimals: 0))–\(numbers.number(Double(hi), decimals: 0)) crimes",
                                    " → số vụ suy ra \(numbers.number(Double(b.lowest), decimals: 0))–\(numbers.number(Double(hi), decimals: 0))", lang)
                    }
                }
                paragraph(line)
            }
        }

        heading(say("4. Validation of the stated figures", "4. Kiểm tra số liệu công bố", lang))
        let summary = r.validation.summary
        paragraph(say("\(summary.checked) checks: \(summary.errors) errors, \(summary.warnings) warnings, \(summary.infos) consistent or informational. Errors are rates that their own counts contradict beyond rounding; run `crimestats validate` for every finding.",
                      "\(summary.checked) phép kiểm tra: \(summary.errors) lỗi, \(summary.warnings) cảnh báo, \(summary.infos) khớp hoặc thông tin. Chạy `crimestats validate` để xem đầy đủ.", lang))
        for f in topFindings(r.validation, top) {
            let mark = f.severity == .error ? say("ERROR", "LỖI", lang) : say("warning", "cảnh báo", lang)
            paragraph("\(markdown ? "- **\(mark)**" : "• \(mark)"): " + f.message.rendered(vietnamese: lang.isVietnamese))
        }
        return out
    }
}
