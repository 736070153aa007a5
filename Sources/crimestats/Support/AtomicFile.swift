#if canImport(Glibc)
import Glibc
#endif
import CrimeData

/// Writes a file through a temporary name and renames it at the end, so a failure never leaves a
/// half-written file behind.
enum AtomicFile {
    static func write(path: String, _ body: ((String) throws -> Void) throws -> Void) throws {
        let temporary = path + ".tmp-\(getpid())"
        guard let file = fopen(temporary, "w") else {
            throw DataError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        var closed = false
        defer {
            if !closed { fclose(file); unlink(temporary) }
        }
        try body { text in
            var text = text
            let ok = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) == $0.count }
            if !ok { throw DataError("cannot write \(path): \(String(cString: strerror(errno)))") }
        }
        closed = true
        guard fclose(file) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw DataError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
