/// A two-sided confidence interval `[lower, upper]` at a stated confidence level.
public struct ConfidenceInterval: Sendable, Equatable, CustomStringConvertible {
    /// The lower limit.
    public let lower: Double
    /// The upper limit.
    public let upper: Double
    /// The confidence level, e.g. 0.95.
    public let level: Double

    /// An interval `[lower, upper]` at `level`.
    public init(lower: Double, upper: Double, level: Double = 0.95) {
        self.lower = lower
        self.upper = upper
        self.level = level
    }

    /// The width `upper − lower`.
    public var width: Double { upper - lower }

    /// Whether `value` lies in the closed interval.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    public var description: String { "[\(lower), \(upper)] (\(level * 100)%)" }
}
