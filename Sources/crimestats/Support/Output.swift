#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error. Output is produced whole and written once, so a failure never leaves
/// half an answer on stdout.
enum Output {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(1, base + offset, buffer.count - offset)
                if n <= 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }

    /// "crimestats: error: …" on standard error.
    static func error(_ message: String) {
        writeError("crimestats: error: \(message)\n")
    }

    /// A note on standard error (summaries, progress), never on stdout.
    static func note(_ message: String) {
        writeError(message + "\n")
    }

    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            _ = Glibc.write(2, base, buffer.count)
        }
    }

    static func exit(_ status: Int32) -> Never {
        Glibc.exit(status)
    }
}
