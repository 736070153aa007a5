/// Pearson's χ² test that several units share one proportion (a 2 × I contingency table).
///
/// Expected counts `Eᵢ = nᵢ·p̄` and `nᵢ(1 − p̄)` with `p̄ = Σk/Σn`; `χ² = Σ(O − E)²/E` over the 2I cells
/// on `I − 1` degrees of freedom, without continuity correction (`scipy.stats.chi2_contingency`,
/// `correction=False`). Cochran's rule: the approximation is doubtful when an expected count is < 5,
/// reported by ``hasSmallExpectedCounts``.
public struct HomogeneityTest: Sendable, Equatable {
    /// The χ² statistic; `nil` when p̄ is 0 or 1 (every cell of one kind is empty).
    public let statistic: Double?
    /// Degrees of freedom `I − 1` (units with n = 0 are left out of I).
    public let degreesOfFreedom: Int
    /// The p-value `P(χ²_{I−1} > statistic)`.
    public let pValue: Double?
    /// The smallest expected cell count.
    public let smallestExpectedCount: Double
    /// Indices of units left out because their base is 0.
    public let excludedIndices: [Int]

    /// Whether any expected count is below 5 (Cochran's rule): treat the p-value with caution.
    public var hasSmallExpectedCounts: Bool { smallestExpectedCount < 5 }

    /// Tests `successes[i]` of `trials[i]` across units.
    ///
    /// - Throws: ``StatisticsError/lengthMismatch(expected:actual:)``, ``StatisticsError/negativeCount``,
    ///   ``StatisticsError/successesExceedTrials(successes:trials:)``, or
    ///   ``StatisticsError/insufficientData(needed:available:)`` with fewer than two units with n > 0.
    public init(successes: [Int], trials: [Int]) throws(StatisticsError) {
        guard successes.count == trials.count else { throw .lengthMismatch(expected: successes.count, actual: trials.count) }
        var used: [Int] = [], excluded: [Int] = []
        for i in successes.indices {
            guard successes[i] >= 0, trials[i] >= 0 else { throw .negativeCount }
            guard successes[i] <= trials[i] else { throw .successesExceedTrials(successes: successes[i], trials: trials[i]) }
            if trials[i] == 0 { excluded.append(i) } else { used.append(i) }
        }
        guard used.count >= 2 else { throw .insufficientData(needed: 2, available: used.count) }
        let totalK = used.reduce(0.0) { $0 + Double(successes[$1]) }
        let totalN = used.reduce(0.0) { $0 + Double(trials[$1]) }
        let pooled = totalK / totalN
        var chi2 = 0.0
        var smallest = Double.infinity
        for i in used {
            let n = Double(trials[i]), k = Double(successes[i])
            let e1 = n * pooled, e0 = n * (1 - pooled)
            smallest = Swift.min(smallest, e1, e0)
            if e1 > 0 { chi2 += (k - e1) * (k - e1) / e1 }
            if e0 > 0 { chi2 += (n - k - e0) * (n - k - e0) / e0 }
        }
        degreesOfFreedom = used.count - 1
        smallestExpectedCount = smallest
        excludedIndices = excluded
        if pooled > 0 && pooled < 1 {
            statistic = chi2
            pValue = ChiSquaredDistribution(degreesOfFreedom: used.count - 1).sf(chi2)
        } else {
            statistic = nil
            pValue = nil
        }
    }
}
