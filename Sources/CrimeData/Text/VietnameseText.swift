import Foundation

/// Normalisation of Vietnamese text for storage and for matching names.
///
/// Storage form is NFC with "Ð" (U+00D0, Icelandic eth, used by some Vietnamese sites) replaced by
/// "Đ" (U+0110). The matching key additionally drops every combining mark (so old and new tone-mark
/// placement, "Hoà"/"Hòa", fold to the same key), maps đ/Đ to d, lowercases, turns punctuation into
/// spaces and collapses white space.
public enum VietnameseText {
    /// The canonical stored form: NFC, with U+00D0 and U+00F0 read as Đ and đ.
    public static func canonical(_ text: String) -> String {
        var needsFix = false
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            needsFix = true
            break
        }
        guard needsFix else { return text }
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
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x0300...0x036F).contains(v) { continue }  // combining diacritics
            var mapped: Unicode.Scalar
            switch v {
            case 0x0110, 0x0111, 0x00D0, 0x00F0: mapped = "d"
            case 0x41...0x5A: mapped = Unicode.Scalar(UInt8(v + 32))
            default: mapped = scalar
            }
            let isWord = (0x61...0x7A).contains(mapped.value) || (0x30...0x39).contains(mapped.value)
                || (mapped.value >= 0x80 && mapped.properties.isAlphabetic)
            if isWord {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                if mapped.value >= 0x80 {
                    for lower in mapped.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
                } else {
                    out.append(mapped)
                }
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

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
