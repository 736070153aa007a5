import CrimeData

/// The exact set of true percentages a stated figure allows, with decimal bounds.
///
/// Bounds are integers at a shared decimal ``scale``: `units × 10^-scale` percent, each open or closed,
/// or absent (unbounded). A rate 100·k/n lies in the interval when `100·10^scale·k` compares with
/// `bound·n` the right way — decided on exact 128-bit products, never in floating point.
public struct PercentInterval: Sendable, Hashable {
    /// One end of the interval.
    public struct Bound: Sendable, Hashable {
        /// The bound in units of 10^-scale percent.
        public var units: Int64
        /// Whether the bound itself is excluded.
        public var isOpen: Bool

        public init(units: Int64, isOpen: Bool) {
            self.units = units
            self.isOpen = isOpen
        }
    }

    /// Number of decimals of the bounds (0…15).
    public let scale: Int
    /// The lower end; nil when unbounded below.
    public let lower: Bound?
    /// The upper end; nil when unbounded above.
    public let upper: Bound?

    /// An interval; nil when the scale is outside 0…15 (the products would not stay exact).
    public init?(scale: Int, lower: Bound?, upper: Bound?) {
        guard (0...15).contains(scale) else { return nil }
        self.scale = scale
        self.lower = lower
        self.upper = upper
    }

    /// 100 · 10^scale: the factor that puts 100·k/n on the bounds' scale.
    var multiplier: Int64 { 100 * DecimalValue.integerPowers[scale] }

    /// The lower bound as an exact decimal (nil when unbounded).
    public var lowerValue: DecimalValue? { lower.map { PercentInterval.trimmed(DecimalValue(units: $0.units, scale: scale)) } }
    /// The upper bound as an exact decimal (nil when unbounded).
    public var upperValue: DecimalValue? { upper.map { PercentInterval.trimmed(DecimalValue(units: $0.units, scale: scale)) } }

    /// Whether 100·numerator/denominator lies in the interval (false when the denominator is not positive).
    public func contains(numerator: Int64, denominator: Int64) -> Bool {
        guard denominator > 0 else { return false }
        let scaled = WideInteger.product(multiplier, numerator)
        if let lower {
            let bound = WideInteger.product(lower.units, denominator)
            if scaled < bound || (scaled == bound && lower.isOpen) { return false }
        }
        if let upper {
            let bound = WideInteger.product(upper.units, denominator)
            if bound < scaled || (scaled == bound && upper.isOpen) { return false }
        }
        return true
    }

    /// Whether an exact decimal percentage lies in the interval.
    public func contains(percent value: DecimalValue) -> Bool {
        // value = units·10^-s; 100·k/n form with k = units, n = 100·10^s.
        guard let base = DecimalValue.integerPowers.indices.contains(value.scale + 2)
                ? DecimalValue.integerPowers[value.scale + 2] : nil else { return false }
        return contains(numerator: value.units, denominator: base)
    }

    /// The whole bases n ≥ 1 for which 100·numerator/n lies in the interval:
    /// n ∈ [100k/upper, 100k/lower], ends included or not as the bounds are.
    public func impliedDenominators(numerator k: Int64) -> ImpliedRange {
        guard k >= 0 else { return .empty }
        if k == 0 { return contains(numerator: 0, denominator: 1) ? ImpliedRange(lowest: 1, highest: nil) : .empty }
        let p = WideInteger.product(multiplier, k)
        // 100k/n ≤ upper  ⇔  n ≥ P/upper.
        var lowest: Int64 = 1
        if let upper {
            guard upper.units > 0 else { return .empty }
            guard let (q, r) = p.quotientAndRemainder(dividingBy: upper.units) else { return .empty }
            let bound: Int64? = upper.isOpen ? q.plusChecked(1) : (r == 0 ? q : q.plusChecked(1))
            guard let bound else { return .empty }
            lowest = max(1, bound)
        }
        // 100k/n ≥ lower  ⇔  n ≤ P/lower (always true when lower ≤ 0).
        var highest: Int64? = nil
        if let lower, lower.units > 0 {
            if let (q, r) = p.quotientAndRemainder(dividingBy: lower.units) {
                highest = lower.isOpen && r == 0 ? q - 1 : q
            }
        }
        return ImpliedRange(lowest: lowest, highest: highest)
    }

    /// The whole counts k ≥ 0 for which 100·k/denominator lies in the interval:
    /// k ∈ [n·lower/100, n·upper/100], ends included or not as the bounds are.
    public func impliedNumerators(denominator n: Int64) -> ImpliedRange {
        guard n > 0 else { return .empty }
        let m = multiplier
        var lowest: Int64 = 0
        if let lower, lower.units >= 0 {
            if lower.units == 0 {
                lowest = lower.isOpen ? 1 : 0
            } else {
                guard let (q, r) = WideInteger.product(lower.units, n).quotientAndRemainder(dividingBy: m) else { return .empty }
                let bound: Int64? = lower.isOpen ? q.plusChecked(1) : (r == 0 ? q : q.plusChecked(1))
                guard let bound else { return .empty }
                lowest = bound
            }
        }
        var highest: Int64? = nil
        if let upper {
            if upper.units < 0 { return .empty }
            if upper.units == 0 {
                if upper.isOpen { return .empty }
                highest = 0
            } else if let (q, r) = WideInteger.product(upper.units, n).quotientAndRemainder(dividingBy: m) {
                highest = upper.isOpen && r == 0 ? q - 1 : q
            }
        }
        return ImpliedRange(lowest: lowest, highest: highest)
    }

    /// The interval moved by `percent` whole percentage points (exact): a change c − p over p lies in
    /// I exactly when 100·c/p lies in I + 100.
    public func shifted(byWholePercent percent: Int64) -> PercentInterval? {
        guard let delta = percent.timesChecked(DecimalValue.integerPowers[scale]) else { return nil }
        func move(_ b: Bound?) -> Bound?? {
            guard let b else { return .some(nil) }
            guard let v = b.units.plusChecked(delta) else { return nil }
            return .some(Bound(units: v, isOpen: b.isOpen))
        }
        guard let l = move(lower), let u = move(upper) else { return nil }
        return PercentInterval(scale: scale, lower: l, upper: u)
    }

    /// The same interval at a larger scale (nil when it would overflow or exceed 15 decimals).
    public func rescaled(to newScale: Int) -> PercentInterval? {
        guard newScale >= scale, newScale <= 15 else { return nil }
        let f = DecimalValue.integerPowers[newScale - scale]
        func up(_ b: Bound?) -> Bound?? {
            guard let b else { return .some(nil) }
            guard let v = b.units.timesChecked(f) else { return nil }
            return .some(Bound(units: v, isOpen: b.isOpen))
        }
        guard let l = up(lower), let u = up(upper) else { return nil }
        return PercentInterval(scale: newScale, lower: l, upper: u)
    }

    /// A decimal without trailing zeros beyond its integer part ("88.650" → "88.65", "90.0" → "90").
    static func trimmed(_ value: DecimalValue) -> DecimalValue {
        var units = value.units, scale = value.scale
        while scale > 0 && units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        return DecimalValue(units: units, scale: scale)
    }
}
