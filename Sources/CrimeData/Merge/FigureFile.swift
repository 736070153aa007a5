/// A Datasets-schema CSV file read whole, each row with its fields as written, for tools that rewrite
/// the file (``FigureMerge``).
///
/// Every row is read and checked by ``ObservationReader`` (bad rows are a `DataError` with
/// file:line:column); the fields are kept as written (canonical NFC text) so rows the tool does not
/// touch are written back unchanged.
public struct FigureFile: Sendable {
    /// One row: the schema's ten fields as written, in schema order, and the observation read from them.
    public struct Row: Sendable {
        public var fields: [String]
        public let observation: Observation
        /// 1-based column where each field starts in the file (empty for rows not read from a file).
        public let columns: [Int]

        public init(fields: [String], observation: Observation, columns: [Int] = []) {
            self.fields = fields
            self.observation = observation
            self.columns = columns
        }

        /// Where the row was read.
        public var location: SourceLocation? { observation.location }

        /// Where one of its fields was read ("file:line:column").
        public func location(of column: String) -> SourceLocation? {
            guard let at = observation.location, let index = ObservationReader.columns.firstIndex(of: column),
                  index < columns.count else { return observation.location }
            return SourceLocation(file: at.file, line: at.line, column: columns[index])
        }
    }

    /// The file name as given.
    public let name: String
    public var rows: [Row]
    /// Whether the header was the schema's columns in the schema's order.
    public let hasSchemaHeader: Bool

    public init(name: String, rows: [Row], hasSchemaHeader: Bool = true) {
        self.name = name
        self.rows = rows
        self.hasSchemaHeader = hasSchemaHeader
    }

    /// Reads a CSV file ("-" is standard input).
    public static func read(path: String, displayName: String? = nil, gazetteer: Gazetteer) throws -> FigureFile {
        let name = displayName ?? (path == "-" ? "<stdin>" : path)
        if path.lowercased().hasSuffix(".json") {
            throw DataError("\(name): merge reads CSV in the Datasets schema (write JSON figures out as CSV first)")
        }
        var reader = FigureFileReader(name: name, gazetteer: gazetteer)
        try InputFile.forEachRecord(path: path, displayName: name) { try reader.take($0) }
        return try reader.finish()
    }

    /// Reads CSV text held in memory.
    public static func read(text: String, fileName: String, gazetteer: Gazetteer) throws -> FigureFile {
        var reader = FigureFileReader(name: fileName, gazetteer: gazetteer)
        try InputFile.forEachRecord(text: text, fileName: fileName) { try reader.take($0) }
        return try reader.finish()
    }

    /// The rows as Datasets CSV: the schema header, LF line ends, RFC 4180 quoting only where needed.
    public static func csv(_ rows: [Row]) -> String {
        var out = ObservationWriter.csvHeader + "\n"
        for row in rows { out += row.fields.map(ObservationWriter.csvField).joined(separator: ",") + "\n" }
        return out
    }
}

/// Record-by-record reading of a ``FigureFile``.
private struct FigureFileReader {
    let name: String
    var reader: ObservationReader
    var map: [Int]? = nil
    var headerNames: [String] = []
    var recent = ObservationReader.RecentStrings()
    var rows: [FigureFile.Row] = []

    init(name: String, gazetteer: Gazetteer) {
        self.name = name
        reader = ObservationReader(gazetteer: gazetteer)
    }

    mutating func take(_ record: borrowing CSVRecord) throws {
        guard let map else {
            self.map = try ObservationReader.headerMapping(record, fileName: name)
            headerNames = (0..<record.count).map { VietnameseText.canonical(record.string($0) ?? "").trimmingWhitespace() }
            return
        }
        let observation = try reader.parse(record, map: map, fileName: name, recent: &recent)
        let fields = map.map { VietnameseText.canonical(record.string($0) ?? "") }
        rows.append(FigureFile.Row(fields: fields, observation: observation, columns: map.map { record.column($0) }))
    }

    func finish() throws -> FigureFile {
        guard map != nil else {
            throw DataError("\(name) is empty: expected a header row (\(ObservationReader.columns.joined(separator: ",")))",
                            at: SourceLocation(file: name, line: 1, column: 1))
        }
        return FigureFile(name: name, rows: rows, hasSchemaHeader: headerNames == ObservationReader.columns)
    }
}
