#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The byte-level quick check behind `VietnameseText.canonical`, and CSV fields made canonical with it.
///
/// Canonical = NFC with U+00D0/U+00F0 read as Đ/đ. A text is returned as it is when every scalar is
/// ASCII, in U+0080–U+02FF (Latin-1 and Latin Extended, all NFC quick-check Yes, none composing with a
/// preceding character; U+00D0 and U+00F0 excluded), in U+1E00–U+1EFF (Vietnamese precomposed letters)
/// or in U+2010–U+205E (dashes, quotes; no canonical singletons there). Any other scalar — combining
/// marks above all — goes through `VietnameseText.canonical`, so the result is always identical to it.
/// The quick check avoids Foundation's `replacingOccurrences` and NFC, which dominated reading.
enum CanonicalText {
    /// The canonical string of UTF-8 `bytes`; nil when they are not valid UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self).map(VietnameseText.canonical)
    }

    /// The canonical string of a field's bytes; nil when they are not valid UTF-8.
    static func string(_ bytes: ArraySlice<UInt8>) -> String? {
        bytes.withUnsafeBufferPointer { string($0) }
    }

    /// Whether valid UTF-8 `bytes` are already canonical by the quick check above (false: unknown).
    static func isCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let v: UInt32
            if b < 0xE0, i + 1 < n {
                v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b < 0xF0, i + 2 < n {
                v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else {
                return false
            }
            if v <= 0x2FF { if v == 0xD0 || v == 0xF0 { return false } else { continue } }
            if (0x1E00...0x1EFF).contains(v) || (0x2010...0x205E).contains(v) { continue }
            return false
        }
        return true
    }

    /// Whether two byte ranges are equal (memcmp-speed, unlike the generic `elementsEqual`).
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        return memcmp(pa, pb, a.count) == 0
    }
}
