#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input for "-") in chunks, without loading it whole.
public enum InputFile {
    /// Chunk size for reading: 1 MiB.
    static let chunkSize = 1 << 20

    /// Calls `body` with successive chunks of the file's bytes.
    public static func forEachChunk(path: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else {
            throw DataError("cannot open \(path): \(String(cString: strerror(errno)))")
        }
        defer { if fd != 0 { close(fd) } }
        var isDirectory = stat()
        if fstat(fd, &isDirectory) == 0 && (isDirectory.st_mode & S_IFMT) == S_IFDIR {
            throw DataError("cannot read \(path): it is a directory")
        }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer.baseAddress, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw DataError("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            try body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// The whole file as bytes (for report texts, which are small).
    public static func readAll(path: String, limit: Int = 64 << 20) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk(path: path) { chunk in
            bytes.append(contentsOf: chunk)
            if bytes.count > limit {
                throw DataError("\(path) is larger than \(limit >> 20) MiB; split it into smaller files")
            }
        }
        return bytes
    }

    /// Parses a CSV file record by record.
    public static func forEachRecord(path: String, displayName: String? = nil, delimiter: UInt8 = UInt8(ascii: ","),
                                     _ emit: (borrowing CSVRecord) throws -> Void) throws {
        var parser = CSVParser(fileName: displayName ?? path, delimiter: delimiter)
        try forEachChunk(path: path) { chunk in try parser.feed(chunk, emit: emit) }
        try parser.finish(emit: emit)
    }

    /// Parses CSV text held in memory (the bundled dataset, tests).
    public static func forEachRecord(text: String, fileName: String, delimiter: UInt8 = UInt8(ascii: ","),
                                     _ emit: (borrowing CSVRecord) throws -> Void) throws {
        var parser = CSVParser(fileName: fileName, delimiter: delimiter)
        var copy = text
        try copy.withUTF8 { try parser.feed($0, emit: emit) }
        try parser.finish(emit: emit)
    }
}
