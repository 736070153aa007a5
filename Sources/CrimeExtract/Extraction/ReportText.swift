import Foundation
import CrimeData

/// Reads a report file and rejects what is not report text, with a message naming the file.
///
/// Rejected: an empty file (or only white space); more than 64 MiB; binary data (a NUL byte); UTF-16
/// (a byte-order mark); bytes that are not UTF-8. The message gives the byte offset and line:column of
/// the first bad byte. A UTF-8 byte-order mark is dropped.
public enum ReportText {
    /// The largest report accepted, in bytes.
    public static let maximumBytes = 64 << 20

    /// Reads `path` ("-" for standard input); `displayName` names it in messages.
    public static func read(path: String, displayName: String? = nil) throws -> String {
        let name = displayName ?? (path == "-" ? "<stdin>" : path)
        let bytes: [UInt8]
        do {
            bytes = try InputFile.readAll(path: path, limit: maximumBytes)
        } catch let error as DataError {
            if error.message.contains("larger than") {
                throw DataError("\(name) is larger than \(maximumBytes >> 20) MiB; split it into smaller files")
            }
            throw DataError(error.message.replacingOccurrences(of: path, with: name), at: error.location)
        }
        return try decode(bytes, file: name)
    }

    /// Checks and decodes the bytes of a report.
    public static func decode(_ bytes: [UInt8], file: String) throws -> String {
        guard bytes.count <= maximumBytes else {
            throw DataError("\(file) is larger than \(maximumBytes >> 20) MiB; split it into smaller files")
        }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            throw DataError("\(file) is UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)",
                            at: SourceLocation(file: file, line: 1, column: 1))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = firstInvalidByte(body) {
            let (line, column) = position(of: bad, in: body)
            let what = body[bad] == 0 ? "binary data (NUL byte)" : String(format: "not UTF-8 text (byte 0x%02X)", body[bad])
            throw DataError("\(what) at byte offset \(bad - body.startIndex); expected a UTF-8 report text",
                            at: SourceLocation(file: file, line: line, column: column))
        }
        let text = String(decoding: body, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw DataError("\(file) is empty: no report text to extract from", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return text
    }

    /// The index of the first NUL byte or invalid UTF-8 sequence (overlong, surrogate, out of range, cut short).
    static func firstInvalidByte(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            if c == 0 { return i }
            if c < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= end else { return i }
            if b[i + 1] < lower || b[i + 1] > upper { return i }
            for k in 2..<length where b[i + k] < 0x80 || b[i + k] > 0xBF { return i }
            i += length
        }
        return nil
    }

    /// 1-based line and column (in characters of the valid text before it) of a byte.
    static func position(of index: Int, in b: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        for k in b.startIndex..<index {
            if b[k] == 10 { line += 1; column = 1 } else if b[k] & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
