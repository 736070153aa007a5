/// The overdispersion of units around a funnel-plot target (Spiegelhalter 2005, Stat Med 24:1185; QSHC 14:347).
///
/// z-scores `zᵢ = (pᵢ − θ₀)/sᵢ` are winsorised at their 10th and 90th percentiles (type 7 quantiles);
/// `φ = mean(z_w²)`; `Iφ ~ χ²(I − 1)` under no overdispersion. The additive random-effects variance on the
/// proportion scale is `τ² = max(0, (Iφ − (I − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ))`, `wᵢ = 1/sᵢ²` (DerSimonian–Laird form).
public struct Overdispersion: Sendable, Equatable {
    /// The 10th percentile of the z-scores (lower winsorising bound).
    public let lowerWinsorBound: Double
    /// The 90th percentile of the z-scores (upper winsorising bound).
    public let upperWinsorBound: Double
    /// φ from winsorised z-scores.
    public let phi: Double
    /// φ from the raw z-scores (for reference; not used for decisions).
    public let unwinsorisedPhi: Double
    /// `I·φ`.
    public let testStatistic: Double
    /// `I − 1`.
    public let degreesOfFreedom: Int
    /// `P(χ²_{I−1} > Iφ)`.
    public let pValue: Double
    /// The additive between-unit variance τ² (proportion scale).
    public let tauSquared: Double

    /// Whether the φ test is significant at `alpha` (default 5 %).
    public func isSignificant(alpha: Double = 0.05) -> Bool { pValue < alpha }

    /// Estimates overdispersion from z-scores and standard errors (at least two units, all sᵢ > 0).
    init?(zScores z: [Double], standardErrors s: [Double]) {
        let count = z.count
        guard count >= 2, s.count == count, s.allSatisfy({ $0 > 0 && $0.isFinite }), z.allSatisfy(\.isFinite) else {
            return nil
        }
        let sorted = z.sorted()
        let lo = Self.quantileType7(sorted: sorted, 0.1), hi = Self.quantileType7(sorted: sorted, 0.9)
        let i = Double(count)
        let phi = z.reduce(0.0) { acc, v in
            let w = Swift.min(hi, Swift.max(lo, v))
            return acc + w * w
        } / i
        let weights = s.map { 1 / ($0 * $0) }
        let sumW = weights.reduce(0, +)
        let sumW2 = weights.reduce(0) { $0 + $1 * $1 }
        let statistic = i * phi
        lowerWinsorBound = lo
        upperWinsorBound = hi
        self.phi = phi
        unwinsorisedPhi = z.reduce(0) { $0 + $1 * $1 } / i
        testStatistic = statistic
        degreesOfFreedom = count - 1
        pValue = ChiSquaredDistribution(degreesOfFreedom: count - 1).sf(statistic)
        let denominator = sumW - sumW2 / sumW
        tauSquared = denominator > 0 ? Swift.max(0, (statistic - (i - 1)) / denominator) : 0
    }

    /// Hyndman–Fan type 7 quantile (R's default): `h = (n − 1)p`, linear interpolation.
    static func quantileType7(sorted v: [Double], _ p: Double) -> Double {
        let h = Double(v.count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = Swift.min(lower + 1, v.count - 1)
        return v[lower] + (h - Double(lower)) * (v[upper] - v[lower])
    }
}
