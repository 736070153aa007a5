/// The χ² distribution with k degrees of freedom: cdf, survival function, quantile.
///
/// `F(x) = P(k/2, x/2)` and `S(x) = Q(k/2, x/2)`, the regularised incomplete gamma functions
/// (Abramowitz & Stegun 26.4.19); the quantile is `2·P⁻¹(k/2, p)`. Invalid k gives NaN.
public struct ChiSquaredDistribution: Sendable, Equatable {
    /// The degrees of freedom k (> 0).
    public let degreesOfFreedom: Double

    /// The χ² distribution with `degreesOfFreedom` degrees of freedom.
    public init(degreesOfFreedom: Double) { self.degreesOfFreedom = degreesOfFreedom }

    /// The χ² distribution with an integer number of degrees of freedom.
    public init(degreesOfFreedom: Int) { self.degreesOfFreedom = Double(degreesOfFreedom) }

    /// `P(X ≤ x) = P(k/2, x/2)`.
    public func cdf(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        return IncompleteGamma.lower(a: degreesOfFreedom / 2, x: Swift.max(0, x) / 2)
    }

    /// `P(X > x) = Q(k/2, x/2)`, the p-value of a χ² statistic.
    public func sf(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        return IncompleteGamma.upper(a: degreesOfFreedom / 2, x: Swift.max(0, x) / 2)
    }

    /// The density `x^(k/2−1) e^(−x/2) / (2^(k/2) Γ(k/2))`.
    public func density(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        return 0.5 * IncompleteGamma.density(a: degreesOfFreedom / 2, x: x / 2)
    }

    /// The quantile `x` with `P(X ≤ x) = p`.
    public func quantile(_ p: Double) -> Double {
        2 * IncompleteGamma.inverseLower(a: degreesOfFreedom / 2, p: p)
    }
}
