/// Pure decisions about colour and charset, from flags and an environment passed as a dictionary.
public enum OutputPolicy {
    /// Whether to emit colour.
    ///
    /// Rule, first match wins: `--color always` → on; `--color never` → off; `NO_COLOR` non-empty → off;
    /// `FORCE_COLOR` non-empty → on, except "0" (and "false") → off; `TERM=dumb` → off;
    /// otherwise on exactly when standard output is a terminal.
    public static func colorEnabled(_ choice: ColorChoice, environment: [String: String], isTerminal: Bool) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto: break
        }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if let force = environment["FORCE_COLOR"], !force.isEmpty {
            return !(force == "0" || force.lowercased() == "false")
        }
        if environment["TERM"] == "dumb" { return false }
        return isTerminal
    }

    /// The charset to render with.
    ///
    /// Rule: `--charset ascii|unicode` wins. Otherwise the effective locale is the first non-empty of
    /// `LC_ALL`, `LC_CTYPE`, `LANG`; it is ASCII when it names a codeset (after ".", before "@") that is
    /// not UTF-8 ("en_US.ISO-8859-1"), Unicode when unset, "C", "POSIX", without a codeset, or UTF-8
    /// in any spelling ("utf8", "UTF-8").
    public static func charset(_ choice: CharsetChoice, environment: [String: String]) -> Charset {
        switch choice {
        case .ascii: return .ascii
        case .unicode: return .unicode
        case .auto: break
        }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale, locale != "C", locale != "POSIX" else { return .unicode }
        guard let dot = locale.firstIndex(of: ".") else { return .unicode }
        let codeset = locale[locale.index(after: dot)...].prefix { $0 != "@" }
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8" ? .unicode : .ascii
    }
}
