/// Which overdispersion adjustment a funnel plot's flags use.
public enum OverdispersionMode: String, Sendable, Equatable, CaseIterable {
    /// The additive (τ²) limits when the φ test is significant at 5 %, the unadjusted limits otherwise.
    case auto
    /// Unadjusted limits (pure binomial variation).
    case none
    /// Limits widened by √φ when φ > 1 (Spiegelhalter 2005, §5.1).
    case multiplicative
    /// Random-effects limits `θ₀ ± z·√(sᵢ² + τ²)` (Spiegelhalter 2005, §5.2).
    case additive
}
