internal import Glibc

/// Student's t distribution with ν degrees of freedom: density, cdf, survival function, quantile.
///
/// Tails via the regularised incomplete beta function: for `t < 0`,
/// `F(t) = ½ I_{ν/(ν+t²)}(ν/2, ½)` (Abramowitz & Stegun 26.5.27 / 26.7.1), with `x` and `1 − x` passed
/// separately so both tails keep full relative precision. The quantile inverts the incomplete beta
/// function and polishes with Newton steps on the tail. `ν = ∞` is the standard normal. Invalid ν
/// (≤ 0 or NaN) gives NaN.
public struct StudentTDistribution: Sendable, Equatable {
    /// The degrees of freedom ν (> 0, may be fractional or infinite).
    public let degreesOfFreedom: Double

    /// The t distribution with `degreesOfFreedom` degrees of freedom.
    public init(degreesOfFreedom: Double) { self.degreesOfFreedom = degreesOfFreedom }

    /// The t distribution with an integer number of degrees of freedom.
    public init(degreesOfFreedom: Int) { self.degreesOfFreedom = Double(degreesOfFreedom) }

    private var isValid: Bool { degreesOfFreedom > 0 }

    /// The density `Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2)`.
    public func density(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        guard isValid, !t.isNaN else { return .nan }
        if nu == .infinity { return NormalDistribution.standard.density(t) }
        let logC = GammaFunction.logGamma((nu + 1) / 2) - GammaFunction.logGamma(nu / 2) - 0.5 * log(nu * Double.pi)
        return exp(logC - (nu + 1) / 2 * log1p(t * t / nu))
    }

    /// The lower-tail probability `P(T ≤ −|t|)`.
    private func tail(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        if nu == .infinity { return NormalDistribution.standard.cdf(-Swift.abs(t)) }
        if t.isInfinite { return 0 }
        let t2 = t * t
        let x = nu / (nu + t2), y = t2 / (nu + t2)
        return 0.5 * IncompleteBeta.regularized(x: x, complement: y, a: nu / 2, b: 0.5).lower
    }

    /// `P(T ≤ t)`.
    public func cdf(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        let lower = tail(t)
        return t <= 0 ? lower : 1 - lower
    }

    /// `P(T > t)`, accurate in the upper tail.
    public func sf(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        let lower = tail(t)
        return t >= 0 ? lower : 1 - lower
    }

    /// The two-sided p-value `P(|T| ≥ |t|) = 2·P(T ≤ −|t|)`.
    public func twoSidedPValue(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        return Swift.min(1, 2 * tail(t))
    }

    /// The quantile `t` with `P(T ≤ t) = p` (`±∞` at 0 and 1, NaN outside `[0, 1]`).
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        let nu = degreesOfFreedom
        if nu == .infinity { return NormalDistribution.standard.quantile(p) }
        // Work in the lower tail: q = min(p, 1 − p), t < 0, then reflect.
        let q = p < 0.5 ? p : 1 - p
        let x = IncompleteBeta.inverse(p: 2 * q, a: nu / 2, b: 0.5)
        var start = -sqrt(nu * (1 - x) / x)
        if !start.isFinite { start = -1 }
        let t = MonotoneInversion.solve(start: start, lower: -.infinity, upper: 0) { t in
            (tail(t) - q, density(t))
        }
        return p < 0.5 ? t : -t
    }
}
