/// The `--charset` flag.
public enum CharsetChoice: String, Sendable, Hashable, CaseIterable {
    /// Decide from the locale variables.
    case auto
    /// Unicode output.
    case unicode
    /// Pure ASCII output.
    case ascii
}
