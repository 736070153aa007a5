/// One cell of a unit × year table: the figure used, and any other values other sources stated.
public struct SeriesCell: Sendable, Hashable {
    /// The figure shown: the later-published one when sources disagree.
    public let observation: Observation
    /// Other figures for the same unit, period and metric with a different value.
    public let conflicts: [Observation]

    public init(observation: Observation, conflicts: [Observation] = []) {
        self.observation = observation
        self.conflicts = conflicts
    }

    public var value: Double { observation.value }
    public var qualifier: Qualifier { observation.qualifier }
    /// Whether another source stated a different value.
    public var isConflicted: Bool { !conflicts.isEmpty }
    /// Whether the value can enter statistics (exact, not "trên 80%").
    public var isExact: Bool { observation.qualifier == .exact }
}
