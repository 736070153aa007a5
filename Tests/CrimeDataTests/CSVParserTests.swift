import Testing
import CSV
import PropertyBased
@testable import CrimeData

/// Parses text with our parser, feeding it in chunks of `chunk` bytes to exercise chunk boundaries.
func parseOurs(_ text: String, chunk: Int = 1 << 20) throws -> [[String]] {
    var rows: [[String]] = []
    var parser = CSVParser(fileName: "test.csv")
    let bytes = Array(text.utf8)
    var start = 0
    repeat {
        let end = min(bytes.count, start + max(1, chunk))
        try bytes[start..<end].withUnsafeBufferPointer { buffer in
            try parser.feed(buffer) { record in rows.append((0..<record.count).map { record.string($0) ?? "<invalid>" }) }
        }
        start = end
    } while start < bytes.count
    try parser.finish { record in rows.append((0..<record.count).map { record.string($0) ?? "<invalid>" }) }
    return rows
}

@Suite("CSV parser")
struct CSVParserTests {
    @Test("quoted fields, doubled quotes, embedded commas and line ends")
    func quoting() throws {
        let text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n"
        #expect(try parseOurs(text) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["", "", ""]])
    }

    @Test("BOM, CRLF, no final line end, blank lines skipped")
    func bomAndCRLF() throws {
        let text = "\u{FEFF}a,b\r\n1,2\r\n\r\n3,4"
        for chunk in [1, 2, 3, 7, 100] {
            #expect(try parseOurs(text, chunk: chunk) == [["a", "b"], ["1", "2"], ["3", "4"]], "chunk \(chunk)")
        }
    }

    @Test("line and column of each record and field")
    func locations() throws {
        var seen: [(Int, Int)] = []
        var parser = CSVParser(fileName: "f.csv")
        var text = "a,b\n\"multi\nline\",Hà Nội,x\nz,w\n"
        try text.withUTF8 { try parser.feed($0) { r in seen.append((r.line, r.column(r.count - 1))) } }
        try parser.finish { _ in }
        #expect(seen.map(\.0) == [1, 2, 4])
        #expect(seen.map(\.1) == [3, 14, 3])
    }

    @Test("malformed input names line and column", arguments: [
        ("a,b\n1,\"open\n", "f.csv:2:3: a quoted field is never closed"),
        ("a,b\n1,x\"y\n", "f.csv:2:4: a quote inside an unquoted field (quote the whole field and double the quote)"),
        ("a,b\n\"1\"x,2\n", "f.csv:2:4: unexpected character after a closing quote"),
    ])
    func malformed(text: String, message: String) {
        var parser = CSVParser(fileName: "f.csv")
        var copy = text
        do {
            try copy.withUTF8 { try parser.feed($0) { _ in } }
            try parser.finish { _ in }
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.description == message)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// A field generator biased towards the characters that matter to CSV.
    static let fieldAlphabet: [String] = ["a", "b", "Hà", "Nội", "ễ", " ", ",", "\"", "\n", "\r\n", "1", ".", "đ", "x"]

    static func render(_ rows: [[String]], crlf: Bool) -> String {
        rows.map { row in
            row.map { field in
                field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                    || field.isEmpty && row.count == 1
                    ? "\"" + field.replacingQuotes() + "\"" : field
            }.joined(separator: ",")
        }.joined(separator: crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n")
    }

    @Test("differential: same rows as CSV.swift on random RFC 4180 documents")
    func differential() async throws {
        let field = Gen.int(in: 0...(CSVParserTests.fieldAlphabet.count - 1)).array(of: 0...6)
            .map { $0.map { CSVParserTests.fieldAlphabet[$0] }.joined() }
        let rows = field.array(of: 1...5).array(of: 1...8)
        await propertyCheck(count: 300, input: rows, Gen.bool, Gen.int(in: 1...17)) { rows, crlf, chunk in
            // CSV.swift pads nothing; use rows of equal width, as a CSV file has.
            let width = rows.map(\.count).max() ?? 1
            let table = rows.map { $0 + Array(repeating: "x", count: width - $0.count) }
            let text = CSVParserTests.render(table, crlf: crlf)
            let ours = try? parseOurs(text, chunk: chunk)
            var theirs: [[String]] = []
            if let reader = try? CSVReader(string: text) {
                while let row = reader.next() { theirs.append(row) }
            }
            #expect(ours == theirs, "\(text.debugDescription)")
            #expect(ours == table, "\(text.debugDescription)")
        }
    }

    @Test("adversarial documents agree with CSV.swift", arguments: [
        "a\n", "\"\"\n", "a,\"\"\n", "\"a\"\"\"\n", "\",\",\"\"\"\"\n", "x,y\r\n1,2\r\n", "only", "\"q\nq\",1\n",
        "ẫ,ễ,ữ\n", ",\n", "\"\",\"\"\n",
    ])
    func adversarial(text: String) throws {
        var theirs: [[String]] = []
        let reader = try CSVReader(string: text)
        while let row = reader.next() { theirs.append(row) }
        #expect(try parseOurs(text) == theirs)
        #expect(try parseOurs(text, chunk: 1) == theirs)
    }
}

extension String {
    func replacingQuotes() -> String { var s = ""; for c in self { s += c == "\"" ? "\"\"" : String(c) }; return s }
}
