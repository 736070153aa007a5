/// Measures text in terminal cells, one grapheme cluster at a time.
///
/// Rule: a grapheme cluster takes the width of its first scalar that is not zero-width.
/// Zero-width scalars are controls, format characters (ZWJ), combining marks (general category
/// Mn/Me, which includes variation selectors) and Hangul medial/final jamo. East Asian Wide and
/// Fullwidth scalars and emoji with emoji presentation take 2 cells; a cluster with VS16 (U+FE0F)
/// after an emoji takes 2; East Asian Ambiguous takes 1 or 2 (``AmbiguousWidth``); everything
/// else takes 1. Because Swift's `Character` is a grapheme cluster, NFD text ("e" + U+0301)
/// measures the same as NFC text ("é"). Every table and chart in this module measures with it.
public struct DisplayWidth: Sendable, Hashable {
    /// How ambiguous-width characters are counted.
    public var ambiguous: AmbiguousWidth

    /// Creates a measure; ambiguous characters count one cell unless `ambiguous` is `.wide`.
    public init(ambiguous: AmbiguousWidth = .narrow) {
        self.ambiguous = ambiguous
    }

    /// The number of terminal cells `text` occupies.
    ///
    /// Fast path: when every scalar lies in ``singletonClusterRanges`` each scalar is its own grapheme
    /// cluster (only "\r\n" joins, and both its scalars take 0 cells), so the width is the sum of
    /// ``scalarWidth(_:)`` — exactly what ``of(_:)-(Character)`` gives per cluster — without Swift's
    /// grapheme breaking. Any other scalar sends the whole text through the per-cluster rule.
    public func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x7F {
                if value >= 0x20 { total += 1 }
                continue
            }
            guard Self.isSingletonCluster(value) else { return clusterSum(text) }
            total += scalarWidth(scalar)
        }
        return total
    }

    /// Sum of ``of(_:)-(Character)`` over the grapheme clusters of `text`.
    private func clusterSum(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// Scalars that never join a neighbour into a grapheme cluster (Unicode UAX #29: none of them is
    /// Extend, ZWJ, SpacingMark, Prepend, Regional_Indicator or Hangul; controls break on both sides,
    /// and CR LF both measure 0): Latin and Latin-1 below the combining marks (U+0300), Greek, Latin
    /// Extended Additional (Vietnamese precomposed letters), general punctuation U+2010–U+205F, arrows
    /// and mathematical operators, box drawing, block elements and geometric shapes.
    @inline(__always)
    static func isSingletonCluster(_ value: UInt32) -> Bool {
        value < 0x300 || (value >= 0x370 && value < 0x400) || (value >= 0x1E00 && value < 0x1F00)
            || (value >= 0x2010 && value < 0x2060) || (value >= 0x2190 && value < 0x2300)
            || (value >= 0x2500 && value < 0x2600)
    }

    /// The number of terminal cells one grapheme cluster occupies (0, 1 or 2).
    public func of(_ character: Character) -> Int {
        if character.isASCII {
            // "\r\n" is one ASCII Character; controls take no cell.
            guard let value = character.asciiValue else { return 0 }
            return (value < 0x20 || value == 0x7F) ? 0 : 1
        }
        var base: Unicode.Scalar?
        var baseWidth = 0
        var hasEmojiSelector = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { hasEmojiSelector = true }
            if base == nil {
                let width = scalarWidth(scalar)
                if width > 0 {
                    base = scalar
                    baseWidth = width
                }
            }
        }
        guard let base else { return 0 }
        if baseWidth == 1 && hasEmojiSelector && base.properties.isEmoji {
            return 2
        }
        return baseWidth
    }

    /// The width of a single scalar outside any cluster context.
    func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .control, .format, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if EastAsianWidth.isZeroWidthJamo(value) { return 0 }
        if EastAsianWidth.isWide(value) { return 2 }
        if value >= 0x1F000, scalar.properties.isEmojiPresentation { return 2 }
        if value >= 0x2300 && value < 0x2C00, scalar.properties.isEmojiPresentation { return 2 }
        if EastAsianWidth.isAmbiguous(value) { return ambiguous == .wide ? 2 : 1 }
        return 1
    }
}
