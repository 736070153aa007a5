import CrimeData

/// A stated percentage and the interval of true values it stands for under a rounding mode.
///
/// Rule (DESIGN.md, "Validation of reported figures"; GRIM for percentages): a percent r written with
/// d decimals stands for [r − h, r + h], h = ½·10⁻ᵈ, ends included as the ``RoundingMode`` says; a count
/// k of a base n is consistent with r exactly when 100·k/n lies inside. The bounds are kept at d + 1
/// decimals (r·10 ± 5), so every comparison is on integers: `100·10^(d+1)·k` against `bound·n`.
///
/// Negative values (signed changes) are mirrored: rounding is symmetric about zero, so "−19.6" under
/// half-up is (−19.65, −19.55].
///
/// Example (seed report, Cụm thi đua số 2, 2020): 88.7 → [88.65, 88.75]; 1,681 of 2,156 is 77.97 %, so
/// inconsistent, and `impliedDenominators(numerator: 1681)` is 1,895…1,896.
public struct RoundingInterval: Sendable, Hashable {
    /// The percentage as written.
    public let stated: DecimalValue
    /// The rounding assumed.
    public let mode: RoundingMode
    /// The true values that round to ``stated``.
    public let interval: PercentInterval

    /// The interval for `stated` under `mode`; nil when it has more than 14 decimals or is too large
    /// to scale exactly.
    public init?(stated: DecimalValue, mode: RoundingMode) {
        guard stated.scale >= 0, stated.scale <= 14 else { return nil }
        let magnitude = stated.units.magnitude
        guard magnitude <= UInt64(Int64.max / 10 - 10) else { return nil }
        let m = Int64(magnitude) * 10
        // The interval of |x| for |r| > 0, at scale d + 1.
        let low: PercentInterval.Bound, high: PercentInterval.Bound
        switch mode {
        case .upOrDown:
            low = .init(units: m - 5, isOpen: false); high = .init(units: m + 5, isOpen: false)
        case .halfUp:
            low = .init(units: m - 5, isOpen: false); high = .init(units: m + 5, isOpen: true)
        case .halfDown:
            low = .init(units: m - 5, isOpen: true); high = .init(units: m + 5, isOpen: false)
        case .halfEven:
            let even = magnitude % 2 == 0
            low = .init(units: m - 5, isOpen: !even); high = .init(units: m + 5, isOpen: !even)
        case .truncate:
            low = .init(units: m, isOpen: false); high = .init(units: m + 10, isOpen: true)
        }
        let scale = stated.scale + 1
        let built: PercentInterval?
        if stated.units > 0 {
            built = PercentInterval(scale: scale, lower: low, upper: high)
        } else if stated.units < 0 {
            built = PercentInterval(scale: scale, lower: .init(units: -high.units, isOpen: high.isOpen),
                                    upper: .init(units: -low.units, isOpen: low.isOpen))
        } else {
            // Zero: |x| within the upper end, on both sides.
            built = PercentInterval(scale: scale, lower: .init(units: -high.units, isOpen: high.isOpen), upper: high)
        }
        guard let built else { return nil }
        self.stated = stated
        self.mode = mode
        self.interval = built
    }

    /// Whether 100·numerator/denominator rounds to the stated value (false for a base ≤ 0).
    public func contains(numerator: Int64, denominator: Int64) -> Bool {
        interval.contains(numerator: numerator, denominator: denominator)
    }

    /// The whole bases n that give the stated value with `numerator`: n ∈ [100k/(r+h), 100k/(r−h)].
    public func impliedDenominators(numerator: Int64) -> ImpliedRange {
        interval.impliedDenominators(numerator: numerator)
    }

    /// The whole counts k that give the stated value with base `denominator`: k ∈ [n(r−h)/100, n(r+h)/100].
    public func impliedNumerators(denominator: Int64) -> ImpliedRange {
        interval.impliedNumerators(denominator: denominator)
    }

    /// The lowest true value, exact ("88.65").
    public var low: DecimalValue? { interval.lowerValue }
    /// The highest true value, exact ("88.75").
    public var high: DecimalValue? { interval.upperValue }
}
