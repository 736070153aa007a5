/// Control limits of a funnel plot at one unit's base: 95 % and 99.8 % around the target.
///
/// `θ₀ ± z·σ` with `z₉₅ = Φ⁻¹(0.975) = 1.959964`, `z₉₉.₈ = Φ⁻¹(0.999) = 3.090232` and σ the unit's
/// standard error under the target (possibly inflated for overdispersion); limits are clipped to [0, 1].
public struct FunnelLimits: Sendable, Equatable {
    /// Lower 95 % limit.
    public let lower95: Double
    /// Upper 95 % limit.
    public let upper95: Double
    /// Lower 99.8 % limit.
    public let lower998: Double
    /// Upper 99.8 % limit.
    public let upper998: Double

    /// Limits `target ± z·spread`, clipped to [0, 1].
    public init(target: Double, spread: Double) {
        let z95 = FunnelPlot.z95, z998 = FunnelPlot.z998
        lower95 = Swift.max(0, target - z95 * spread)
        upper95 = Swift.min(1, target + z95 * spread)
        lower998 = Swift.max(0, target - z998 * spread)
        upper998 = Swift.min(1, target + z998 * spread)
    }

    /// Where `proportion` falls relative to these limits.
    public func flag(for proportion: Double) -> FunnelFlag {
        if proportion > upper998 { return .above998 }
        if proportion < lower998 { return .below998 }
        if proportion > upper95 { return .above95 }
        if proportion < lower95 { return .below95 }
        return .within
    }
}

/// Where a unit lies on a funnel plot.
public enum FunnelFlag: String, Sendable, Equatable, CaseIterable {
    /// Inside the 95 % limits.
    case within
    /// Above the upper 95 % limit but not the 99.8 % one ("alert").
    case above95
    /// Below the lower 95 % limit but not the 99.8 % one.
    case below95
    /// Above the upper 99.8 % limit ("alarm").
    case above998
    /// Below the lower 99.8 % limit.
    case below998
}
