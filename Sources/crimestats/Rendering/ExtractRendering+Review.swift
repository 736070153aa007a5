import CrimeData
import CrimeExtract
import TextCharts

extension ExtractRendering {
    /// `extract --review`: every figure, read or for review, as a block a reader can check against the text —
    /// its place, status and confidence; metric = value, unit, period; the reason when it is for review; and
    /// its sentence with the number highlighted (reverse video in colour, ⟦…⟧ without). Every line fits the width.
    static func review(_ files: [(name: String, text: String, result: ExtractionResult)], style: ChartStyle) -> String {
        var out = ""
        let ascii = style.charset == .ascii
        for file in files {
            let scalars = Array(file.text.unicodeScalars)
            let read = file.result.figures.filter(\.isRead).count
            out += Prose.paragraph("\(file.name): \(counted(file.result.figures.count, "figure")), \(read) read, "
                + "\(file.result.figures.count - read) for review", style: style)
            for (n, f) in file.result.figures.enumerated() {
                let status = f.isRead ? "read" : "REVIEW"
                let head = "\(n + 1). \(status) · line \(f.line):\(f.column) · confidence \(String(format: "%.2f", f.confidence))"
                out += "\n" + Prose.paragraph(style.color && !f.isRead ? "\u{1B}[1m" + head + "\u{1B}[0m" : head, style: style)
                let unit = f.unit.map { "\($0.name) (\($0.type.rawValue))" } ?? "no unit"
                let period = f.period.map { "\($0.start)..\($0.end)" } ?? "no period"
                let qualifier = f.qualifier == .exact ? "" : " (\(f.qualifier.rawValue))"
                out += Prose.lines("\(f.metric) = \(f.value)\(qualifier) · \(unit) · \(period)", style: style,
                                   firstIndent: 3, hangingIndent: 5).map { $0 + "\n" }.joined()
                if let reason = f.review {
                    out += Prose.lines("why: " + reason, style: style, firstIndent: 3, hangingIndent: 8)
                        .map { $0 + "\n" }.joined()
                }
                let s = max(0, min(f.sentenceStart, scalars.count)), e = max(s, min(f.sentenceEnd, scalars.count))
                let ns = max(s, min(f.start, e)), ne = max(ns, min(f.end, e))
                func text(_ a: Int, _ b: Int) -> String {
                    var t = String(String.UnicodeScalarView(scalars[a..<b]))
                    t = t.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
                    return ascii ? VietnameseText.ascii(t) : t
                }
                let number = text(ns, ne).replacingOccurrences(of: " ", with: "\u{00A0}")
                let marked = style.color ? "\u{1B}[7m" + number + "\u{1B}[0m" : (ascii ? "[[" + number + "]]" : "⟦" + number + "⟧")
                out += Prose.lines("“" + text(s, ns) + marked + text(ne, e) + "”", style: style, firstIndent: 3,
                                   hangingIndent: 4, shortensLongWords: false).map { $0 + "\n" }.joined()
            }
            out += "\n"
        }
        return out
    }
}

extension ExtractRendering {
    /// `validate --show-extracted`: per report text, each figure the check rests on (and each sent to review),
    /// one line each: place, metric = value, unit, period, and the reason for those in review.
    static func extractedList(_ files: [ReportTexts.Extracted], style: ChartStyle) -> String {
        var out = ""
        for file in files {
            let read = file.result.figures.filter(\.isRead)
            out += Prose.paragraph("Extracted from \(file.name): \(counted(read.count, "figure")) read, "
                + "\(file.result.figures.count - read.count) for review", style: style)
            for f in file.result.figures {
                let unit = f.unit?.name ?? "no unit"
                let period = f.period.map { "\($0.start)..\($0.end)" } ?? "no period"
                let qualifier = f.qualifier == .exact ? "" : " (\(f.qualifier.rawValue))"
                var line = "\(f.isRead ? "  " : "? ")line \(f.line):\(f.column)  \(f.metric) = \(f.value)\(qualifier) · \(unit) · \(period)"
                if let reason = f.review { line += " — review: \(reason)" }
                out += Prose.lines(line, style: style, hangingIndent: 6).map { $0 + "\n" }.joined()
            }
            out += "\n"
        }
        return out
    }
}
