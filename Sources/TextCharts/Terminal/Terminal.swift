#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's terminal: width, whether standard output is one, and the variables the policies read.
///
/// This is the only file of the module that imports the C library.
public enum Terminal {
    /// Names of the environment variables ``OutputPolicy`` and ``width(environment:)`` read.
    public static let relevantVariables = ["NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS", "LANG", "LC_ALL", "LC_CTYPE"]

    /// The width to render at: the terminal's column count (TIOCGWINSZ on standard output),
    /// else `COLUMNS` when it is a positive integer, else 80.
    public static func width(environment: [String: String]) -> Int {
        resolveWidth(reported: reportedColumns(), environment: environment)
    }

    /// The width rule without the system call: `reported` if positive, else `COLUMNS`, else 80.
    public static func resolveWidth(reported: Int?, environment: [String: String]) -> Int {
        if let reported, reported > 0 { return reported }
        if let text = environment["COLUMNS"], let columns = Int(text.filter { $0 != " " }), columns > 0 {
            return columns
        }
        return 80
    }

    /// Whether standard output is a terminal (`isatty(1)`).
    public static var standardOutputIsTerminal: Bool {
        isatty(1) == 1
    }

    /// The values of ``relevantVariables`` in this process's environment (unset ones are absent).
    public static func environment() -> [String: String] {
        var result: [String: String] = [:]
        for name in relevantVariables {
            if let value = getenv(name) {
                result[name] = String(cString: value)
            }
        }
        return result
    }

    /// Columns reported by the terminal driver for standard output, if it is a terminal.
    static func reportedColumns() -> Int? {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
        #else
        return nil
        #endif
    }
}
