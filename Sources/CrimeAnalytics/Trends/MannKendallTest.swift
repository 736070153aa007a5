internal import Glibc

/// The Mann–Kendall test for a monotonic trend, with the tie correction.
///
/// `S = Σ_{i<j} sign(xⱼ − xᵢ)`, `Var S = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18` over groups of tied values,
/// continuity-corrected `Z = (S − sign S)/√Var S`, two-sided `p = 2(1 − Φ(|Z|))`, Kendall's
/// `τ_a = S / (n(n−1)/2)` (Mann 1945; Kendall 1975; matches `pymannkendall.original_test`).
public struct MannKendallTest: Sendable, Equatable {
    /// Number of values used (NaN and infinities are dropped).
    public let observationCount: Int
    /// The Mann–Kendall statistic S.
    public let s: Int
    /// Tie-corrected variance of S.
    public let variance: Double
    /// Continuity-corrected standard-normal statistic.
    public let z: Double
    /// Two-sided p-value.
    public let pValue: Double
    /// Kendall's τ_a.
    public let tau: Double

    /// Tests `values` given in time order; `nil` when fewer than 3 values remain or all are tied.
    public init?(values: [Double]) {
        let x = values.filter(\.isFinite)
        let n = x.count
        guard n >= 3 else { return nil }
        var s = 0
        for i in 0..<(n - 1) {
            for j in (i + 1)..<n {
                if x[j] > x[i] { s += 1 } else if x[j] < x[i] { s -= 1 }
            }
        }
        var counts: [Double: Int] = [:]
        for v in x { counts[v, default: 0] += 1 }
        guard counts.count > 1 else { return nil }
        let nd = Double(n)
        let ties = counts.values.filter { $0 > 1 }.reduce(0.0) { acc, t in
            let t = Double(t)
            return acc + t * (t - 1) * (2 * t + 5)
        }
        let variance = (nd * (nd - 1) * (2 * nd + 5) - ties) / 18
        let z: Double
        if s > 0 {
            z = Double(s - 1) / sqrt(variance)
        } else if s < 0 {
            z = Double(s + 1) / sqrt(variance)
        } else {
            z = 0
        }
        observationCount = n
        self.s = s
        self.variance = variance
        self.z = z
        pValue = NormalDistribution.twoSidedPValue(z)
        tau = Double(s) / (nd * (nd - 1) / 2)
    }
}
