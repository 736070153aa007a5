/// A small CSV file read whole, with its header, for the gazetteer files.
public struct CSVTable: Sendable {
    public let fileName: String
    public let header: [String]
    /// Each row's fields, and the line it starts on.
    public let rows: [(fields: [String], line: Int)]

    /// Reads CSV text; every row must have the header's number of fields and valid UTF-8.
    public init(text: String, fileName: String, required: [String]) throws {
        var header: [String] = []
        var rows: [(fields: [String], line: Int)] = []
        try InputFile.forEachRecord(text: text, fileName: fileName) { record in
            var fields: [String] = []
            for i in 0..<record.count {
                guard let s = CanonicalText.string(record.field(i)) else {
                    throw DataError("not valid UTF-8", at: SourceLocation(file: fileName, line: record.line, column: record.column(i)))
                }
                fields.append(s)
            }
            if header.isEmpty {
                header = fields
                for name in required where !fields.contains(name) {
                    throw DataError("missing column \"\(name)\" in the header (expected \(required.joined(separator: ",")))",
                                    at: SourceLocation(file: fileName, line: record.line, column: 1))
                }
            } else {
                guard fields.count == header.count else {
                    throw DataError("expected \(header.count) fields, found \(fields.count)",
                                    at: SourceLocation(file: fileName, line: record.line, column: record.column(min(fields.count, header.count) - 1)))
                }
                rows.append((fields, record.line))
            }
        }
        self.fileName = fileName
        self.header = header
        self.rows = rows
    }

    /// The index of a column by name.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The index of a column the header was required to have (0 if absent, which `init` rules out).
    func required(_ name: String) -> Int { header.firstIndex(of: name) ?? 0 }
}
