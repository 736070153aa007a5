/// Rounding and logarithms without libm.
///
/// The module links no maths library (`Double.rounded()` and `log10` would need libm), so these use
/// integer conversion and short series. They are exact where charts need exactness (integers below
/// 2^53) and accurate to ~1e-12 elsewhere, which is far below a cell.
enum ChartMath {
    /// Beyond this magnitude every Double is an integer.
    static let integralLimit = 4.5e15

    /// The largest integer not above `x`; non-finite and huge values are returned unchanged.
    static func floor(_ x: Double) -> Double {
        guard x.isFinite, x.magnitude < integralLimit else { return x }
        let truncated = Double(Int64(x))
        return truncated > x ? truncated - 1 : truncated
    }

    /// The smallest integer not below `x`.
    static func ceil(_ x: Double) -> Double {
        -floor(-x)
    }

    /// `x` rounded half away from zero.
    static func round(_ x: Double) -> Double {
        x >= 0 ? floor(x + 0.5) : -floor(-x + 0.5)
    }

    /// `x` rounded and clamped into `range`; NaN gives the lower bound.
    static func clampedInt(_ x: Double, _ range: ClosedRange<Int>) -> Int {
        guard !x.isNaN else { return range.lowerBound }
        let rounded = round(x)
        if rounded <= Double(range.lowerBound) { return range.lowerBound }
        if rounded >= Double(range.upperBound) { return range.upperBound }
        return Int(rounded)
    }

    /// 10^e for an integer exponent (0 or ∞ outside the Double range).
    static func power10(_ exponent: Int) -> Double {
        let count = min(exponent.magnitude, 400)
        var result = 1.0
        for _ in 0..<count { result *= 10 }
        return exponent >= 0 ? result : 1 / result
    }

    /// floor(log10(|x|)) for finite non-zero `x`; 0 otherwise.
    static func decimalExponent(_ x: Double) -> Int {
        let magnitude = x.magnitude
        guard magnitude.isFinite, magnitude > 0 else { return 0 }
        var exponent = Int(floor(Double(magnitude.exponent) * 0.301_029_995_663_981_2))
        while exponent > -330, power10(exponent) > magnitude { exponent -= 1 }
        while exponent < 310, power10(exponent + 1) <= magnitude { exponent += 1 }
        return exponent
    }

    /// Natural logarithm of a positive finite `x` (NaN otherwise).
    static func log(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return x == 0 ? -.infinity : (x.isInfinite ? .infinity : .nan) }
        let binary = Double(x.exponent)
        let mantissa = x.significand // in [1, 2)
        let z = (mantissa - 1) / (mantissa + 1)
        let z2 = z * z
        var term = z
        var sum = 0.0
        var k = 1.0
        while k < 60 {
            sum += term / k
            term *= z2
            k += 2
        }
        return binary * 0.693_147_180_559_945_3 + 2 * sum
    }

    /// Base-10 logarithm of a positive finite `x`.
    static func log10(_ x: Double) -> Double {
        log(x) / 2.302_585_092_994_045_7
    }

    /// e^x for moderate `x` (|x| < 700).
    static func exp(_ x: Double) -> Double {
        guard x.isFinite else { return x > 0 ? .infinity : (x.isNaN ? .nan : 0) }
        guard x < 709 else { return .infinity }
        guard x > -745 else { return 0 }
        let ln2 = 0.693_147_180_559_945_3
        let k = round(x / ln2)
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...30 {
            term *= r / Double(n)
            sum += term
        }
        var result = sum
        var steps = Int(k)
        while steps > 0 { result *= 2; steps -= 1 }
        while steps < 0 { result /= 2; steps += 1 }
        return result
    }

    /// 10^x for a real exponent.
    static func power10(real x: Double) -> Double {
        exp(x * 2.302_585_092_994_045_7)
    }
}
