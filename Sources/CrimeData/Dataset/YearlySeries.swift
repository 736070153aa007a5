/// One unit's exact yearly values of one metric, in year order (one span, no qualified figures).
public struct YearlySeries: Sendable, Hashable {
    public let unit: UnitRef
    public let metric: String
    public let years: [Int]
    public let values: [Double]
    /// Years whose figure was stated with a verbal bound ("trên 80%") and so left out.
    public let qualifiedYears: [Int]
    /// Years where two sources stated different values (the later-published one is used).
    public let conflictedYears: [Int]
    /// Whether the series has figures both before and after the 1 July 2025 reorganisation.
    public let crossesReorganisation: Bool

    public init(unit: UnitRef, metric: String, years: [Int], values: [Double], qualifiedYears: [Int] = [],
                conflictedYears: [Int] = [], crossesReorganisation: Bool = false) {
        self.unit = unit
        self.metric = metric
        self.years = years
        self.values = values
        self.qualifiedYears = qualifiedYears
        self.conflictedYears = conflictedYears
        self.crossesReorganisation = crossesReorganisation
    }
}
