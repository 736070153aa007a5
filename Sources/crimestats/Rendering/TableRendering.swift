import CrimeData
import TextCharts

/// Output of `crimestats table`.
enum TableRendering {
    static func render(_ table: UnitYearTable, format: OutputFormat, lang: Language, style: ChartStyle) -> String {
        switch format {
        case .json: return json(table).serialized(pretty: true) + "\n"
        case .csv: return csv(table)
        case .text, .markdown, .html: return human(table, markdown: format == .markdown, lang: lang, style: style)
        }
    }

    /// JSON: {metric, unit, span, years, rows: [{unit, unit_type, cells: [{year, value, qualifier, source, published,
    /// change, conflicts}]}], notes}.
    static func json(_ table: UnitYearTable) -> JSONValue {
        let changeKey = table.metric.unit == .count ? "change_pct" : "change_pp"
        return .object([
            ("metric", .string(table.metric.id)), ("unit", .string(table.metric.unit.rawValue)),
            ("span", .string(table.span.description)), ("years", .array(table.years.map { .integer(Int64($0)) })),
            ("rows", .array(table.rows.map { row in
                .object([
                    ("unit", .string(row.unit.name)), ("unit_type", .string(row.unit.type.rawValue)),
                    ("cells", .array(row.cells.keys.sorted().compactMap { year in
                        guard let cell = row[year] else { return nil }
                        return .object([
                            ("year", .integer(Int64(year))), ("value", .number(cell.value)),
                            ("qualifier", .string(cell.qualifier.rawValue)),
                            ("source", .string(cell.observation.source)), ("published", .string(cell.observation.published)),
                            (changeKey, .finite(row.change(at: year, unit: table.metric.unit))),
                            ("conflicts", .array(cell.conflicts.map(ObservationWriter.json))),
                        ])
                    })),
                ])
            })),
            ("crosses_2025_reorganisation", .bool(table.crossesReorganisation)),
        ])
    }

    /// CSV, one row per cell (tidy): unit_type,unit,year,value,qualifier,change,change_unit,source,published,conflicting_values.
    static func csv(_ table: UnitYearTable) -> String {
        var out = "unit_type,unit,year,metric,value,qualifier,change,change_unit,source,published,conflicting_values\n"
        let changeUnit = table.metric.unit == .count ? "pct" : "pp"
        for row in table.rows {
            for year in row.cells.keys.sorted() {
                guard let cell = row[year] else { continue }
                let change = row.change(at: year, unit: table.metric.unit).map { JSONValue.format(($0 * 1e6).rounded() / 1e6) } ?? ""
                let fields = [row.unit.type.rawValue, row.unit.name, "\(year)", table.metric.id, cell.observation.exactValue.description,
                              cell.qualifier.rawValue, change, changeUnit, cell.observation.source, cell.observation.published,
                              cell.conflicts.map { "\($0.exactValue)" }.joined(separator: ";")]
                out += fields.map(ObservationWriter.csvField).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// Text or markdown; markdown cells cite their sources in `footnotes` (the table's own footnotes at its end when nil).
    static func human(_ table: UnitYearTable, markdown: Bool, lang: Language, style: ChartStyle, footnotes: Footnotes? = nil) -> String {
        let cited = markdown ? (footnotes ?? Footnotes()) : nil
        let numbers = HumanNumbers(lang: lang)
        let words = Catalog(lang)
        let ascii = style.charset == .ascii
        let label = table.metric.label(vietnamese: lang.isVietnamese)
        let heading = words(.tableHeading, ["metric": .text(label), "span": .text(words.span(table.span))])
        var out = markdown ? "## \(heading)\n\n" : style.line(heading) + "\n"
        guard !table.rows.isEmpty else {
            return out + words(.tableNoFigures) + "\n"
        }
        let changeHeader = words(table.metric.unit == .count ? .headerChangePercent : .headerChangePoints)
        // Sparklines share one domain, so a column of them compares across units (exact figures only).
        let exactValues: [[Double?]] = table.rows.map { row in
            table.years.map { y in row[y].flatMap { $0.isExact ? $0.value : nil } }
        }
        let domain = Sparkline.sharedDomain(exactValues)
        // Rows come grouped by kind (national, clusters, regions, cities, provinces, districts); name the kind
        // when there is more than one.
        let kinds = Set(table.rows.map(\.unit.type))
        let showKind = kinds.count > 1
        var rows: [[String?]] = []
        for (index, row) in table.rows.enumerated() {
            var cells: [String?] = showKind ? [words.unitType(row.unit.type), row.unit.name] : [row.unit.name]
            for year in table.years {
                cells.append(row[year].map { cell in
                    numbers.value(cell.observation, metric: table.metric, charset: ascii) + (cell.isConflicted ? "*" : "")
                        + (cited?.mark(cell.observation) ?? "")
                })
            }
            let latest = row.cells.keys.max()
            cells.append(latest.flatMap { numbers.change(row.change(at: $0, unit: table.metric.unit), unit: table.metric.unit) })
            if !markdown { cells.append(Sparkline(exactValues[index], domain: domain).render(style: style)) }
            rows.append(cells)
        }
        var headers = (showKind ? [words(.headerKind), words(.headerUnit)] : [words(.headerUnit)]) + table.years.map(String.init) + [changeHeader]
        if !markdown { headers.append(words(.headerTrend)) }
        // Older years go first when the table is too wide; the change and the sparkline stay.
        let first = showKind ? 2 : 1
        let tabular = Tabular(headers: headers, rows: rows, numericColumns: Set(first..<(first + table.years.count + 1)),
                              droppable: Array(first..<max(first, first + table.years.count - 2)))
        out += markdown ? tabular.markdown() : tabular.text(style: style, words: words)
        var notes: [String] = []
        notes.append(words(table.metric.unit == .count ? .tableChangeNotePercent : .tableChangeNotePoints)
                     + (markdown ? "" : " " + words(.tableTrendNote)))
        notes += commonNotes([table], numbers: numbers, words: words, ascii: ascii)
        for note in notes {
            if markdown {
                out += "\n" + note
            } else {
                out += Prose.paragraph(note, style: style)
            }
        }
        if footnotes == nil, let cited, !cited.isEmpty { out += "\n\n" + cited.markdown(words: words) }
        return out + (markdown ? "\n" : "")
    }

    /// The notes every table shows under it: verbal bounds, conflicting sources, the 2025 reorganisation.
    static func commonNotes(_ tables: [UnitYearTable], numbers: HumanNumbers, words: Catalog, ascii: Bool) -> [String] {
        var notes: [String] = []
        if tables.contains(where: { t in t.rows.contains(where: { $0.cells.values.contains { !$0.isExact } }) }) {
            notes.append(words(.tableQualifiedNote))
        }
        let conflicts = tables.flatMap { t in t.conflicts.map { (t.metric, $0) } }
        if !conflicts.isEmpty {
            notes.append(words(.tableConflictNote))
            func published(_ o: Observation) -> String { o.published.isEmpty ? words(.undated) : words.date(o.published) }
            for (metric, cell) in conflicts {
                let o = cell.observation
                let others = cell.conflicts.map {
                    words(.tableConflictValue, ["value": .text(numbers.value($0, metric: metric, charset: ascii)),
                                                "source": .text($0.source), "published": .text(published($0))])
                }
                notes.append("  " + words(.tableConflictLine, [
                    "unit": .text(o.unit.name), "year": .plain(o.period.year),
                    "value": .text(words(.tableConflictValue, ["value": .text(numbers.value(o, metric: metric, charset: ascii)),
                                                               "source": .text(o.source), "published": .text(published(o))])),
                    "others": .text(others.joined(separator: "; "))]))
            }
        }
        if tables.contains(where: \.crossesReorganisation) {
            notes.append(words(.tableReorganisationNote))
        }
        return notes
    }
}
