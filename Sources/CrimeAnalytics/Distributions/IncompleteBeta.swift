internal import Glibc

/// The regularised incomplete beta function `I_x(a, b)` and its inverse.
///
/// `I_x(a,b) = B(x; a, b) / B(a, b)`, evaluated by the continued fraction of Numerical Recipes (3rd ed.,
/// §6.4, `betacf`) with the modified Lentz algorithm, using the symmetry `I_x(a,b) = 1 − I_{1−x}(b,a)` so
/// that the fraction always converges quickly. Invalid arguments give NaN.
public enum IncompleteBeta {
    /// `I_x(a, b)` for `0 ≤ x ≤ 1`, `a, b > 0`.
    public static func regularized(x: Double, a: Double, b: Double) -> Double {
        regularized(x: x, complement: 1 - x, a: a, b: b).lower
    }

    /// `1 − I_x(a, b) = I_{1−x}(b, a)`, computed without cancellation.
    public static func regularizedComplement(x: Double, a: Double, b: Double) -> Double {
        regularized(x: x, complement: 1 - x, a: a, b: b).upper
    }

    /// Both `I_x(a,b)` and `1 − I_x(a,b)`, given `x` and `y = 1 − x` separately (so that a tiny `y`
    /// keeps its precision). The smaller of the two is computed directly.
    static func regularized(x: Double, complement y: Double, a: Double, b: Double) -> (lower: Double, upper: Double) {
        guard a > 0, b > 0, x >= 0, y >= 0, x <= 1, y <= 1, a.isFinite, b.isFinite else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        let logFront = a * log(x) + b * log(y) - GammaFunction.logBeta(a, b)
        if x < (a + 1) / (a + b + 2) {
            let lower = exp(logFront) * continuedFraction(x: x, y: y, a: a, b: b) / a
            return (lower, 1 - lower)
        } else {
            let upper = exp(logFront) * continuedFraction(x: y, y: x, a: b, b: a) / b
            return (1 - upper, upper)
        }
    }

    /// The continued fraction for `I_x(a,b)` (Numerical Recipes `betacf`, modified Lentz).
    static func continuedFraction(x: Double, y: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        let epsilon = 1e-16
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if Swift.abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...100_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if Swift.abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if Swift.abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if Swift.abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if Swift.abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if Swift.abs(delta - 1) <= epsilon { break }
        }
        return h
    }

    /// The density `x^(a−1) (1−x)^(b−1) / B(a,b)` of the beta distribution.
    static func density(x: Double, a: Double, b: Double) -> Double {
        guard x > 0, x < 1 else {
            if x == 0 { return a < 1 ? .infinity : (a == 1 ? 1 / exp(GammaFunction.logBeta(a, b)) : 0) }
            if x == 1 { return b < 1 ? .infinity : (b == 1 ? 1 / exp(GammaFunction.logBeta(a, b)) : 0) }
            return 0
        }
        return exp((a - 1) * log(x) + (b - 1) * log1p(-x) - GammaFunction.logBeta(a, b))
    }

    /// The `x` with `I_x(a, b) = p`.
    ///
    /// Starting value from Numerical Recipes (3rd ed., §6.4, `invbetai`), then safeguarded Newton steps on
    /// the lower tail (p ≤ ½) or the upper tail (p > ½) to full double precision.
    public static func inverse(p: Double, a: Double, b: Double) -> Double {
        guard a > 0, b > 0, p >= 0, p <= 1, a.isFinite, b.isFinite else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return 1 }
        let start = initialGuess(p: p, a: a, b: b)
        let useLowerTail = p <= 0.5
        let q = 1 - p
        return MonotoneInversion.solve(start: start, lower: 0, upper: 1) { x in
            let tails = regularized(x: x, complement: 1 - x, a: a, b: b)
            let g = useLowerTail ? tails.lower - p : q - tails.upper
            return (g, density(x: x, a: a, b: b))
        }
    }

    static func initialGuess(p: Double, a: Double, b: Double) -> Double {
        var x: Double
        if a >= 1 && b >= 1 {
            let pp = p < 0.5 ? p : 1 - p
            let t = sqrt(-2 * log(pp))
            x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t
            if p < 0.5 { x = -x }
            let al = (x * x - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w = x * sqrt(al + h) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5.0 / 6 - 2 / (3 * h))
            x = a / (a + b * exp(2 * w))
        } else {
            let lna = log(a / (a + b)), lnb = log(b / (a + b))
            let t = exp(a * lna) / a, u = exp(b * lnb) / b
            let w = t + u
            if p < t / w {
                x = pow(a * w * p, 1 / a)
            } else {
                x = 1 - pow(b * w * (1 - p), 1 / b)
            }
        }
        if !(x > 0 && x < 1) { x = 0.5 }
        return x
    }
}
