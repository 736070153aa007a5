import CrimeAnalytics
import CrimeData
import TextCharts

/// Output of `crimestats merge`: what was added (per metric and unit type), refused, kept apart, rewritten.
enum MergeRendering {
    /// Everything the summary says, computed before rendering.
    struct Summary {
        let files: [String]
        let into: String
        let created: Bool
        let before: FigureFile
        let after: FigureFile
        let merges: [FigureMerge]
        let dryRun: Bool
        /// The file's header was not the schema's, in order, and is written as the schema's.
        let headerRewritten: Bool
        /// Validation findings (errors and warnings) that involve an added row.
        let validation: [ValidationFinding]

        var entries: [FigureMerge.Entry] { merges.flatMap(\.entries) }
        var added: [FigureMerge.Entry] { merges.flatMap(\.added) }
        var refused: [FigureMerge.Entry] { merges.flatMap(\.refused) }
        var duplicates: [FigureMerge.Entry] { merges.flatMap(\.duplicates) }
        var warned: [FigureMerge.Entry] { added.filter { $0.findings.contains { $0.finding.severity == .warning } } }
        var conflicting: [FigureMerge.Entry] { added.filter { !$0.conflicting.isEmpty } }
        var agreeing: [FigureMerge.Entry] { added.filter { !$0.agreeing.isEmpty } }
        var normalised: [FigureMerge.Entry] { added.filter { !$0.normalised.isEmpty } }
        var keptSorted: Bool { merges.allSatisfy(\.keptSorted) }
        /// Whether the file is (or would be) written: only when something is added.
        var writes: Bool { !added.isEmpty }
    }

    /// Validation findings (errors and warnings) of the merged file that use an added row.
    static func validationOfAdded(_ merges: [FigureMerge], all: [Observation], gazetteer: Gazetteer) -> [ValidationFinding] {
        let addedLocations = Set(merges.flatMap(\.added).compactMap(\.row.location))
        guard !addedLocations.isEmpty else { return [] }
        return FigureValidator(gazetteer: gazetteer).validate(all).findings.filter { f in
            f.severity != .info && f.figures.contains { $0.location.map(addedLocations.contains) ?? false }
        }
    }

    static func render(_ s: Summary, format: OutputFormat, style: ChartStyle) -> String {
        format == .json ? json(s).serialized(pretty: true) + "\n" : human(s, markdown: format == .markdown, style: style)
    }

    /// "Hà Nội, 2021, clearance_rate 87.1" (the qualifier's mark before the value).
    static func figure(_ o: Observation) -> String {
        let mark = HumanNumbers(lang: .en).qualifierMark(o.qualifier, ascii: false)
        return "\(o.unit.name), \(Catalog(.en).period(o.period)), \(o.metric) \(mark)\(o.exactValue)"
    }

    static func place(_ entry: FigureMerge.Entry, column: String? = nil) -> String {
        (column.flatMap { entry.row.location(of: $0) } ?? entry.row.location).map { "\($0)" } ?? ""
    }

    /// (unit type, metric) → rows added.
    static func addedTable(_ s: Summary) -> (types: [UnitType], metrics: [String], counts: [String: [UnitType: Int]]) {
        var counts: [String: [UnitType: Int]] = [:]
        for e in s.added {
            counts[e.row.observation.metric, default: [:]][e.row.observation.unit.type, default: 0] += 1
        }
        let types = UnitType.allCases.filter { t in counts.values.contains { ($0[t] ?? 0) > 0 } }
        let order = Dictionary(uniqueKeysWithValues: MetricCatalog.baseIDs.enumerated().map { ($1, $0) })
        let metrics = counts.keys.sorted { a, b in
            let oa = order[a] ?? order.count, ob = order[b] ?? order.count
            return oa != ob ? oa < ob : a < b
        }
        return (types, metrics, counts)
    }

    static func totals(_ file: FigureFile) -> (figures: Int, sources: Int, units: Int) {
        (file.rows.count, Set(file.rows.map(\.observation.source)).count, Set(file.rows.map(\.observation.unit)).count)
    }

    static func human(_ s: Summary, markdown: Bool, style: ChartStyle) -> String {
        let numbers = HumanNumbers(lang: .en)
        func n(_ x: Int) -> String { numbers.number(Double(x), decimals: 0) }
        var out = ""
        func paragraph(_ text: String) { out += markdown ? text + "\n\n" : Prose.paragraph(text, style: style) }
        func item(_ text: String) { out += markdown ? "- " + text + "\n" : Prose.paragraph("  " + text, style: style, hangingIndent: 4) }
        func heading(_ text: String) {
            out += markdown ? "\n## \(text)\n\n"
                : "\n" + style.displayWidth.truncate(style.displayText(text), to: style.effectiveWidth, ellipsis: style.ellipsis) + "\n"
        }
        let title = "Merge of \(s.files.joined(separator: ", ")) into \(s.into)" + (s.dryRun ? " (dry run: nothing written)" : "")
        out += markdown ? "# \(title)\n\n"
            : style.displayWidth.truncate(style.displayText(title), to: style.effectiveWidth, ellipsis: style.ellipsis) + "\n"
        let read = s.entries.count
        paragraph("\(n(read)) rows read: \(n(s.added.count)) added, \(n(s.duplicates.count)) already there from the same source (not added again), \(n(s.refused.count)) refused.")
        let before = totals(s.before), after = totals(s.after)
        let verb = s.dryRun ? "would hold" : (s.writes ? "now holds" : "still holds")
        var state = "\(s.into) \(verb) \(n(after.figures)) figures from \(n(after.sources)) sources on \(n(after.units)) units"
        state += s.created ? " (a new file)" : " (before: \(n(before.figures)) figures, \(n(before.sources)) sources, \(n(before.units)) units)"
        if !s.added.isEmpty {
            state += s.keptSorted ? "; rows in the Datasets order" : "; new rows at the end (the file was not in the Datasets order)"
        }
        if s.headerRewritten && s.writes { state += "; written with the schema's header and column order" }
        paragraph(state + ".")

        if !s.added.isEmpty {
            heading("Added, by metric and unit type")
            let t = addedTable(s)
            let rows: [[String?]] = t.metrics.map { m in
                [m] + t.types.map { ty in (t.counts[m]?[ty]).map(n) } + [n(t.counts[m]?.values.reduce(0, +) ?? 0)]
            } + [["total"] + t.types.map { ty in n(t.metrics.reduce(0) { $0 + (t.counts[$1]?[ty] ?? 0) }) } + [n(s.added.count)]]
            let table = Tabular(headers: ["metric"] + t.types.map(\.rawValue) + ["total"], rows: rows,
                                numericColumns: Set(1...(t.types.count + 1)))
            out += markdown ? table.markdown() : table.text(style: style, words: Catalog(.en))
        }
        if !s.refused.isEmpty {
            heading("Refused (\(n(s.refused.count))): not added")
            for e in s.refused {
                for f in e.findings where f.finding.severity == .refused {
                    item("\(f.location.map { "\($0)" } ?? place(e)): \(figure(e.row.observation)): \(f.finding.message).")
                }
            }
        }
        if !s.warned.isEmpty {
            heading("Added with a warning (\(n(s.warned.count))): confirm by reading the source")
            for e in s.warned {
                for f in e.findings where f.finding.severity == .warning {
                    item("\(f.location.map { "\($0)" } ?? place(e)): \(figure(e.row.observation)): \(f.finding.message).")
                }
            }
        }
        if !s.conflicting.isEmpty {
            heading("Stated differently by another source (\(n(s.conflicting.count))): both kept")
            for e in s.conflicting {
                let source = e.row.observation.source
                let others = e.conflicting.map { o in
                    "\(HumanNumbers(lang: .en).qualifierMark(o.qualifier, ascii: false))\(o.exactValue) (\(o.source == source ? "the same source" : o.source))"
                }
                item("\(place(e)): \(figure(e.row.observation)) (\(source)); also \(others.joined(separator: "; ")).")
            }
            let conflicts = s.validation.filter { $0.check == .conflictingSources }
            let reported = s.conflicting.filter { e in
                conflicts.contains { f in f.figures.contains { $0.location != nil && $0.location == e.row.location } }
            }.count
            let rest = s.conflicting.count - reported
            paragraph("`crimestats validate` reports \(n(reported)) of these as conflicting sources" + (rest > 0 ? "; it reads the other \(n(rest)) as consistent (an exact value inside the other's verbal bound, or two bounds that cannot contradict each other)." : "."))
        }
        if !s.agreeing.isEmpty {
            heading("Agreeing with another source (\(n(s.agreeing.count))): kept as separate rows")
            for e in s.agreeing {
                item("\(place(e)): \(figure(e.row.observation)), also stated by \(Set(e.agreeing.map(\.source)).sorted().joined(separator: "; ")).")
            }
        }
        if !s.normalised.isEmpty {
            heading("Written in canonical form (\(n(s.normalised.count)))")
            for e in s.normalised { item("\(place(e)): \(e.normalised.joined(separator: ", ")).") }
        }
        if !s.duplicates.isEmpty && s.duplicates.count <= 10 {
            heading("Already there from the same source (\(n(s.duplicates.count)))")
            for e in s.duplicates {
                var line = "\(place(e)): \(figure(e.row.observation))"
                if case .duplicate(let at?) = e.outcome { line += " = \(at)" }
                item(line + ".")
            }
        }
        let others = s.validation.filter { $0.check != .conflictingSources }
        if !others.isEmpty {
            let errors = others.filter { $0.severity == .error }.count
            heading("Validation of the added figures")
            let warnings = others.count - errors
            paragraph("`crimestats validate` finds \(n(errors)) error\(errors == 1 ? "" : "s") and \(n(warnings)) warning\(warnings == 1 ? "" : "s") that use an added figure (the figures are kept as stated; run it on \(s.into) for every finding):")
            for f in others.prefix(10) {
                item("\(f.severity == .error ? "ERROR" : "warning") \(Catalog(.en).check(f.check)): \(Catalog(.en).finding(f.message))")
            }
            if others.count > 10 { item("… and \(n(others.count - 10)) more.") }
        }
        if markdown && out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    static func json(_ s: Summary) -> JSONValue {
        func figureJSON(_ e: FigureMerge.Entry) -> [(String, JSONValue)] {
            let o = e.row.observation
            return [("location", e.row.location.map { .string("\($0)") } ?? .null), ("unit_type", .string(o.unit.type.rawValue)),
                    ("unit", .string(o.unit.name)), ("period_start", .string(o.period.start.description)),
                    ("period_end", .string(o.period.end.description)), ("metric", .string(o.metric)),
                    ("value", .number(o.value)), ("qualifier", .string(o.qualifier.rawValue)), ("source", .string(o.source))]
        }
        func findings(_ e: FigureMerge.Entry, _ severity: QuoteCheck.Finding.Severity) -> JSONValue {
            .array(e.findings.filter { $0.finding.severity == severity }.map { f in
                .object([("location", f.location.map { .string("\($0)") } ?? .null), ("column", .string(f.finding.column)),
                         ("reason", .string(f.finding.message))])
            })
        }
        let t = addedTable(s)
        let before = totals(s.before), after = totals(s.after)
        return .object([
            ("files", .array(s.files.map(JSONValue.string))), ("into", .string(s.into)), ("dry_run", .bool(s.dryRun)),
            ("created", .bool(s.created)), ("written", .bool(!s.dryRun && s.writes)),
            ("rows_read", .integer(Int64(s.entries.count))), ("added", .integer(Int64(s.added.count))),
            ("duplicates", .integer(Int64(s.duplicates.count))), ("refused", .integer(Int64(s.refused.count))),
            ("before", .object([("figures", .integer(Int64(before.figures))), ("sources", .integer(Int64(before.sources))),
                                ("units", .integer(Int64(before.units)))])),
            ("after", .object([("figures", .integer(Int64(after.figures))), ("sources", .integer(Int64(after.sources))),
                               ("units", .integer(Int64(after.units)))])),
            ("kept_sorted", .bool(s.keptSorted)),
            ("added_by_metric", .array(t.metrics.map { m in
                .object([("metric", .string(m))] + t.types.map { ($0.rawValue, .integer(Int64(t.counts[m]?[$0] ?? 0))) })
            })),
            ("refused_rows", .array(s.refused.map { .object(figureJSON($0) + [("reasons", findings($0, .refused))]) })),
            ("warnings", .array(s.warned.map { .object(figureJSON($0) + [("reasons", findings($0, .warning))]) })),
            ("conflicts", .array(s.conflicting.map { e in
                .object(figureJSON(e) + [("others", .array(e.conflicting.map(ObservationWriter.json)))])
            })),
            ("agreeing", .array(s.agreeing.map { e in
                .object(figureJSON(e) + [("others", .array(e.agreeing.map(ObservationWriter.json)))])
            })),
            ("normalised", .array(s.normalised.map { e in
                .object(figureJSON(e) + [("changes", .array(e.normalised.map(JSONValue.string)))])
            })),
            ("duplicate_rows", .array(s.duplicates.map { e in
                var fields = figureJSON(e)
                if case .duplicate(let at) = e.outcome { fields.append(("same_as", at.map { .string("\($0)") } ?? .null)) }
                return .object(fields)
            })),
            ("validation", .array(s.validation.map { f in
                .object([("check", .string(f.check.rawValue)), ("severity", .string(f.severity.rawValue)),
                         ("unit", f.unit.map { .string($0.name) } ?? .null), ("message", .string(Catalog(.en).finding(f.message)))])
            })),
        ])
    }
}
