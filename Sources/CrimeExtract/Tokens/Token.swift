/// One token of a report: a word, a number or a punctuation mark, with where it stands in the original.
///
/// Offsets are kept twice: in Unicode scalars (what `ExtractedFigure` reports, and what Python's `str`
/// indexes) and in UTF-8 bytes (to slice quotes out of the original text without re-scanning it).
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        /// Letters (and digits after a letter, "X03"), folded: lower case, no diacritics, đ → d.
        case word
        /// ASCII digits with inner "." or "," groups: "2.156", "88,7", "03".
        case number
        /// Any other single character; dashes are normalised to "-".
        case punct
    }

    var kind: Kind
    /// The folded word, the number as written, or the punctuation character.
    var text: String
    /// The id of ``text`` in the vocabulary it was tokenised with (``ReportLexer/tokenize(_:)``: the words
    /// and marks of the lexer's phrases); ``WordVocabulary/absent`` for numbers and for texts it does not hold.
    var id: Int32
    /// Unicode-scalar offsets into the original text, end exclusive.
    var start: Int
    var end: Int
    /// UTF-8 byte offsets into the original text, end exclusive.
    var byteStart: Int
    var byteEnd: Int
    /// White space precedes the token.
    var spaceBefore: Bool
    /// A line break precedes the token (a paragraph or heading boundary in these reports).
    var lineBreakBefore: Bool
    /// The first letter is upper case in the original (proper names, sentence starts).
    var capitalised: Bool
}
