import CrimeData
import TextCharts

/// Rows of cells with a header, rendered as text (TextCharts), markdown or CSV.
struct Tabular {
    var headers: [String]
    var rows: [[String?]]
    /// Columns whose cells are numbers (right-aligned).
    var numericColumns: Set<Int> = []

    /// Columns that may be left out, in the order they go, when the table is wider than the width.
    var droppable: [Int] = []

    /// Machine names of the columns for CSV and JSON (English whatever `--lang`); the headers when nil.
    var keys: [String]? = nil

    var machineKeys: [String] { keys ?? headers }

    /// Box-drawn text table (TextCharts): numbers right-aligned, missing cells marked, fitted to the width.
    ///
    /// When the table is too wide, the `droppable` columns go first (in order); then TextCharts shortens
    /// the widest text column with "…" and drops trailing columns. One note, wrapped and never cut,
    /// names every column not shown (in the words of `words`).
    func text(style: ChartStyle, words: Catalog) -> String {
        var kept = Array(headers.indices)
        var dropped: [String] = []
        var remaining = droppable
        var unlimited = style
        unlimited.width = 100_000
        var styled = style
        styled.words = words.chartWords
        while true {
            // The unfitted table's width, measured without rendering it (TextCharts `naturalWidth`). Only a
            // table wider than the largest effective width (4096) is fitted even at width 100 000, so only
            // then is it rendered and measured, as before.
            var wide = table(columns: kept, hidden: []).naturalWidth(style: style)
            if wide > unlimited.effectiveWidth {
                let rendered = render(columns: kept, hidden: [], style: style, width: unlimited.width)
                wide = rendered.split(separator: "\n").map { style.displayWidth.of(SGR.strip(String($0))) }.max() ?? 0
            }
            guard wide > style.effectiveWidth, let next = remaining.first else { break }
            remaining.removeFirst()
            kept.removeAll { $0 == next }
            dropped.append(headers[next])
        }
        return render(columns: kept, hidden: dropped, style: styled, width: style.effectiveWidth)
    }

    private func table(columns kept: [Int], hidden: [String]) -> TextCharts.Table {
        let columns = kept.map { i in
            TextCharts.Table.Column(headers[i], alignment: numericColumns.contains(i) ? .right : .left)
        }
        let cells = rows.map { row in kept.map { TextCharts.Table.Cell($0 < row.count ? row[$0] : nil) } }
        var table = TextCharts.Table(columns: columns, rows: cells, format: .box)
        table.hiddenColumns = hidden
        return table
    }

    private func render(columns kept: [Int], hidden: [String], style: ChartStyle, width: Int) -> String {
        var wide = style
        wide.width = width
        return table(columns: kept, hidden: hidden).render(style: wide) + "\n"
    }

    func markdown() -> String {
        func escape(_ s: String) -> String { s.replacingPipes() }
        var out = "| " + headers.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + headers.indices.map { numericColumns.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map { escape($0 ?? "—") }.joined(separator: " | ") + " |\n" }
        return out
    }

    func csv() -> String {
        var out = machineKeys.map(ObservationWriter.csvField).joined(separator: ",") + "\n"
        for row in rows { out += row.map { ObservationWriter.csvField($0 ?? "") }.joined(separator: ",") + "\n" }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    func replacingPipes() -> String {
        var out = ""
        for c in self { if c == "|" { out += "\\|" } else { out.append(c) } }
        return out
    }
}
