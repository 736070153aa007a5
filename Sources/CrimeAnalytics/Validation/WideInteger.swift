import CrimeData

/// A signed 128-bit value as a high and a low word: the exact product of two `Int64`s.
///
/// Rounding verdicts compare products such as 100·10^S·k against bound·n; with counts up to 10¹⁷ and
/// six decimals these exceed 64 bits, so they are formed with `multipliedFullWidth` and compared as
/// (high, low) pairs — exact, no floating point, no trap on large input.
struct WideInteger: Comparable, Hashable, Sendable {
    /// The high 64 bits, signed: the value is negative exactly when this is.
    var high: Int64
    /// The low 64 bits.
    var low: UInt64

    /// The exact product `a × b`.
    static func product(_ a: Int64, _ b: Int64) -> WideInteger {
        let p = a.multipliedFullWidth(by: b)
        return WideInteger(high: p.high, low: p.low)
    }

    /// Two's-complement order of (high, low) is the numeric order.
    static func < (a: WideInteger, b: WideInteger) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }

    var isNegative: Bool { high < 0 }
    var isZero: Bool { high == 0 && low == 0 }

    /// Quotient and remainder of a non-negative value by a positive divisor; nil when the value is
    /// negative, the divisor is not positive, or the quotient does not fit in an `Int64`.
    func quotientAndRemainder(dividingBy divisor: Int64) -> (quotient: Int64, remainder: Int64)? {
        guard high >= 0, divisor > 0 else { return nil }
        let d = UInt64(divisor)
        guard UInt64(high) < d else { return nil }
        let (q, r) = d.dividingFullWidth((high: UInt64(high), low: low))
        guard q <= UInt64(Int64.max) else { return nil }
        return (Int64(q), Int64(r))
    }

    /// ⌊value / divisor⌋ for a non-negative value (nil as in ``quotientAndRemainder(dividingBy:)``).
    func floorDivided(by divisor: Int64) -> Int64? {
        quotientAndRemainder(dividingBy: divisor)?.quotient
    }

    /// ⌈value / divisor⌉ for a non-negative value (nil as in ``quotientAndRemainder(dividingBy:)``).
    func ceilingDivided(by divisor: Int64) -> Int64? {
        guard let (q, r) = quotientAndRemainder(dividingBy: divisor) else { return nil }
        if r == 0 { return q }
        let (next, overflow) = q.addingReportingOverflow(1)
        return overflow ? nil : next
    }
}

/// 10^e for 0 ≤ e ≤ 18; nil otherwise.
func powerOfTen(_ e: Int) -> Int64? {
    guard (0...18).contains(e) else { return nil }
    return DecimalValue.integerPowers[e]
}

extension Int64 {
    /// `self × other`, or nil on overflow.
    func timesChecked(_ other: Int64) -> Int64? {
        let (v, o) = multipliedReportingOverflow(by: other)
        return o ? nil : v
    }

    /// `self + other`, or nil on overflow.
    func plusChecked(_ other: Int64) -> Int64? {
        let (v, o) = addingReportingOverflow(other)
        return o ? nil : v
    }

    /// `self − other`, or nil on overflow.
    func minusChecked(_ other: Int64) -> Int64? {
        let (v, o) = subtractingReportingOverflow(other)
        return o ? nil : v
    }
}
