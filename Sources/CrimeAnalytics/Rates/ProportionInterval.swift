/// A confidence interval for a single proportion `k/n` (clearance rate, share of cases, …).
///
/// Build one with ``wilson(successes:trials:confidenceLevel:)``,
/// ``agrestiCoull(successes:trials:confidenceLevel:)`` or
/// ``clopperPearson(successes:trials:confidenceLevel:)``. Limits are proportions in [0, 1].
public struct ProportionInterval: Sendable, Equatable {
    /// How the interval was computed.
    public enum Method: String, Sendable, Equatable, CaseIterable {
        /// Wilson score interval (Wilson 1927).
        case wilson
        /// Agresti–Coull "add z²/2 successes and failures" interval (Agresti & Coull 1998).
        case agrestiCoull
        /// Clopper–Pearson "exact" interval from beta quantiles (Clopper & Pearson 1934).
        case clopperPearson
    }

    /// Number of successes k.
    public let successes: Int
    /// Number of trials n.
    public let trials: Int
    /// The confidence level.
    public let confidenceLevel: Double
    /// The method.
    public let method: Method
    /// Lower limit.
    public let lower: Double
    /// Upper limit.
    public let upper: Double

    /// The observed proportion `k/n`.
    public var estimate: Double { Double(successes) / Double(trials) }

    /// The limits as a ``ConfidenceInterval``.
    public var interval: ConfidenceInterval { ConfidenceInterval(lower: lower, upper: upper, level: confidenceLevel) }

    init(successes: Int, trials: Int, confidenceLevel: Double, method: Method, lower: Double, upper: Double) {
        self.successes = successes
        self.trials = trials
        self.confidenceLevel = confidenceLevel
        self.method = method
        self.lower = lower
        self.upper = upper
    }

    /// Validates `k` of `n` at `level`: throws for n = 0, negative counts, k > n or a bad level.
    static func validate(successes k: Int, trials n: Int, confidenceLevel: Double) throws(StatisticsError) {
        guard k >= 0, n >= 0 else { throw .negativeCount }
        guard n > 0 else { throw .zeroBase }
        guard k <= n else { throw .successesExceedTrials(successes: k, trials: n) }
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw .invalidParameter("confidence level \(confidenceLevel) outside (0, 1)")
        }
    }

    /// The two-sided critical value `z = Φ⁻¹((1 + level)/2)`.
    static func criticalValue(_ level: Double) -> Double {
        NormalDistribution.standard.quantile((1 + level) / 2)
    }
}
