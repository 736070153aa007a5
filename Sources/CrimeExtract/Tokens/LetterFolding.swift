import CrimeData
import Foundation

/// Folds Latin letters the way names and phrases are matched: lower case, no diacritics, đ/Đ/Ð → d.
///
/// A table over U+0000…U+1EFF built once from canonical decompositions, so the tokenizer folds a
/// letter with one array read instead of normalising strings ("Ể" → "e", "Đ" → "d").
enum LetterFolding {
    /// 0 = not a foldable Latin letter; otherwise the ASCII lower-case letter, with bit 7 set for an
    /// upper-case original. Scalars from U+1F00 on fold to nothing. (``ReportTokenizer`` reads it directly.)
    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x1F00)
        for v in 0x41...0x5A { table[v] = UInt8(v + 32) | 0x80 }
        for v in 0x61...0x7A { table[v] = UInt8(v) }
        // Latin letters live in U+00C0…U+024F and U+1E00…U+1EFF; other scripts have no ASCII base.
        for v in Array(0xC0..<0x250) + Array(0x1E00..<0x1F00) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if v == 0x111 || v == 0xF0 { table[v] = UInt8(ascii: "d"); continue }
            if v == 0x110 || v == 0xD0 { table[v] = UInt8(ascii: "d") | 0x80; continue }
            if let base = VietnameseText.letterBases[UInt32(v)] {
                // Vietnamese letters from the literal table (no normalisation needed).
                table[v] = scalar.properties.isUppercase ? base | 0x80 : base
                continue
            }
            guard scalar.properties.isAlphabetic,
                  let base = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars.first
            else { continue }
            let b = base.value
            if (0x41...0x5A).contains(b) { table[v] = UInt8(b + 32) | 0x80 } else if (0x61...0x7A).contains(b) { table[v] = UInt8(b) }
        }
        return table
    }()

    /// A combining mark (NFD input carries tone marks as separate scalars).
    @inline(__always)
    static func isCombining(_ v: UInt32) -> Bool { (0x300...0x36F).contains(v) }
}
