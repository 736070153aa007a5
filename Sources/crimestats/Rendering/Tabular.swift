import CrimeData
import TextCharts

/// Rows of cells with a header, rendered as text (TextCharts), markdown or CSV.
struct Tabular {
    var headers: [String]
    var rows: [[String?]]
    /// Columns whose cells are numbers (right-aligned).
    var numericColumns: Set<Int> = []

    func text(style: ChartStyle) -> String {
        let dw = style.displayWidth
        let cells = rows.map { $0.map { style.displayText($0 ?? (style.charset == .ascii ? "-" : "—")) } }
        let heads = headers.map { style.displayText($0) }
        var widths = heads.map { dw.of($0) }
        for row in cells { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], dw.of(c)) } }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for (i, c) in row.enumerated() where i < widths.count {
                parts.append(numericColumns.contains(i) ? dw.padLeft(c, to: widths[i]) : dw.padRight(c, to: widths[i]))
            }
            return dw.truncate(parts.joined(separator: "  ").trimmingTrailingSpaces(), to: style.effectiveWidth,
                               ellipsis: style.ellipsis)
        }
        var out = line(heads) + "\n"
        out += line(widths.map { String(repeating: style.charset == .ascii ? "-" : "─", count: $0) }) + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
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
