/// The Cochran–Armitage test for a linear trend in proportions across ordered groups (e.g. years).
///
/// With scores `sᵢ`, `p̄ = Σk/Σn` and `s̄ = Σnᵢsᵢ/Σn`: `T = Σkᵢ(sᵢ − s̄)`, `Var T = p̄(1−p̄)Σnᵢ(sᵢ − s̄)²`,
/// `z = T/√Var T`, `χ² = z²` on 1 df, two-sided p (Cochran 1954; Armitage 1955; identical to R's
/// `prop.trend.test`, the weighted regression of `k/n` on score). Default scores are centred
/// (`−2, −1, 0, 1, 2` for five groups); any affine change of scores gives the same test.
public struct CochranArmitageTest: Sendable, Equatable {
    /// The signed z statistic (positive: proportions rise with the score); `nil` when undefined.
    public let z: Double?
    /// The χ² statistic `z²` on 1 degree of freedom.
    public let chiSquared: Double?
    /// The two-sided p-value.
    public let pValue: Double?
    /// The scores used.
    public let scores: [Double]

    /// Tests `successes[i]` of `trials[i]` over ordered groups with the given `scores` (default centred).
    ///
    /// The statistics are `nil` when p̄ is 0 or 1 or all used scores are equal.
    /// - Throws: ``StatisticsError/lengthMismatch(expected:actual:)``, ``StatisticsError/negativeCount``,
    ///   ``StatisticsError/successesExceedTrials(successes:trials:)`` or
    ///   ``StatisticsError/insufficientData(needed:available:)`` (fewer than two groups with n > 0).
    public init(successes: [Int], trials: [Int], scores: [Double]? = nil) throws(StatisticsError) {
        let count = successes.count
        guard trials.count == count else { throw .lengthMismatch(expected: count, actual: trials.count) }
        let scores = scores ?? (0..<count).map { Double($0) - Double(count - 1) / 2 }
        guard scores.count == count else { throw .lengthMismatch(expected: count, actual: scores.count) }
        guard scores.allSatisfy(\.isFinite) else { throw .nonFinite }
        var used = 0
        for i in 0..<count {
            guard successes[i] >= 0, trials[i] >= 0 else { throw .negativeCount }
            guard successes[i] <= trials[i] else { throw .successesExceedTrials(successes: successes[i], trials: trials[i]) }
            if trials[i] > 0 { used += 1 }
        }
        guard used >= 2 else { throw .insufficientData(needed: 2, available: used) }
        self.scores = scores
        let totalN = trials.reduce(0) { $0 + Double($1) }
        let totalK = successes.reduce(0) { $0 + Double($1) }
        let pooled = totalK / totalN
        let meanScore = zip(trials, scores).reduce(0.0) { $0 + Double($1.0) * $1.1 } / totalN
        var t = 0.0, ss = 0.0
        for i in 0..<count {
            let d = scores[i] - meanScore
            t += Double(successes[i]) * d
            ss += Double(trials[i]) * d * d
        }
        let variance = pooled * (1 - pooled) * ss
        if variance > 0 {
            let z = t / variance.squareRoot()
            self.z = z
            chiSquared = z * z
            pValue = NormalDistribution.twoSidedPValue(z)
        } else {
            z = nil
            chiSquared = nil
            pValue = nil
        }
    }
}
