internal import Glibc

/// A normal distribution `N(μ, σ²)`: density, cdf, survival function and quantile.
///
/// `Φ(z) = ½ erfc(−z/√2)` (C library `erfc`, accurate in both tails). The quantile is Wichura's
/// algorithm AS 241 (`PPND16`, Applied Statistics 37, 1988, ≈1e-16 relative) followed by one Halley
/// step on the tail probability, so it agrees with `scipy.stats.norm.ppf` to a few ulps.
public struct NormalDistribution: Sendable, Equatable {
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ (> 0).
    public let standardDeviation: Double

    /// `N(mean, standardDeviation²)`.
    public init(mean: Double = 0, standardDeviation: Double = 1) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// The standard normal `N(0, 1)`.
    public static let standard = NormalDistribution()

    /// The density `φ((x−μ)/σ)/σ`.
    public func density(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return exp(-0.5 * z * z) / (standardDeviation * 2.5066282746310002)
    }

    /// `P(X ≤ x) = ½ erfc(−(x−μ)/(σ√2))`.
    public func cdf(_ x: Double) -> Double {
        0.5 * erfc(-(x - mean) / standardDeviation * 0.70710678118654752440)
    }

    /// `P(X > x) = ½ erfc((x−μ)/(σ√2))`, accurate far into the upper tail.
    public func sf(_ x: Double) -> Double {
        0.5 * erfc((x - mean) / standardDeviation * 0.70710678118654752440)
    }

    /// The two-sided p-value `2·P(|Z| ≥ |z|)` of a standard-normal statistic `z` (NaN stays NaN).
    public static func twoSidedPValue(_ z: Double) -> Double {
        guard !z.isNaN else { return .nan }
        return Swift.min(1, erfc(Swift.abs(z) * 0.70710678118654752440))
    }

    /// The quantile `x` with `P(X ≤ x) = p`; `±∞` at 0 and 1, NaN outside `[0, 1]`.
    public func quantile(_ p: Double) -> Double {
        mean + standardDeviation * NormalDistribution.standardQuantile(p)
    }

    /// The standard-normal quantile `Φ⁻¹(p)`: AS 241 plus one Halley refinement step.
    static func standardQuantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        var z = as241(p)
        // Halley step on the smaller tail: e = Φ(z) − p (lower) or (1 − p) − Q(z) (upper).
        let e = p < 0.5 ? 0.5 * erfc(-z * 0.70710678118654752440) - p : (1 - p) - 0.5 * erfc(z * 0.70710678118654752440)
        let u = e * 2.5066282746310002 * exp(0.5 * z * z)
        if u.isFinite { z -= u / (1 + 0.5 * z * u) }
        return z
    }

    /// Wichura's AS 241 `PPND16`.
    static func as241(_ p: Double) -> Double {
        let q = p - 0.5
        if Swift.abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let num = (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                + 133.14166789178437745) * r + 3.387132872796366608)
            let den = (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                + 42.313330701600911252) * r + 1)
            return q * num / den
        }
        var r = q < 0 ? p : 1 - p
        r = sqrt(-log(r))
        var value: Double
        if r <= 5 {
            r -= 1.6
            let num = (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                + 4.6303378461565452959) * r + 1.42343711074968357734)
            let den = (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                + 2.05319162663775882187) * r + 1)
            value = num / den
        } else {
            r -= 5
            let num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                + 5.4637849111641143699) * r + 6.6579046435011037772)
            let den = (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                + 0.59983220655588793769) * r + 1)
            value = num / den
        }
        return q < 0 ? -value : value
    }
}
