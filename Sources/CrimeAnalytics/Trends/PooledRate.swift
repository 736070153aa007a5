/// A rate pooled over several periods: `Σk / Σn` (never the mean of the periods' rates).
///
/// Pooling weights each period by its base, so small periods do not distort the rate; the mean of
/// rates does not estimate any population proportion when bases differ.
public struct PooledRate: Sendable, Equatable {
    /// Index of the first period in the window.
    public let firstIndex: Int
    /// Index of the last period in the window.
    public let lastIndex: Int
    /// `Σk` over the window.
    public let successes: Double
    /// `Σn` over the window.
    public let trials: Double

    /// `Σk / Σn`; `nil` when `Σn` is 0.
    public var proportion: Double? { trials > 0 ? successes / trials : nil }
    /// `100 · Σk / Σn`.
    public var percent: Double? { proportion.map { 100 * $0 } }

    /// Pools `successes` and `trials` over the periods `firstIndex...lastIndex`.
    public init(firstIndex: Int, lastIndex: Int, successes: Double, trials: Double) {
        self.firstIndex = firstIndex
        self.lastIndex = lastIndex
        self.successes = successes
        self.trials = trials
    }

    /// Rolling pooled rates over windows of `window` consecutive periods (`count − window + 1` results).
    ///
    /// A window containing a missing (non-finite) or negative count is `nil`; so is a window whose
    /// base sums to 0 (its ``proportion`` would be undefined).
    public static func rolling(successes: [Double], trials: [Double], window: Int) -> [PooledRate?] {
        guard window >= 1, successes.count == trials.count, successes.count >= window else { return [] }
        return (0...(successes.count - window)).map { start in
            let range = start..<(start + window)
            var k = 0.0, n = 0.0
            for i in range {
                guard successes[i].isFinite, trials[i].isFinite, successes[i] >= 0, trials[i] >= 0 else { return nil }
                k += successes[i]
                n += trials[i]
            }
            guard n > 0 else { return nil }
            return PooledRate(firstIndex: range.lowerBound, lastIndex: range.upperBound - 1, successes: k, trials: n)
        }
    }
}
