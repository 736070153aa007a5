/// Prose wrapped to the width by display cells, with optional indents.
///
/// Rules: words are separated by spaces; each input line ("\n") is wrapped separately and empty input
/// lines are kept; a no-break space (U+00A0) never breaks; the first line of each input line is indented by ``firstIndent`` cells, the others
/// by ``hangingIndent`` cells; a word longer than a whole line is broken across lines. Indents are
/// reduced when they would leave fewer than 8 cells for text.
public struct Paragraph: TextChart {
    /// The text; "\n" starts a new line, tabs count as spaces.
    public var text: String
    /// Indent of the first line of each input line, in cells.
    public var firstIndent: Int
    /// Indent of continuation lines, in cells (a hanging indent for lists: "• ", 2).
    public var hangingIndent: Int

    /// Creates a paragraph.
    public init(_ text: String, firstIndent: Int = 0, hangingIndent: Int = 0) {
        self.text = text
        self.firstIndent = firstIndent
        self.hangingIndent = hangingIndent
    }

    public func lines(style: ChartStyle) -> [String] {
        let width = style.effectiveWidth
        let measure = style.displayWidth
        let first = min(max(firstIndent, 0), max(width - 8, 0))
        let hanging = min(max(hangingIndent, 0), max(width - 8, 0))
        var output: [String] = []
        let sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for source in sourceLines {
            // Split before transliterating, so a no-break space (U+00A0) keeps its words together even in
            // ASCII mode; it is drawn as an ordinary space.
            let words = source.split(separator: " ").map {
                style.displayText(String($0)).replacingNoBreakSpaces()
            }
            guard !words.isEmpty else {
                output.append("")
                continue
            }
            var line = String(repeating: " ", count: first)
            var used = first
            var lineHasWord = false
            func newLine() {
                output.append(line)
                line = String(repeating: " ", count: hanging)
                used = hanging
                lineHasWord = false
            }
            for word in words {
                var rest = word
                var cells = measure.of(rest)
                if lineHasWord && used + 1 + cells <= width {
                    line += " " + rest
                    used += 1 + cells
                    continue
                }
                if lineHasWord { newLine() }
                while used + cells > width {
                    let room = max(width - used, 1)
                    var piece = measure.prefix(of: rest, fitting: room)
                    if piece.isEmpty, let firstCharacter = rest.first { piece = String(firstCharacter) }
                    line += piece
                    rest.removeFirst(piece.count)
                    cells = measure.of(rest)
                    lineHasWord = true
                    guard !rest.isEmpty else { break }
                    newLine()
                }
                if !rest.isEmpty {
                    line += rest
                    used += cells
                    lineHasWord = true
                }
            }
            output.append(line)
        }
        return LineClipper.clip(output, style: style)
    }
}

extension String {
    /// U+00A0 drawn as an ordinary space.
    func replacingNoBreakSpaces() -> String {
        guard unicodeScalars.contains("\u{00A0}") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{00A0}" ? " " : $0 }))
    }
}
