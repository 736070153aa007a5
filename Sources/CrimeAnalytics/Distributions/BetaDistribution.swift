/// The beta distribution `Beta(α, β)`: cdf, survival function, quantile (used by Clopper–Pearson).
///
/// `F(x) = I_x(α, β)`, the regularised incomplete beta function; the quantile is `I⁻¹_p(α, β)`
/// (see ``IncompleteBeta``). Invalid parameters give NaN.
public struct BetaDistribution: Sendable, Equatable {
    /// The first shape parameter α (> 0).
    public let alpha: Double
    /// The second shape parameter β (> 0).
    public let beta: Double

    /// `Beta(alpha, beta)`.
    public init(alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
    }

    /// `P(X ≤ x) = I_x(α, β)` (0 below 0, 1 above 1).
    public func cdf(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        return IncompleteBeta.regularized(x: Swift.min(1, Swift.max(0, x)), a: alpha, b: beta)
    }

    /// `P(X > x) = I_{1−x}(β, α)`.
    public func sf(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        return IncompleteBeta.regularizedComplement(x: Swift.min(1, Swift.max(0, x)), a: alpha, b: beta)
    }

    /// The density `x^(α−1)(1−x)^(β−1)/B(α, β)`.
    public func density(_ x: Double) -> Double {
        IncompleteBeta.density(x: x, a: alpha, b: beta)
    }

    /// The quantile `x` with `I_x(α, β) = p`.
    public func quantile(_ p: Double) -> Double {
        IncompleteBeta.inverse(p: p, a: alpha, b: beta)
    }
}
