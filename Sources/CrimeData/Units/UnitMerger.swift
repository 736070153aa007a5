/// One line of the 1 July 2025 reorganisation crosswalk: an old unit that became part of a new one.
public struct UnitMerger: Hashable, Sendable {
    /// The unit after 1 July 2025 ("Tuyên Quang").
    public let newUnit: String
    /// A unit before ("Hà Giang").
    public let oldUnit: String
    public let source: String

    public init(newUnit: String, oldUnit: String, source: String) {
        self.newUnit = newUnit
        self.oldUnit = oldUnit
        self.source = source
    }
}
