/// The characters a rendering may use.
public enum Charset: String, Sendable, Hashable, CaseIterable {
    /// Unicode box drawing, block elements, Braille and labels as given.
    case unicode
    /// Pure ASCII: `+-|` frames, `#` bars, `*o+x` markers, labels transliterated (see ``Transliteration``).
    case ascii
}
