import Testing
import TextCharts

/// Invariants every rendering must satisfy, checked on every golden and edge case.
enum OutputProperties {
    static let boxCharacters: Set<Character> = ["┌", "│", "├", "└", "+", "|"]

    /// Width, tabs, ASCII, colour-stripping and (for box tables) equal line widths.
    static func check(
        _ chart: some TextChart, style: ChartStyle, isBoxTable: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let measure = style.displayWidth
        let width = max(1, min(style.width, 4096))
        let colored = chart.lines(style: style)
        var plainStyle = style
        plainStyle.color = false
        let plain = chart.lines(style: plainStyle)
        #expect(colored.map(SGR.strip) == plain, "stripping SGR must give the uncoloured output", sourceLocation: sourceLocation)
        for line in plain {
            #expect(!line.contains("\t"), "tab in \(line)", sourceLocation: sourceLocation)
            #expect(!line.contains("\u{1B}"), "escape in uncoloured output: \(line)", sourceLocation: sourceLocation)
            #expect(measure.of(line) <= width, "line wider than \(width): \(line)", sourceLocation: sourceLocation)
            if style.charset == .ascii {
                let isASCII = line.unicodeScalars.allSatisfy { $0.isASCII }
                #expect(isASCII, "non-ASCII in \(line)", sourceLocation: sourceLocation)
            }
        }
        if !style.color {
            #expect(!colored.joined().contains("\u{1B}"), sourceLocation: sourceLocation)
        }
        if isBoxTable {
            let tableLines = plain.filter { line in line.first.map(boxCharacters.contains) ?? false }
            let widths = Set(tableLines.map { measure.of($0) })
            #expect(widths.count <= 1, "box table lines differ in width: \(widths)", sourceLocation: sourceLocation)
        }
    }

    /// Length of the bar drawn in a line, in eighths of a cell (`#` and `█` count 8).
    static func barEighths(_ line: String) -> Int {
        let eighths: [Character: Int] = [
            "▏": 1, "▎": 2, "▍": 3, "▌": 4, "▋": 5, "▊": 6, "▉": 7, "█": 8, "▐": 4, "#": 8,
        ]
        return line.reduce(0) { $0 + (eighths[$1] ?? 0) }
    }

    /// A larger value never draws a shorter bar than a smaller value of the same sign.
    static func checkBarMonotonic(_ chart: BarChart, style: ChartStyle, sourceLocation: SourceLocation = #_sourceLocation) {
        var plainStyle = style
        plainStyle.color = false
        let lines = chart.lines(style: plainStyle)
        let bars = chart.bars.filter { $0.value.isFinite }
        let ordered = chart.order == .given ? bars : bars.enumerated().sorted {
            $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset
        }.map(\.element)
        guard lines.count >= ordered.count else { return }
        let measured = zip(ordered, lines).map { ($0.value, barEighths(SGR.strip($1))) }
        for (a, lengthA) in measured {
            for (b, lengthB) in measured where (a >= 0) == (b >= 0) && a.magnitude > b.magnitude {
                #expect(lengthA >= lengthB, "value \(a) drew \(lengthA)/8, shorter than \(b) with \(lengthB)/8", sourceLocation: sourceLocation)
            }
        }
    }
}
