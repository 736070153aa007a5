import CrimeData
import TextCharts

/// `table --metric A --metric B …`: several metrics side by side, one row per unit and year.
extension TableRendering {
    /// One row of the side-by-side table: a unit, a year and each metric's cell.
    struct SideBySideRow {
        let unit: UnitRef
        let year: Int
        let cells: [SeriesCell?]
    }

    /// Rows for every unit and year that any of the tables states, units in display order, years ascending.
    static func sideBySideRows(_ tables: [UnitYearTable]) -> [SideBySideRow] {
        var units: [UnitRef] = []
        var seen = Set<UnitRef>()
        for t in tables { for row in t.rows where !seen.contains(row.unit) { seen.insert(row.unit); units.append(row.unit) } }
        units = units.sortedForDisplay()
        let byUnit = tables.map { t in Dictionary(t.rows.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a }) }
        var out: [SideBySideRow] = []
        for unit in units {
            let years = Set(byUnit.flatMap { $0[unit]?.cells.keys.map { $0 } ?? [] }).sorted()
            for year in years {
                out.append(SideBySideRow(unit: unit, year: year, cells: byUnit.map { $0[unit]?[year] }))
            }
        }
        return out
    }

    static func renderSideBySide(_ tables: [UnitYearTable], format: OutputFormat, lang: Language, style: ChartStyle) -> String {
        let rows = sideBySideRows(tables)
        switch format {
        case .csv:
            var out = (["unit_type", "unit", "year"] + tables.flatMap { [$0.metric.id, $0.metric.id + "_qualifier"] })
                .joined(separator: ",") + "\n"
            for row in rows {
                var fields = [row.unit.type.rawValue, row.unit.name, "\(row.year)"]
                for cell in row.cells {
                    fields += [cell?.observation.exactValue.description ?? "", cell?.qualifier.rawValue ?? ""]
                }
                out += fields.map(ObservationWriter.csvField).joined(separator: ",") + "\n"
            }
            return out
        case .json:
            return JSONValue.object([
                ("metrics", .array(tables.map { .string($0.metric.id) })),
                ("span", .string(tables.first?.span.description ?? "year")),
                ("rows", .array(rows.map { row in
                    .object([("unit", .string(row.unit.name)), ("unit_type", .string(row.unit.type.rawValue)),
                             ("year", .integer(Int64(row.year))),
                             ("values", .object(zip(tables, row.cells).map { t, cell in
                                 (t.metric.id, cell.map { c in
                                     .object([("value", .number(c.value)), ("qualifier", .string(c.qualifier.rawValue)),
                                              ("source", .string(c.observation.source)),
                                              ("conflicts", .array(c.conflicts.map(ObservationWriter.json)))])
                                 } ?? .null)
                             }))])
                })),
            ]).serialized(pretty: true) + "\n"
        case .text, .markdown, .html:
            let markdown = format == .markdown
            let words = Catalog(lang)
            let numbers = HumanNumbers(lang: lang)
            let ascii = style.charset == .ascii
            let span = tables.first?.span ?? .year
            let heading = words(.tableSideBySideHeading, ["span": .text(words.span(span))])
            var out = markdown ? "## \(heading)\n\n" : style.line(heading) + "\n"
            guard !rows.isEmpty else { return out + words(.tableNoFigures) + "\n" }
            let kinds = Set(rows.map(\.unit.type))
            let showKind = kinds.count > 1
            let body: [[String?]] = rows.map { row in
                (showKind ? [words.unitType(row.unit.type)] : []) + [row.unit.name, String(row.year)]
                    + zip(tables, row.cells).map { t, cell in
                        cell.map { numbers.value($0.observation, metric: t.metric, charset: ascii) + ($0.isConflicted ? "*" : "") }
                    }
            }
            let first = showKind ? 3 : 2
            let headers = (showKind ? [words(.headerKind)] : []) + [words(.headerUnit), words(.headerYear)]
                + tables.map { $0.metric.id }  // the --metric names: short, and the heading gives the labels
            let tabular = Tabular(headers: headers, rows: body, numericColumns: Set(first..<(first + tables.count)))
            out += markdown ? tabular.markdown() : tabular.text(style: style, words: words)
            let columns = words(.tableColumnsNote, ["metrics": .text(tables.map { "\($0.metric.id) = \($0.metric.label(vietnamese: words.isVietnamese))" }
                .joined(separator: "; "))])
            for note in [columns] + commonNotes(tables, numbers: numbers, words: words, ascii: ascii) {
                out += markdown ? "\n" + note + "\n" : Prose.paragraph(note, style: style)
            }
            return out
        }
    }
}
