import CrimeData

/// How a figure stated with a verbal bound is read: the interval of true values it allows.
///
/// Rules (DESIGN.md, Data model and "Verbal bounds"): "trên x" (over) and "hơn x" (more than) mean
/// > x; "từ x trở lên" (at least) means ≥ x; "dưới x" (under) means < x; "gần x" (nearly) means just
/// below x: from x − t·x up to x; "khoảng x" (about) means x ± t·x. The tolerance t is 5 % of x by
/// default (`--tolerance`) and every message that uses it says so. Bounds are exact: no rounding is
/// added to a verbal bound. For a negative change ("giảm trên 19 %", stated as −19) the bound applies
/// to the size of the fall: over −19 means below −19, under −5 means between −5 and 0.
public struct QualifiedReading: Sendable, Hashable {
    /// The figure as written.
    public let stated: DecimalValue
    /// The verbal bound.
    public let qualifier: Qualifier
    /// The tolerance for nearly/about, in percent of the figure.
    public let tolerancePercent: DecimalValue
    /// The values allowed.
    public let interval: PercentInterval

    /// The reading; nil for exact figures (use ``RoundingInterval``) or when the bounds cannot be
    /// represented exactly (more than 15 decimals in all).
    public init?(stated: DecimalValue, qualifier: Qualifier, tolerancePercent: DecimalValue) {
        guard qualifier != .exact, stated.scale >= 0, tolerancePercent.scale >= 0, tolerancePercent.units >= 0 else { return nil }
        let d = stated.scale
        let negative = stated.units < 0
        let x = PercentInterval.Bound(units: stated.units, isOpen: true)
        let closedX = PercentInterval.Bound(units: stated.units, isOpen: false)
        let zero = PercentInterval.Bound(units: 0, isOpen: false)
        let built: PercentInterval?
        switch qualifier {
        case .exact:
            return nil
        case .over, .moreThan:
            built = negative ? PercentInterval(scale: d, lower: nil, upper: x) : PercentInterval(scale: d, lower: x, upper: nil)
        case .atLeast:
            built = negative ? PercentInterval(scale: d, lower: nil, upper: closedX) : PercentInterval(scale: d, lower: closedX, upper: nil)
        case .under:
            built = negative ? PercentInterval(scale: d, lower: x, upper: zero) : PercentInterval(scale: d, lower: nil, upper: x)
        case .nearly, .about:
            // x·(1 ∓ t/100) at scale d + e + 2, exact.
            let e = tolerancePercent.scale
            let s = d + e + 2
            guard s <= 15, let hundred = Int64(100).timesChecked(DecimalValue.integerPowers[e]),
                  let xs = stated.units.timesChecked(hundred),
                  let shift = stated.units.timesChecked(tolerancePercent.units),
                  let below = xs.minusChecked(shift), let above = xs.plusChecked(shift) else { return nil }
            // "Below" means towards zero for nearly: smaller size.
            let far = PercentInterval.Bound(units: xs, isOpen: false)
            let towardsZero = PercentInterval.Bound(units: below, isOpen: false)
            if qualifier == .nearly {
                built = negative ? PercentInterval(scale: s, lower: far, upper: towardsZero)
                                 : PercentInterval(scale: s, lower: towardsZero, upper: far)
            } else {
                let a = PercentInterval.Bound(units: min(below, above), isOpen: false)
                let b = PercentInterval.Bound(units: max(below, above), isOpen: false)
                built = PercentInterval(scale: s, lower: a, upper: b)
            }
        }
        guard let built else { return nil }
        self.stated = stated
        self.qualifier = qualifier
        self.tolerancePercent = tolerancePercent
        self.interval = built
    }

    /// Whether the tolerance enters the reading.
    public var usesTolerance: Bool { qualifier == .nearly || qualifier == .about }

    /// Whether 100·numerator/denominator satisfies the reading.
    public func contains(numerator: Int64, denominator: Int64) -> Bool {
        interval.contains(numerator: numerator, denominator: denominator)
    }
}
