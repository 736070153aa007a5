/// How many terminal cells an East Asian Ambiguous character takes.
///
/// Western terminals draw ambiguous characters (for example "à", "—", "…", box drawing and block
/// elements) one cell wide; terminals configured for CJK locales draw them two cells wide.
public enum AmbiguousWidth: Sendable, Hashable {
    /// One cell (the default; what Western terminals do).
    case narrow
    /// Two cells (CJK terminals). Charts then draw with ASCII glyphs, because box drawing and
    /// block elements are themselves ambiguous; Braille stays.
    case wide
}
