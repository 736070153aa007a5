/// The difference of two independent proportions `p₁ − p₂` with Newcombe's hybrid-score interval.
///
/// With Wilson limits `(l₁, u₁)` and `(l₂, u₂)`: `lower = d − √((p₁ − l₁)² + (u₂ − p₂)²)`,
/// `upper = d + √((u₁ − p₁)² + (p₂ − l₂)²)` (Newcombe 1998, Stat Med 17:873, method 10).
/// Well behaved at 0 % and 100 %.
public struct ProportionDifference: Sendable, Equatable {
    /// k₁ and n₁.
    public let first: (successes: Int, trials: Int)
    /// k₂ and n₂.
    public let second: (successes: Int, trials: Int)
    /// `p₁ − p₂`.
    public let difference: Double
    /// Newcombe's hybrid-score confidence interval for the difference.
    public let confidenceInterval: ConfidenceInterval

    /// Compares `k₁/n₁` with `k₂/n₂`.
    ///
    /// - Throws: as ``ProportionInterval/wilson(successes:trials:confidenceLevel:)`` for either proportion.
    public init(
        successes k1: Int, trials n1: Int, versus k2: Int, trials n2: Int, confidenceLevel: Double = 0.95
    ) throws(StatisticsError) {
        let w1 = try ProportionInterval.wilson(successes: k1, trials: n1, confidenceLevel: confidenceLevel)
        let w2 = try ProportionInterval.wilson(successes: k2, trials: n2, confidenceLevel: confidenceLevel)
        let p1 = w1.estimate, p2 = w2.estimate
        let d = p1 - p2
        let lowerSpread = ((p1 - w1.lower) * (p1 - w1.lower) + (w2.upper - p2) * (w2.upper - p2)).squareRoot()
        let upperSpread = ((w1.upper - p1) * (w1.upper - p1) + (p2 - w2.lower) * (p2 - w2.lower)).squareRoot()
        first = (k1, n1)
        second = (k2, n2)
        difference = d
        confidenceInterval = ConfidenceInterval(lower: d - lowerSpread, upper: d + upperSpread, level: confidenceLevel)
    }

    public static func == (a: ProportionDifference, b: ProportionDifference) -> Bool {
        a.first == b.first && a.second == b.second && a.difference == b.difference
            && a.confidenceInterval == b.confidenceInterval
    }
}
