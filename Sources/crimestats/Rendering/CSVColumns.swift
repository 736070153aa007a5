import CrimeData

/// A CSV file read whole for charting: header names, and each cell with its line and column.
struct CSVColumns {
    let fileName: String
    let header: [String]
    let rows: [(cells: [String], line: Int, columns: [Int])]

    static func read(path: String, delimiter: UInt8) throws -> CSVColumns {
        let name = path == "-" ? "<stdin>" : path
        var header: [String]? = nil
        var rows: [(cells: [String], line: Int, columns: [Int])] = []
        try InputFile.forEachRecord(path: path, displayName: name, delimiter: delimiter) { record in
            var cells: [String] = []
            for i in 0..<record.count {
                guard let s = record.string(i) else {
                    throw DataError("not valid UTF-8", at: SourceLocation(file: name, line: record.line, column: record.column(i)))
                }
                cells.append(VietnameseText.canonical(s))
            }
            if header == nil {
                header = cells.map { $0.trimmingTrailingSpaces() }
            } else {
                rows.append((cells, record.line, (0..<record.count).map { record.column($0) }))
            }
        }
        guard let header else { throw DataError("\(name) is empty: expected a header row", at: SourceLocation(file: name, line: 1, column: 1)) }
        return CSVColumns(fileName: name, header: header, rows: rows)
    }

    /// The index of a named column, or an error listing the columns there are.
    func column(_ name: String) throws -> Int {
        guard let i = header.firstIndex(of: name) else {
            throw DataError("no column \"\(name)\"; the columns are \(header.map { "\"\($0)\"" }.joined(separator: ", "))",
                            at: SourceLocation(file: fileName, line: 1, column: 1))
        }
        return i
    }

    /// The cell as a number: nil when empty, an error naming line and column when not a number.
    func number(row: Int, column: Int) throws -> Double? {
        let r = rows[row]
        guard column < r.cells.count else {
            throw DataError("row has \(r.cells.count) fields, the header \(header.count)",
                            at: SourceLocation(file: fileName, line: r.line, column: r.columns.last ?? 1))
        }
        let text = r.cells[column].trimmingTrailingSpaces()
        if text.isEmpty || text == "NA" || text == "null" { return nil }
        if let plain = DecimalValue(Substring(text)) { return plain.doubleValue }
        if let vi = VietnameseNumber.parse(text) { return vi.doubleValue }
        throw DataError("\"\(text)\" in column \"\(header[column])\" is not a number",
                        at: SourceLocation(file: fileName, line: r.line, column: r.columns[column]))
    }

    func text(row: Int, column: Int) -> String {
        column < rows[row].cells.count ? rows[row].cells[column] : ""
    }
}
