import CrimeAnalytics
import CrimeData
import TextCharts

/// Output of `crimestats validate`: one paragraph per finding grouped by source (text, markdown), one row
/// per finding (CSV), or {findings, summary} (JSON). Machine formats write numbers with "." whatever --lang.
enum ValidationRendering {
    /// The options that shaped the verdicts, stated in the output.
    struct Settings {
        var rounding: RoundingMode
        var tolerance: DecimalValue
        /// Text and markdown list findings of this severity or worse in full, and count the rest.
        var shown: ValidationFinding.Severity = .info
    }

    /// The findings listed in full (text, markdown) and a line counting the others, if any.
    static func listed(_ report: ValidationReport, settings: Settings, words: Catalog) -> (ValidationReport, String?) {
        let kept = report.findings.filter { $0.severity <= settings.shown }
        let hidden = report.findings.filter { $0.severity > settings.shown }
        guard !hidden.isEmpty else { return (report, nil) }
        let infos = hidden.filter { $0.severity == .info }
        let powerless = infos.filter { !$0.couldFail }.count
        let note = infos.count == hidden.count
            ? words(.validationNotListedConsistent, ["n": .count(hidden.count), "powerless": .count(powerless)])
            : words(.validationNotListed, ["n": .count(hidden.count)])
        return (ValidationReport(findings: kept), note)
    }

    static func render(_ report: ValidationReport, settings: Settings, format: OutputFormat, lang: Language,
                       style: ChartStyle) -> String {
        switch format {
        case .json: return json(report, settings: settings).serialized(pretty: true) + "\n"
        case .csv: return csv(report)
        case .markdown, .html: return markdown(report, settings: settings, lang: lang)
        case .text: return text(report, settings: settings, lang: lang, style: style)
        }
    }

    // MARK: JSON

    static func json(_ report: ValidationReport, settings: Settings) -> JSONValue {
        let s = report.summary
        return .object([
            ("findings", .array(report.findings.map(json))),
            ("summary", .object([
                ("checked", .integer(Int64(s.checked))), ("errors", .integer(Int64(s.errors))),
                ("warnings", .integer(Int64(s.warnings))), ("infos", .integer(Int64(s.infos))),
                ("rounding", .string(settings.rounding.rawValue)),
                ("tolerance_percent", decimal(settings.tolerance)),
            ])),
        ])
    }

    static func json(_ f: ValidationFinding) -> JSONValue {
        func range(_ r: ImpliedRange?) -> JSONValue {
            guard let r else { return .null }
            guard !r.isEmpty else { return .object([("low", .null), ("high", .null), ("count", .integer(0))]) }
            return .object([("low", .integer(r.lowest)), ("high", r.highest.map { .integer($0) } ?? .null),
                            ("count", r.count.map { .integer($0) } ?? .null)])
        }
        func list(_ r: ImpliedRange?) -> JSONValue {
            guard let r else { return .null }
            return .array(r.values(limit: 50).map { .integer($0) })
        }
        var fields: [(String, JSONValue)] = []
        fields.append(("check", .string(f.check.rawValue)))
        fields.append(("severity", .string(f.severity.rawValue)))
        fields.append(("unit", f.unit.map { .string($0.name) } ?? .null))
        fields.append(("unit_type", f.unit.map { .string($0.type.rawValue) } ?? .null))
        fields.append(("period_start", f.period.map { .string($0.start.description) } ?? .null))
        fields.append(("period_end", f.period.map { .string($0.end.description) } ?? .null))
        fields.append(("metric", f.metric.map { .string($0) } ?? .null))
        fields.append(("reported", f.reported.map(decimal) ?? .null))
        let computed: Double? = f.computed.map { ($0 * 1e6).rounded() / 1e6 }
        fields.append(("computed", JSONValue.finite(computed)))
        fields.append(("interval_low", f.intervalLow.map(decimal) ?? .null))
        fields.append(("interval_high", f.intervalHigh.map(decimal) ?? .null))
        fields.append(("implied_numerators", list(f.impliedNumerators)))
        fields.append(("implied_numerators_range", range(f.impliedNumerators)))
        fields.append(("implied_denominators", list(f.impliedDenominators)))
        fields.append(("implied_denominators_range", range(f.impliedDenominators)))
        fields.append(("alternatives", .array(f.alternatives.map(alternativeJSON))))
        fields.append(("could_fail", .bool(f.couldFail)))
        fields.append(("message", .string(Catalog(.en).finding(f.message))))
        fields.append(("sources", .array(f.figures.map(figureJSON))))
        return .object(fields)
    }

    static func alternativeJSON(_ a: ValidationFinding.Alternative) -> JSONValue {
        let value: JSONValue = a.value.map(decimal) ?? .null
        return .object([("kind", .string(a.kind)), ("value", value),
                        ("description", .string(Catalog(.en).finding(a.description)))])
    }

    static func figureJSON(_ g: ValidationFinding.Figure) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("source", .string(g.source)), ("quote", .string(g.quote)), ("metric", .string(g.metric)),
            ("value", decimal(g.value)), ("qualifier", .string(g.qualifier.rawValue)),
        ]
        if let p = g.period {
            fields.append(("period_start", .string(p.start.description)))
            fields.append(("period_end", .string(p.end.description)))
        }
        if let l = g.location { fields.append(("location", .string(l.description))) }
        return .object(fields)
    }

    /// An exact decimal as a JSON number: whole numbers as integers, others as written.
    static func decimal(_ d: DecimalValue) -> JSONValue {
        if let i = d.integerValue { return .integer(i) }
        return .number(d.doubleValue)
    }

    // MARK: CSV

    static func csv(_ report: ValidationReport) -> String {
        let headers = ["source", "check", "severity", "unit_type", "unit", "period_start", "period_end", "metric", "reported",
                       "computed", "interval_low", "interval_high", "implied_numerators", "implied_denominators", "could_fail",
                       "message"]
        func range(_ r: ImpliedRange?) -> String {
            guard let r else { return "" }
            if r.isEmpty { return "none" }
            return "\(r.lowest)-\(r.highest.map(String.init) ?? "")"
        }
        let english = Catalog(.en)
        let rows: [[String?]] = report.findings.map { f in
            [f.primarySource, f.check.rawValue, f.severity.rawValue, f.unit?.type.rawValue, f.unit?.name,
             f.period?.start.description, f.period?.end.description, f.metric, f.reported?.description,
             f.computed.flatMap { $0.isFinite ? JSONValue.format(($0 * 1e6).rounded() / 1e6) : nil },
             f.intervalLow?.description, f.intervalHigh?.description, range(f.impliedNumerators), range(f.impliedDenominators),
             f.couldFail ? "true" : "false", english.finding(f.message)]
        }
        return Tabular(headers: headers, rows: rows).csv()
    }

    // MARK: Text and markdown

    /// The findings grouped by the source of the figure checked, in report order.
    static func groups(_ report: ValidationReport) -> [(source: String, findings: [ValidationFinding])] {
        var out: [(source: String, findings: [ValidationFinding])] = []
        for f in report.findings {
            if let i = out.firstIndex(where: { $0.source == f.primarySource }) {
                out[i].findings.append(f)
            } else {
                out.append((f.primarySource, [f]))
            }
        }
        return out
    }

    static func summaryLine(_ s: ValidationSummary, words: Catalog) -> String {
        words(.validationSummary, ["checked": .count(s.checked), "errors": .count(s.errors), "warnings": .count(s.warnings),
                                   "infos": .count(s.infos)])
    }

    static func settingsLine(_ settings: Settings, words: Catalog) -> String {
        words(.validationSettings, ["rounding": .text(words.template("rounding-name." + settings.rounding.rawValue)),
                                    "tolerance": .text(words.decimal(settings.tolerance) + "%")])
    }

    static func figureLine(_ g: ValidationFinding.Figure, groupSource: String, words: Catalog) -> String {
        let value = words.decimal(g.value)
        let qualifier = g.qualifier == .exact ? "" : " (\(words.qualifier(g.qualifier)))"
        // A one-off check's figures have no metric: "rate", "numerator" and "denominator" are worded.
        let pseudo: [String: MessageKey] = ["rate": .figureRate, "numerator": .figureNumerator, "denominator": .figureDenominator]
        var line = "\(pseudo[g.metric].map { words($0) } ?? g.metric) \(value)\(qualifier)"
        if let p = g.period { line += ", \(words.period(p))" }
        if !g.quote.isEmpty { line += ": “\(g.quote)”" }
        if g.source != groupSource { line += " — \(g.source)" }
        if let l = g.location { line += " [\(baseName(l.file)):\(l.line)]" }
        return line
    }

    /// "reported_figures.csv" for "Datasets/reported_figures.csv": short enough to stay on one line.
    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func color(_ s: ValidationFinding.Severity) -> ChartColor {
        switch s {
        case .error: return .red
        case .warning: return .yellow
        case .info: return .cyan
        }
    }

    static func text(_ full: ValidationReport, settings: Settings, lang: Language, style: ChartStyle) -> String {
        let words = Catalog(lang)
        let (report, hiddenNote) = listed(full, settings: settings, words: words)
        var lines: [String] = []
        func paragraph(_ text: String, first: Int = 0, hanging: Int = 2) {
            lines += Prose.lines(text, style: style, firstIndent: first, hangingIndent: hanging, shortensLongWords: false)
        }
        paragraph(settingsLine(settings, words: words))
        if full.findings.isEmpty {
            lines.append("")
            paragraph(words(.validationNothingToCheck))
        }
        for group in groups(report) {
            lines.append("")
            // Addresses shorten with "…" rather than wrap mid-word.
            lines.append(style.displayWidth.truncate(style.displayText(words(.validationSource, ["source": .text(group.source)])), to: style.effectiveWidth,
                                                     ellipsis: style.ellipsis))
            for f in group.findings {
                lines.append("")
                let label = style.displayText(words.severity(f.severity).uppercased())
                let power = f.couldFail ? "" : " " + words(.validationCouldNotFail)
                let start = lines.count
                paragraph("\(label) \(words.check(f.check))\(power): " + words.finding(f.message), first: 2, hanging: 4)
                if style.color, start < lines.count, let range = lines[start].range(of: label) {
                    lines[start].replaceSubrange(range, with: style.paint(label, color(f.severity)))
                }
                for g in f.figures {
                    paragraph("- " + figureLine(g, groupSource: group.source, words: words), first: 4, hanging: 6)
                }
            }
        }
        if let hiddenNote {
            lines.append("")
            paragraph(hiddenNote)
        }
        lines.append("")
        paragraph(summaryLine(full.summary, words: words))
        return lines.map { $0 + "\n" }.joined()
    }

    static func markdown(_ full: ValidationReport, settings: Settings, lang: Language) -> String {
        let words = Catalog(lang)
        let (report, hiddenNote) = listed(full, settings: settings, words: words)
        func escape(_ s: String) -> String {
            var out = ""
            for c in s {
                if "*_`[]<>|\\".contains(c) { out.append("\\") }
                out.append(c == "\n" ? " " : c)
            }
            return out
        }
        var out = "# " + words(.validationTitle) + "\n\n" + escape(settingsLine(settings, words: words)) + "\n"
        for group in groups(report) {
            out += "\n## " + escape(group.source) + "\n\n"
            for f in group.findings {
                out += "- **\(words.severity(f.severity))** (\(words.check(f.check))\(f.couldFail ? "" : ", " + words(.validationCouldNotFailBare))): "
                    + escape(words.finding(f.message)) + "\n"
                for g in f.figures {
                    out += "  - " + escape(figureLine(g, groupSource: group.source, words: words)) + "\n"
                }
            }
        }
        if let hiddenNote { out += "\n" + hiddenNote + "\n" }
        return out + "\n" + summaryLine(full.summary, words: words) + "\n"
    }
}
