/// Axis ticks on "nice" numbers (1, 2 or 5 times a power of ten), after Heckbert's *Nice Numbers
/// for Graph Labels* (Graphics Gems, 1990), loose labelling.
///
/// Rule: `range = nice(max − min, round: false)`, `step = nice(range / (maxTicks − 1), round: true)`,
/// `lower = floor(min / step)·step`, `upper = ceil(max / step)·step`. Example: 0…97 with 6 ticks gives
/// 0, 20, 40, 60, 80, 100. Degenerate input never traps: NaN and infinite bounds are ignored, equal
/// bounds are widened by 10 % (0 becomes 0…1), reversed bounds are swapped.
public struct NiceScale: Sendable, Hashable {
    /// The first tick (≤ the data minimum).
    public let lower: Double
    /// The last tick (≥ the data maximum).
    public let upper: Double
    /// Distance between ticks.
    public let step: Double
    /// Tick values from ``lower`` to ``upper``.
    public let ticks: [Double]
    /// Decimals needed to print the ticks exactly.
    public let fractionDigits: Int

    /// A scale covering `minimum...maximum` with about `maxTicks` ticks (clamped into 2...20).
    public init(minimum: Double, maximum: Double, maxTicks: Int = 6) {
        var low = minimum.isFinite ? minimum : (maximum.isFinite ? maximum : 0)
        var high = maximum.isFinite ? maximum : low
        if low > high { swap(&low, &high) }
        if low == high {
            let pad = low == 0 ? 1 : low.magnitude / 10
            if low == 0 { high = 1 } else { low -= pad; high += pad }
        }
        let tickCount = min(max(maxTicks, 2), 20)
        let range = NiceScale.niceNumber(high - low, round: false)
        let step = NiceScale.niceNumber(range / Double(tickCount - 1), round: true)
        guard range.isFinite, step.isFinite, step > 0 else {
            self.lower = low
            self.upper = high
            self.step = high - low
            self.ticks = [low, high]
            self.fractionDigits = 0
            return
        }
        let firstIndex = ChartMath.floor(low / step)
        let lastIndex = ChartMath.ceil(high / step)
        let count = min(Int(lastIndex - firstIndex) + 1, 200)
        var ticks: [Double] = []
        ticks.reserveCapacity(count)
        for offset in 0..<count {
            let tick = (firstIndex + Double(offset)) * step
            ticks.append(tick.magnitude < step * 1e-9 ? 0 : tick)
        }
        self.lower = ticks.first ?? low
        self.upper = ticks.last ?? high
        self.step = step
        self.ticks = ticks
        self.fractionDigits = max(0, -ChartMath.decimalExponent(step))
    }

    /// Heckbert's nice number near `x`: 1, 2, 5 or 10 times a power of ten; rounded to the nearest
    /// when `round`, otherwise the smallest nice number not below `x`.
    public static func niceNumber(_ x: Double, round: Bool) -> Double {
        guard x.isFinite, x > 0 else { return x }
        let exponent = ChartMath.decimalExponent(x)
        let power = ChartMath.power10(exponent)
        let fraction = x / power
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * power
    }

    /// Position of `value` on the scale: 0 at ``lower``, 1 at ``upper``.
    public func fraction(of value: Double) -> Double {
        let span = upper - lower
        guard span > 0, span.isFinite else { return 0.5 }
        return (value - lower) / span
    }
}
