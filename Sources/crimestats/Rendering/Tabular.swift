import CrimeData
import TextCharts

/// Rows of cells with a header, rendered as text (TextCharts), markdown or CSV.
struct Tabular {
    var headers: [String]
    var rows: [[String?]]
    /// Columns whose cells are numbers (right-aligned).
    var numericColumns: Set<Int> = []

    /// Box-drawn text table (TextCharts): numbers right-aligned, missing cells marked, fitted to the width.
    func text(style: ChartStyle) -> String {
        let columns = headers.enumerated().map { i, h in
            TextCharts.Table.Column(h, alignment: numericColumns.contains(i) ? .right : .left)
        }
        let cells = rows.map { $0.map { TextCharts.Table.Cell($0) } }
        return TextCharts.Table(columns: columns, rows: cells, format: .box).render(style: style) + "\n"
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
