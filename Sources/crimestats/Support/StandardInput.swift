/// What standard input holds, decided from its first bytes: JSON, Datasets CSV, or report text.
enum StandardInput {
    enum Kind: Equatable { case json, csv, reportText }

    /// JSON when the first mark (after a BOM and white space) is "{" or "["; CSV when the first line is a header
    /// that names the schema's `metric` and `value` columns among commas; report text otherwise.
    static func kind(of bytes: [UInt8]) -> Kind {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count else { return .csv }
        if bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "[") { return .json }
        var end = i
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let line = String(decoding: bytes[i..<end], as: UTF8.self).lowercased()
        let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: [" ", "\"", "\r"]) }
        return fields.contains("metric") && fields.contains("value") ? .csv : .reportText
    }
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
