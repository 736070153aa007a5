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

    /// Box-drawn text table (TextCharts): numbers right-aligned, missing cells marked, fitted to the width.
    ///
    /// When the table is too wide, the `droppable` columns go first (in order, with a note naming them);
    /// only then does TextCharts shorten the widest text column with "…".
    func text(style: ChartStyle) -> String {
        var kept = Array(headers.indices)
        var dropped: [String] = []
        var remaining = droppable
        var unlimited = style
        unlimited.width = 100_000
        while true {
            // The unfitted table's width, measured without rendering it (TextCharts `naturalWidth`). Only a
            // table wider than the largest effective width (4096) is fitted even at width 100 000, so only
            // then is it rendered and measured, as before.
            var wide = table(columns: kept).naturalWidth(style: style)
            if wide > unlimited.effectiveWidth {
                let rendered = render(columns: kept, style: style, width: unlimited.width)
                wide = rendered.split(separator: "\n").map { style.displayWidth.of(SGR.strip(String($0))) }.max() ?? 0
            }
            guard wide > style.effectiveWidth, let next = remaining.first else { break }
            remaining.removeFirst()
            kept.removeAll { $0 == next }
            dropped.append(headers[next])
        }
        var out = render(columns: kept, style: style, width: style.effectiveWidth)
        if !dropped.isEmpty {
            let note = "(not shown at width \(style.effectiveWidth): \(dropped.joined(separator: ", ")))"
            out += style.displayWidth.truncate(style.displayText(note), to: style.effectiveWidth, ellipsis: style.ellipsis) + "\n"
        }
        return out
    }

    private func table(columns kept: [Int]) -> TextCharts.Table {
        let columns = kept.map { i in
            TextCharts.Table.Column(headers[i], alignment: numericColumns.contains(i) ? .right : .left)
        }
        let cells = rows.map { row in kept.map { TextCharts.Table.Cell($0 < row.count ? row[$0] : nil) } }
        return TextCharts.Table(columns: columns, rows: cells, format: .box)
    }

    private func render(columns kept: [Int], style: ChartStyle, width: Int) -> String {
        var wide = style
        wide.width = width
        return table(columns: kept).render(style: wide) + "\n"
    }

    func markdown() -> String {
        func escape(_ s: String) -> String { s.replacingPipes() }
        var out = "| " + headers.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + headers.indices.map { numericColumns.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map { escape($0 ?? "—") }.joined(separator: " | ") + " |\n" }
        return out
    }

    func csv() -> String {
        var out = headers.map(ObservationWriter.csvField).joined(separator: ",") + "\n"
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
