/// Turns labels into pure ASCII for the ASCII charset.
///
/// Rule, per grapheme cluster: ASCII stays; Vietnamese letters lose their tone and vowel marks
/// (đ → d, Đ and Ð → D; see ``vietnamese``); a few typographic marks get ASCII stand-ins (… → ...,
/// – and — → -, curly quotes → straight, no-break space → space); an ASCII letter followed only by
/// combining marks keeps the letter; anything else becomes "?". NFC and NFD input give the same
/// result, because Swift compares characters by canonical equivalence.
public enum Transliteration {
    /// `text` as pure ASCII.
    public static func ascii(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                result.append(character)
            } else if let letter = vietnamese[character] {
                result.append(letter)
            } else if let mark = punctuation[character] {
                result += mark
            } else if let first = character.unicodeScalars.first, first.isASCII,
                      character.unicodeScalars.dropFirst().allSatisfy(isCombiningMark) {
                result.unicodeScalars.append(first)
            } else {
                result.append("?")
            }
        }
        return result
    }

    /// Typographic characters with an obvious ASCII stand-in, and mathematical ones spelt as words
    /// ("χ²" → "chi2", "φ" → "phi", "τ²" → "tau2", "Σk" → "sum k").
    static let punctuation: [Character: String] = [
        "…": "...", "–": "-", "—": "-", "−": "-", "‐": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"",
        "«": "\"", "»": "\"", "\u{00A0}": " ", "\u{202F}": " ", "\u{2009}": " ", "×": "x", "•": "*", "·": ".",
        "Σ": "sum ", "χ": "chi", "φ": "phi", "τ": "tau", "σ": "sigma", "μ": "mu", "α": "alpha", "θ": "theta",
        "Δ": "chg", "²": "2", "³": "3", "⁻": "-", "ᵈ": "d", "½": "1/2", "√": "sqrt", "±": "+/-", "≥": ">=", "≤": "<=",
        "≲": "<~", "≈": "~", "→": "->", "←": "<-", "†": "#", "°": " deg",
    ]

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: true
        default: false
        }
    }
}
