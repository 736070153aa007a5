import Foundation

extension ObservationReader {
    /// Reads observations from JSON: an array of objects with the Datasets columns as keys, an object
    /// whose `observations` member is such an array, or what `crimestats extract --format json` writes.
    ///
    /// Every object goes through the same checks as a CSV row. Errors name the file and the line and
    /// column where the offending object starts, and the field. `value` may be a number or a string.
    public mutating func read(jsonPath path: String, displayName: String? = nil,
                              _ body: (Observation) throws -> Void) throws {
        let name = displayName ?? (path == "-" ? "<stdin>" : path)
        try read(jsonBytes: try InputFile.readAll(path: path), name: name, body)
    }

    /// As ``read(jsonPath:displayName:_:)``, from bytes already read (standard input that was looked at first).
    /// Observations of `extract --format json` keep the file, line and column of their number in the report text.
    public mutating func read(jsonBytes bytes: [UInt8], name: String, _ body: (Observation) throws -> Void) throws {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw DataError("not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")",
                            at: SourceLocation(file: name, line: 1, column: 1))
        }
        // Three shapes: [obs…]; {"observations": [obs…]}; and `extract --format json`'s
        // {"files": [{"file": …, "observations": [obs…]}…]}. Object starts are located for the first two.
        var items: [Any] = []
        var starts: [(line: Int, column: Int)] = []
        // For `extract --format json`: where each figure stands in its report text.
        var origins: [SourceLocation?] = []
        if let array = parsed as? [Any] {
            items = array
            starts = ObservationReader.objectStarts(in: bytes, depth: 1)
        } else if let object = parsed as? [String: Any], let array = object["observations"] as? [Any] {
            items = array
            starts = ObservationReader.objectStarts(in: bytes, depth: 2)
        } else if let object = parsed as? [String: Any], let files = object["files"] as? [Any] {
            for case let file as [String: Any] in files {
                let observations = file["observations"] as? [Any] ?? []
                items += observations
                for case let o as [String: Any] in observations {
                    if let f = file["file"] as? String, let line = (o["line"] as? NSNumber)?.intValue,
                       let column = (o["column"] as? NSNumber)?.intValue {
                        origins.append(SourceLocation(file: f, line: line, column: column))
                    } else {
                        origins.append(nil)
                    }
                }
            }
        } else {
            throw DataError("expected an array of observations, an object with an \"observations\" array, or the output of `crimestats extract --format json`",
                            at: SourceLocation(file: name, line: 1, column: 1))
        }
        var recent = RecentStrings()
        let identity = Array(0..<ObservationReader.columns.count)
        for (i, item) in items.enumerated() {
            let start = i < starts.count ? starts[i] : (line: 1, column: 1)
            guard let object = item as? [String: Any] else {
                throw DataError("observation \(i + 1) is not an object", at: SourceLocation(file: name, line: start.line, column: start.column))
            }
            var record = CSVRecord()
            record.reset(line: start.line)
            for column in ObservationReader.columns {
                let text: String
                switch object[column] {
                case let s as String: text = s
                case let n as NSNumber where column == "value": text = ObservationReader.plainDecimal(n)
                case nil, is NSNull:
                    if column == "published" || column == "quote" || column == "qualifier" { text = "" } else {
                        throw DataError("observation \(i + 1) has no \"\(column)\"",
                                        at: SourceLocation(file: name, line: start.line, column: start.column))
                    }
                default:
                    throw DataError("observation \(i + 1): \"\(column)\" must be a string",
                                    at: SourceLocation(file: name, line: start.line, column: start.column))
                }
                record.columns.append(start.column)
                record.bytes.append(contentsOf: text.utf8)
                record.ends.append(record.bytes.count)
            }
            var observation = try parse(record, map: identity, fileName: name, recent: &recent)
            if i < origins.count, let origin = origins[i], observation.location != nil { observation.location = origin }
            try body(observation)
        }
    }

    /// A JSON number written as a plain decimal ("88.7", "2156"), as the CSV schema wants it.
    static func plainDecimal(_ n: NSNumber) -> String {
        let x = n.doubleValue
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// Line and column (1-based) where each object at the given nesting depth starts.
    static func objectStarts(in bytes: [UInt8], depth wanted: Int) -> [(line: Int, column: Int)] {
        var starts: [(line: Int, column: Int)] = []
        var depth = 0, line = 1, column = 0
        var inString = false, escaped = false
        for byte in bytes {
            if byte == 10 { line += 1; column = 0; continue }
            if byte & 0xC0 != 0x80 { column += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if byte == UInt8(ascii: "{") && depth == wanted + 1 { starts.append((line, column)) }
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return starts
    }
}
