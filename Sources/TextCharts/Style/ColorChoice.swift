/// The `--color` flag.
public enum ColorChoice: String, Sendable, Hashable, CaseIterable {
    /// Decide from the environment and whether standard output is a terminal.
    case auto
    /// Always emit SGR colour.
    case always
    /// Never emit colour.
    case never
}
