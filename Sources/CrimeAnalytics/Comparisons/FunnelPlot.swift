/// A funnel plot of unit proportions against their bases, with overdispersion (Spiegelhalter 2005).
///
/// Target `θ₀ = Σk/Σn` over the included units (or a given target); each unit's standard error under
/// the target `sᵢ = √(θ₀(1−θ₀)/nᵢ)`; z-score `zᵢ = (pᵢ − θ₀)/sᵢ`; limits `θ₀ ± z·sᵢ` at 95 % and 99.8 %
/// (Spiegelhalter, Stat Med 2005, 24:1185, "Funnel plots for comparing institutional performance").
/// Overdispersion (``Overdispersion``) gives multiplicative limits `θ₀ ± z·sᵢ·√φ` (when φ > 1) and
/// additive limits `θ₀ ± z·√(sᵢ² + τ²)`. The flags use the limits chosen by ``OverdispersionMode``:
/// under `.auto`, the additive limits when the φ test is significant at 5 %, otherwise the unadjusted
/// ones; ``adjustmentUsed`` says which. Units with n = 0, k > n or negative counts are excluded with a
/// reason, never trapped on.
public struct FunnelPlot: Sendable {
    /// `Φ⁻¹(0.975)`, the 95 % two-sided critical value.
    public static let z95 = NormalDistribution.standard.quantile(0.975)
    /// `Φ⁻¹(0.999)`, the 99.8 % two-sided critical value.
    public static let z998 = NormalDistribution.standard.quantile(0.999)

    /// The target proportion θ₀.
    public let target: Double
    /// The included units in input order.
    public let points: [FunnelPoint]
    /// Units left out, with reasons.
    public let excluded: [ExcludedUnit]
    /// The overdispersion estimate; `nil` with fewer than two units or a target of 0 or 1.
    public let overdispersion: Overdispersion?
    /// The mode that was asked for.
    public let requestedMode: OverdispersionMode
    /// The limits the flags use: `.none`, `.multiplicative` or `.additive` (never `.auto`).
    public let adjustmentUsed: OverdispersionMode

    /// Builds the funnel plot of `units`.
    ///
    /// - Parameters:
    ///   - target: θ₀; default `Σk/Σn` of the included units.
    ///   - mode: which limits the flags use (default `.auto`).
    /// - Throws: ``StatisticsError/insufficientData(needed:available:)`` when no unit can be included,
    ///   ``StatisticsError/invalidParameter(_:)`` for a target outside [0, 1].
    public init(units: [UnitRate], target: Double? = nil, mode: OverdispersionMode = .auto) throws(StatisticsError) {
        let (included, excluded) = units.partitionedForComparison()
        guard !included.isEmpty else { throw .insufficientData(needed: 1, available: 0) }
        let theta: Double
        if let target {
            guard target >= 0, target <= 1 else { throw .invalidParameter("target \(target) outside [0, 1]") }
            theta = target
        } else {
            let k = included.reduce(0.0) { $0 + Double($1.successes) }
            let n = included.reduce(0.0) { $0 + Double($1.trials) }
            theta = k / n
        }
        let s = included.map { (theta * (1 - theta) / Double($0.trials)).squareRoot() }
        let z = zip(included, s).map { unit, s in
            let d = unit.proportion - theta
            return s > 0 ? d / s : (d == 0 ? 0 : (d > 0 ? Double.infinity : -.infinity))
        }
        let overdispersion = Overdispersion(zScores: z, standardErrors: s)
        let used: OverdispersionMode
        switch mode {
        case .auto: used = (overdispersion?.isSignificant() ?? false) ? .additive : .none
        case .none: used = .none
        case .multiplicative: used = overdispersion == nil ? .none : .multiplicative
        case .additive: used = overdispersion == nil ? .none : .additive
        }
        let phiFactor = Swift.max(1, overdispersion?.phi ?? 1).squareRoot()
        let tau2 = overdispersion?.tauSquared ?? 0
        points = included.indices.map { i in
            let unit = included[i]
            let plain = FunnelLimits(target: theta, spread: s[i])
            let multiplicative = FunnelLimits(target: theta, spread: s[i] * phiFactor)
            let additiveSpread = (s[i] * s[i] + tau2).squareRoot()
            let additive = FunnelLimits(target: theta, spread: additiveSpread)
            let chosen: FunnelLimits
            let adjustedZ: Double
            switch used {
            case .multiplicative:
                chosen = multiplicative
                adjustedZ = z[i] / phiFactor
            case .additive:
                chosen = additive
                adjustedZ = additiveSpread > 0 ? (unit.proportion - theta) / additiveSpread : z[i]
            case .none, .auto:
                chosen = plain
                adjustedZ = z[i]
            }
            return FunnelPoint(
                unit: unit, proportion: unit.proportion, standardError: s[i], zScore: z[i],
                limits: plain, multiplicativeLimits: multiplicative, additiveLimits: additive,
                flagLimits: chosen, adjustedZScore: adjustedZ, flag: chosen.flag(for: unit.proportion))
        }
        self.target = theta
        self.excluded = excluded
        self.overdispersion = overdispersion
        requestedMode = mode
        adjustmentUsed = used
    }

    /// The limits at an arbitrary base `trials` (to draw the funnel curves), with the given adjustment
    /// (default: the one the flags use).
    public func limits(atTrials trials: Double, adjustment: OverdispersionMode? = nil) -> FunnelLimits {
        let s = trials > 0 ? (target * (1 - target) / trials).squareRoot() : .infinity
        switch adjustment ?? adjustmentUsed {
        case .multiplicative:
            return FunnelLimits(target: target, spread: s * Swift.max(1, overdispersion?.phi ?? 1).squareRoot())
        case .additive:
            return FunnelLimits(target: target, spread: (s * s + (overdispersion?.tauSquared ?? 0)).squareRoot())
        case .none, .auto:
            return FunnelLimits(target: target, spread: s)
        }
    }
}

/// One unit on a funnel plot.
public struct FunnelPoint: Sendable, Equatable {
    /// The unit.
    public let unit: UnitRate
    /// `k/n`.
    public let proportion: Double
    /// `sᵢ = √(θ₀(1−θ₀)/nᵢ)`.
    public let standardError: Double
    /// `zᵢ = (pᵢ − θ₀)/sᵢ`, unadjusted.
    public let zScore: Double
    /// Unadjusted limits.
    public let limits: FunnelLimits
    /// Limits widened by √φ (when φ > 1).
    public let multiplicativeLimits: FunnelLimits
    /// Limits `θ₀ ± z·√(sᵢ² + τ²)`.
    public let additiveLimits: FunnelLimits
    /// The limits the flag was decided on (per ``FunnelPlot/adjustmentUsed``).
    public let flagLimits: FunnelLimits
    /// The z-score under the adjustment used (`zᵢ/√φ` or `(pᵢ − θ₀)/√(sᵢ² + τ²)`).
    public let adjustedZScore: Double
    /// Where the unit falls.
    public let flag: FunnelFlag
}
