import CrimeData
import TextCharts

/// Output of `crimestats table`.
enum TableRendering {
    static func render(_ table: UnitYearTable, format: OutputFormat, lang: Language, style: ChartStyle) -> String {
        switch format {
        case .json: return json(table).serialized(pretty: true) + "\n"
        case .csv: return csv(table)
        case .text, .markdown: return human(table, markdown: format == .markdown, lang: lang, style: style)
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

    static func human(_ table: UnitYearTable, markdown: Bool, lang: Language, style: ChartStyle) -> String {
        let numbers = HumanNumbers(lang: lang)
        let ascii = style.charset == .ascii
        let label = table.metric.label(vietnamese: lang.isVietnamese)
        var out = markdown ? "## \(label) (\(table.span))\n\n"
            : style.displayWidth.truncate(style.displayText("\(label) — \(table.span)"), to: style.effectiveWidth,
                                          ellipsis: style.ellipsis) + "\n"
        guard !table.rows.isEmpty else {
            return out + (lang.isVietnamese ? "Không có số liệu cho lựa chọn này.\n" : "No figures for this selection.\n")
        }
        let changeHeader = table.metric.unit == .count ? "Δ %" : "Δ pp"
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
            var cells: [String?] = showKind ? [row.unit.type.rawValue, row.unit.name] : [row.unit.name]
            for year in table.years {
                cells.append(row[year].map { cell in
                    numbers.value(cell.observation, metric: table.metric, charset: ascii) + (cell.isConflicted ? "*" : "")
                })
            }
            let latest = row.cells.keys.max()
            cells.append(latest.flatMap { numbers.change(row.change(at: $0, unit: table.metric.unit), unit: table.metric.unit) })
            if !markdown { cells.append(Sparkline(exactValues[index], domain: domain).render(style: style)) }
            rows.append(cells)
        }
        var headers = (showKind ? ["kind", "unit"] : ["unit"]) + table.years.map(String.init) + [ascii ? (table.metric.unit == .count ? "chg %" : "chg pp") : changeHeader]
        if !markdown { headers.append("trend") }
        // Older years go first when the table is too wide; the change and the sparkline stay.
        let first = showKind ? 2 : 1
        let tabular = Tabular(headers: headers, rows: rows, numericColumns: Set(first..<(first + table.years.count + 1)),
                              droppable: Array(first..<max(first, first + table.years.count - 2)))
        out += markdown ? tabular.markdown() : tabular.text(style: style)
        var notes: [String] = []
        notes.append("Δ: change in the latest year from the year before, in " + (table.metric.unit == .count ? "%" : "percentage points")
                     + "; blank when either year is missing or qualified."
                     + (markdown ? "" : " Trend: sparkline of the exact figures on one scale for all rows."))
        if table.rows.contains(where: { $0.cells.values.contains { !$0.isExact } }) {
            notes.append("> ≥ ≲ ~ <: stated with a verbal bound (trên, từ … trở lên, gần, khoảng, dưới); not used in trends.")
        }
        let conflicts = table.conflicts
        if !conflicts.isEmpty {
            notes.append("* another source states a different value; the later-published one is shown:")
            for cell in conflicts {
                let o = cell.observation
                let others = cell.conflicts.map { "\(numbers.value($0, metric: table.metric, charset: ascii)) (\($0.source), \($0.published.isEmpty ? "undated" : $0.published))" }
                notes.append("  \(o.unit.name) \(o.period.year): \(numbers.value(o, metric: table.metric, charset: ascii)) (\(o.source), \(o.published.isEmpty ? "undated" : o.published)); also " + others.joined(separator: "; "))
            }
        }
        if table.crossesReorganisation {
            notes.append("Note: some series run past the 1 July 2025 reorganisation into 34 units; 2025 values may cover merged territory and are not comparable with earlier years.")
        }
        for note in notes {
            if markdown {
                out += "\n" + note
            } else {
                out += Prose.paragraph(note, style: style)
            }
        }
        return out + (markdown ? "\n" : "")
    }
}
