import TextCharts

/// Paragraphs of text output, word-wrapped to the width by TextCharts' ``Paragraph``.
enum Prose {
    /// The lines of `text` at the style's width, continuation lines indented by `hangingIndent` cells.
    ///
    /// "88.7 %" stays on one line (a no-break space before "%"). A word too long for a line — an address,
    /// usually — is shortened with "…", or, with `shortensLongWords` false, broken across lines (for
    /// validation evidence, where every character of a source may matter).
    static func lines(_ text: String, style: ChartStyle, firstIndent: Int = 0, hangingIndent: Int = 2,
                      shortensLongWords: Bool = true) -> [String] {
        var kept = text.replacing(" %", with: "\u{00A0}%")
        if shortensLongWords {
            let room = max(1, style.effectiveWidth - max(firstIndent, hangingIndent))
            let measure = style.displayWidth
            kept = kept.split(separator: " ", omittingEmptySubsequences: false).map { word in
                measure.of(word) > room ? measure.truncate(String(word), to: room, ellipsis: style.ellipsis) : String(word)
            }.joined(separator: " ")
        }
        return Paragraph(kept, firstIndent: firstIndent, hangingIndent: hangingIndent).lines(style: style)
    }

    /// ``lines(_:style:firstIndent:hangingIndent:shortensLongWords:)`` as text, each line ending in a line break.
    static func paragraph(_ text: String, style: ChartStyle, hangingIndent: Int = 2) -> String {
        lines(text, style: style, hangingIndent: hangingIndent).map { $0 + "\n" }.joined()
    }
}

extension ChartStyle {
    /// One line of user-facing text fitted to the width: made printable (transliterated in ASCII) and
    /// shortened with "…" if it must be.
    func line(_ text: String) -> String {
        displayWidth.truncate(displayText(text), to: effectiveWidth, ellipsis: ellipsis)
    }
}
