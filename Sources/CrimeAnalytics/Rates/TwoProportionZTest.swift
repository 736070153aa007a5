/// The pooled two-proportion z test of `p₁ = p₂`.
///
/// `p̄ = (k₁ + k₂)/(n₁ + n₂)`, `z = (p₁ − p₂)/√(p̄(1−p̄)(1/n₁ + 1/n₂))`, two-sided `p = 2(1 − Φ(|z|))`
/// (equivalent to the uncorrected χ² test of the 2×2 table; `statsmodels proportions_ztest`).
public struct TwoProportionZTest: Sendable, Equatable {
    /// `p₁ − p₂`.
    public let difference: Double
    /// The pooled proportion p̄.
    public let pooledProportion: Double
    /// The z statistic; `nil` when p̄ is 0 or 1 (no variation: both units at 0 % or both at 100 %).
    public let z: Double?
    /// The two-sided p-value; `nil` when z is undefined.
    public let pValue: Double?

    /// Tests `k₁/n₁` against `k₂/n₂`.
    ///
    /// - Throws: ``StatisticsError/zeroBase``, ``StatisticsError/negativeCount`` or
    ///   ``StatisticsError/successesExceedTrials(successes:trials:)``.
    public init(successes k1: Int, trials n1: Int, versus k2: Int, trials n2: Int) throws(StatisticsError) {
        try ProportionInterval.validate(successes: k1, trials: n1, confidenceLevel: 0.5)
        try ProportionInterval.validate(successes: k2, trials: n2, confidenceLevel: 0.5)
        let p1 = Double(k1) / Double(n1), p2 = Double(k2) / Double(n2)
        let pooled = (Double(k1) + Double(k2)) / (Double(n1) + Double(n2))
        difference = p1 - p2
        pooledProportion = pooled
        let variance = pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))
        if variance > 0 {
            let z = (p1 - p2) / variance.squareRoot()
            self.z = z
            pValue = NormalDistribution.twoSidedPValue(z)
        } else {
            z = nil
            pValue = nil
        }
    }
}
