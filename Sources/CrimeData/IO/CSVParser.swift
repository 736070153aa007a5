/// A streaming RFC 4180 parser over bytes: quoted fields, doubled quotes, CRLF or LF, a leading BOM.
///
/// Written by hand rather than taken from CSV.swift or SwiftCSV: the end-to-end benchmark reads 73 MB
/// in well under half a second, which needs a byte-level state machine that reuses one record buffer
/// (both libraries build a String per field). It is tested differentially against CSV.swift on random
/// and adversarial inputs (Tests/CrimeDataTests/CSVParserDifferentialTests.swift).
public struct CSVParser {
    public let fileName: String
    public let delimiter: UInt8
    private var record = CSVRecord()
    private var state = State.fieldStart
    private var line = 1
    private var column = 1
    private var quoteLine = 1
    private var quoteColumn = 1
    private var atFileStart = true
    private var pendingBOM: [UInt8] = []
    private var lastWasCR = false
    /// Whether the current record had a quoted field (so `""` alone is a record, not a blank line).
    private var recordHadQuote = false

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    public init(fileName: String, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.fileName = fileName
        self.delimiter = delimiter
        record.reset(line: 1)
    }

    /// Feeds a chunk of input; calls `emit` for every complete record.
    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>,
                              emit: (borrowing CSVRecord) throws -> Void) throws {
        var index = 0
        let count = chunk.count
        if atFileStart {
            // Skip a UTF-8 BOM, which may straddle chunks.
            while index < count && pendingBOM.count < 3 {
                pendingBOM.append(chunk[index])
                index += 1
                if !([0xEF, 0xBB, 0xBF] as [UInt8]).starts(with: pendingBOM) { break }
            }
            if pendingBOM.count < 3 && index == count && ([0xEF, 0xBB, 0xBF] as [UInt8]).starts(with: pendingBOM) {
                return
            }
            atFileStart = false
            let replay = pendingBOM == [0xEF, 0xBB, 0xBF] ? [] : pendingBOM
            pendingBOM = []
            for byte in replay { try step(byte, emit: emit) }
        }
        let quote = UInt8(ascii: "\"")
        while index < count {
            let byte = chunk[index]
            // Fast path, field start with a plain byte: what `step` does in `.fieldStart`; the byte itself
            // is then taken by the unquoted scan below (append, column count, lastWasCR = false).
            if state == .fieldStart && byte != quote && byte != delimiter && byte != 10 && byte != 13 {
                record.columns.append(column)
                state = .unquoted
            }
            // Fast path: plain bytes inside an unquoted or quoted field.
            if state == .unquoted || state == .quoted {
                var end = index
                let stopQuoted = state == .quoted
                while end < count {
                    let b = chunk[end]
                    if b == UInt8(ascii: "\"") || b == 10 || b == 13 || (!stopQuoted && b == delimiter) { break }
                    end += 1
                }
                if end > index {
                    record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[index..<end]))
                    for b in chunk[index..<end] where b & 0xC0 != 0x80 { column += 1 }
                    lastWasCR = false
                    index = end
                    continue
                }
                // Fast path, delimiter ending an unquoted field: what `step` does in `.unquoted`.
                if !stopQuoted && byte == delimiter {
                    record.ends.append(record.bytes.count)
                    state = .fieldStart
                    lastWasCR = byte == 13
                    if byte & 0xC0 != 0x80 { column += 1 }
                    index += 1
                    continue
                }
            }
            try step(byte, emit: emit)
            index += 1
        }
    }

    private mutating func step(_ byte: UInt8, emit: (borrowing CSVRecord) throws -> Void) throws {
        let isContinuation = byte & 0xC0 == 0x80
        switch state {
        case .fieldStart:
            record.columns.append(column)
            if byte == UInt8(ascii: "\"") {
                state = .quoted
                recordHadQuote = true
                quoteLine = line
                quoteColumn = column
            } else if byte == delimiter {
                record.ends.append(record.bytes.count)
            } else if byte == 10 || byte == 13 {
                record.ends.append(record.bytes.count)
                try endRecord(byte, emit: emit)
                return
            } else {
                record.bytes.append(byte)
                state = .unquoted
            }
        case .unquoted:
            if byte == delimiter {
                record.ends.append(record.bytes.count)
                state = .fieldStart
            } else if byte == 10 || byte == 13 {
                record.ends.append(record.bytes.count)
                try endRecord(byte, emit: emit)
                return
            } else if byte == UInt8(ascii: "\"") {
                throw DataError("a quote inside an unquoted field (quote the whole field and double the quote)",
                                at: SourceLocation(file: fileName, line: line, column: column))
            } else {
                record.bytes.append(byte)
            }
        case .quoted:
            if byte == UInt8(ascii: "\"") {
                state = .quoteInQuoted
            } else {
                record.bytes.append(byte)
                if byte == 10 {
                    if !lastWasCR { line += 1 }
                    column = 0
                } else if byte == 13 {
                    line += 1
                    column = 0
                }
            }
        case .quoteInQuoted:
            if byte == UInt8(ascii: "\"") {
                record.bytes.append(byte)
                state = .quoted
            } else if byte == delimiter {
                record.ends.append(record.bytes.count)
                state = .fieldStart
            } else if byte == 10 || byte == 13 {
                record.ends.append(record.bytes.count)
                try endRecord(byte, emit: emit)
                return
            } else {
                throw DataError("unexpected character after a closing quote",
                                at: SourceLocation(file: fileName, line: line, column: column))
            }
        }
        lastWasCR = byte == 13
        if !isContinuation { column += 1 }
    }

    private mutating func endRecord(_ byte: UInt8, emit: (borrowing CSVRecord) throws -> Void) throws {
        // A CR followed by LF is one line end: the LF arrives as an empty record start, skipped below.
        let isBlank = record.ends.count == 1 && record.bytes.isEmpty && !recordHadQuote
        recordHadQuote = false
        if !(isBlank && byte == 10 && lastWasCR) && !isBlank {
            try emit(record)
        }
        if !(byte == 10 && lastWasCR) { line += 1 }
        lastWasCR = byte == 13
        column = 1
        state = .fieldStart
        record.reset(line: line)
    }

    /// Ends the input: emits a last record without a line end, or reports an unterminated quote.
    public mutating func finish(emit: (borrowing CSVRecord) throws -> Void) throws {
        if atFileStart && !pendingBOM.isEmpty {
            atFileStart = false
            let replay = pendingBOM
            pendingBOM = []
            for byte in replay { try step(byte, emit: emit) }
        }
        switch state {
        case .quoted:
            throw DataError("a quoted field is never closed",
                            at: SourceLocation(file: fileName, line: quoteLine, column: quoteColumn))
        case .unquoted, .quoteInQuoted:
            record.ends.append(record.bytes.count)
            try emit(record)
        case .fieldStart:
            if !record.columns.isEmpty {
                record.ends.append(record.bytes.count)
                try emit(record)
            }
        }
        state = .fieldStart
        record.reset(line: line)
    }
}
