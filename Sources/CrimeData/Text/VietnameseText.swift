import Foundation

/// Normalisation of Vietnamese text for storage and for matching names.
///
/// Storage form is NFC with "Ð" (U+00D0, Icelandic eth, used by some Vietnamese sites) replaced by
/// "Đ" (U+0110). The matching key additionally drops every combining mark (so old and new tone-mark
/// placement, "Hoà"/"Hòa", fold to the same key), maps đ/Đ to d, lowercases, turns punctuation into
/// spaces and collapses white space.
public enum VietnameseText {
    /// The canonical stored form: NFC, with U+00D0 and U+00F0 read as Đ and đ.
    ///
    /// A text that ``CanonicalText/isCanonical(_:)`` proves canonical from its UTF-8 bytes (ASCII, Latin,
    /// precomposed Vietnamese letters, punctuation) is returned as it is, without Foundation.
    public static func canonical(_ text: String) -> String {
        if text.utf8.withContiguousStorageIfAvailable(CanonicalText.isCanonical) == true { return text }
        let fixed = text.replacingOccurrences(of: "\u{00D0}", with: "\u{0110}")
            .replacingOccurrences(of: "\u{00F0}", with: "\u{0111}")
        return fixed.precomposedStringWithCanonicalMapping
    }

    /// A matching key: no diacritics, đ → d, lower case, letters and digits separated by single spaces.
    ///
    /// "Thừa Thiên - Huế" → "thua thien hue"; "TP.HCM" → "tp hcm"; "Ðắk Lắk" → "dak lak".
    public static func foldedKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            if pendingSpace && !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x0300...0x036F).contains(v) { continue }  // combining diacritics (NFD input)
            if v < 0x80 {
                switch v {
                case 0x41...0x5A: emit(Unicode.Scalar(UInt8(v + 32)))
                case 0x61...0x7A, 0x30...0x39: emit(scalar)
                default: pendingSpace = true
                }
            } else if let base = letterBases[v] {
                emit(Unicode.Scalar(base))
            } else if scalar.properties.isAlphabetic {
                // Rare outside Vietnamese: decompose this one letter and keep its lower-cased base.
                let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
                for part in decomposed where !(0x0300...0x036F).contains(part.value) {
                    for lower in part.properties.lowercaseMapping.unicodeScalars { emit(lower) }
                }
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// Every precomposed Vietnamese letter (both cases, all tones) → its ASCII lower-case base; đ, Đ, Ð → d.
    ///
    /// A literal table rather than Unicode decomposition: name matching runs at every start-up and
    /// Foundation's normalisation dominated it.
    public static let letterBases: [UInt32: UInt8] = {
        let groups: [(UInt8, String)] = [
            (UInt8(ascii: "a"), "àáảãạăằắẳẵặâầấẩẫậ"), (UInt8(ascii: "e"), "èéẻẽẹêềếểễệ"),
            (UInt8(ascii: "i"), "ìíỉĩị"), (UInt8(ascii: "o"), "òóỏõọôồốổỗộơờớởỡợ"),
            (UInt8(ascii: "u"), "ùúủũụưừứửữự"), (UInt8(ascii: "y"), "ỳýỷỹỵ"), (UInt8(ascii: "d"), "đð"),
        ]
        var table: [UInt32: UInt8] = [0x00D0: UInt8(ascii: "d")]
        for (base, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
            for scalar in letters.uppercased().unicodeScalars { table[scalar.value] = base }
        }
        return table
    }()

    /// Transliteration to ASCII for labels: diacritics dropped, đ → d, Đ → D; other non-ASCII → "?".
    public static func ascii(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x0300...0x036F).contains(v) { continue }
            switch v {
            case 0x0110, 0x00D0: out.append("D")
            case 0x0111, 0x00F0: out.append("d")
            case 0..<0x80: out.append(scalar)
            default: out.append("?")
            }
        }
        return String(out)
    }
}
