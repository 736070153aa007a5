/// How a rendering is laid out: width in cells, character set, colour and ambiguous width.
///
/// Rules: widths below 1 are treated as 1 and widths above 4096 as 4096, so no input traps or
/// allocates without bound. Every line a renderer returns is at most ``width`` display cells.
public struct ChartStyle: Sendable, Hashable {
    /// The widest line allowed, in terminal cells.
    public var width: Int
    /// Unicode or pure ASCII output.
    public var charset: Charset
    /// Whether SGR colour codes are emitted.
    public var color: Bool
    /// How East Asian Ambiguous characters are measured.
    public var ambiguousWidth: AmbiguousWidth
    /// The words of notes and legends (English by default).
    public var words = ChartWords()

    /// Creates a style; the defaults are 80 cells, Unicode, no colour, ambiguous = 1 cell.
    public init(width: Int = 80, charset: Charset = .unicode, color: Bool = false, ambiguousWidth: AmbiguousWidth = .narrow) {
        self.width = width
        self.charset = charset
        self.color = color
        self.ambiguousWidth = ambiguousWidth
    }

    /// ``width`` clamped into 1...4096.
    public var effectiveWidth: Int {
        min(max(width, 1), 4096)
    }

    /// The measure every renderer uses.
    public var displayWidth: DisplayWidth {
        DisplayWidth(ambiguous: ambiguousWidth)
    }

    /// The truncation mark: "…" in Unicode, "..." when drawing glyphs are ASCII.
    public var ellipsis: String {
        glyphs.ellipsis
    }

    /// User text made safe to print: one line, no controls (tabs and newlines become spaces,
    /// other controls are dropped), transliterated to ASCII in the ASCII charset.
    public func displayText(_ text: String) -> String {
        let line = LabelText.singleLine(text)
        return charset == .ascii ? Transliteration.ascii(line) : line
    }

    /// `text` in `color` when colour is on; unchanged otherwise.
    public func paint(_ text: String, _ color: ChartColor?) -> String {
        guard self.color, let color else { return text }
        return color.paint(text)
    }

    /// Drawing glyphs: ASCII in the ASCII charset and also when ambiguous characters are wide
    /// (box drawing and block elements are ambiguous and would break alignment there).
    var glyphs: Glyphs {
        (charset == .ascii || ambiguousWidth == .wide) ? .ascii : .unicode
    }

    /// Whether line charts may use the Braille block (any Unicode output).
    var usesBraille: Bool {
        charset == .unicode
    }
}
