internal import Glibc

/// The regularised incomplete gamma functions `P(a, x)`, `Q(a, x) = 1 − P(a, x)` and their inverses.
///
/// `P(a,x) = γ(a,x)/Γ(a)`: the power series for `x < a + 1`, the Legendre continued fraction (modified
/// Lentz) for `Q` otherwise (Numerical Recipes, 3rd ed., §6.2, `gser`/`gcf`). The tail not computed
/// directly is `1 −` the other. Invalid arguments give NaN.
public enum IncompleteGamma {
    /// The lower regularised incomplete gamma function `P(a, x)`, `a > 0`, `x ≥ 0`.
    public static func lower(a: Double, x: Double) -> Double { evaluate(a: a, x: x).lower }

    /// The upper regularised incomplete gamma function `Q(a, x) = 1 − P(a, x)`.
    public static func upper(a: Double, x: Double) -> Double { evaluate(a: a, x: x).upper }

    /// `(P(a,x), Q(a,x))`, the smaller of the two computed directly.
    static func evaluate(a: Double, x: Double) -> (lower: Double, upper: Double) {
        guard a > 0, a.isFinite, x >= 0 else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        let logFront = -x + a * log(x) - GammaFunction.logGamma(a)
        if x < a + 1 {
            var ap = a
            var delta = 1 / a
            var sum = delta
            for _ in 0..<100_000 {
                ap += 1
                delta *= x / ap
                sum += delta
                if Swift.abs(delta) < Swift.abs(sum) * 1e-17 { break }
            }
            let p = sum * exp(logFront)
            return (p, 1 - p)
        } else {
            let tiny = 1e-300
            var b = x + 1 - a
            var c = 1 / tiny
            var d = 1 / b
            var h = d
            for i in 1...100_000 {
                let an = -Double(i) * (Double(i) - a)
                b += 2
                d = an * d + b
                if Swift.abs(d) < tiny { d = tiny }
                c = b + an / c
                if Swift.abs(c) < tiny { c = tiny }
                d = 1 / d
                let delta = d * c
                h *= delta
                if Swift.abs(delta - 1) <= 1e-16 { break }
            }
            let q = exp(logFront) * h
            return (1 - q, q)
        }
    }

    /// The derivative `∂P/∂x = x^(a−1) e^(−x) / Γ(a)`.
    static func density(a: Double, x: Double) -> Double {
        guard x > 0 else { return x == 0 ? (a < 1 ? .infinity : (a == 1 ? 1 : 0)) : 0 }
        return exp((a - 1) * log(x) - x - GammaFunction.logGamma(a))
    }

    /// The `x` with `P(a, x) = p`.
    ///
    /// Starting value from Numerical Recipes (3rd ed., §6.2, `invgammp`: Wilson–Hilferty for `a > 1`),
    /// then safeguarded Newton steps on `P` (p ≤ ½) or on `Q` (p > ½) to full precision.
    public static func inverseLower(a: Double, p: Double) -> Double {
        guard a > 0, a.isFinite, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        let useLower = p <= 0.5
        let q = 1 - p
        return MonotoneInversion.solve(start: initialGuess(a: a, p: p), lower: 0, upper: .infinity) { x in
            let tails = evaluate(a: a, x: x)
            return (useLower ? tails.lower - p : q - tails.upper, density(a: a, x: x))
        }
    }

    /// The `x` with `Q(a, x) = q`.
    public static func inverseUpper(a: Double, q: Double) -> Double {
        guard a > 0, a.isFinite, q >= 0, q <= 1 else { return .nan }
        if q == 1 { return 0 }
        if q == 0 { return .infinity }
        if q >= 0.5 { return inverseLower(a: a, p: 1 - q) }
        return MonotoneInversion.solve(start: initialGuess(a: a, p: 1 - q), lower: 0, upper: .infinity) { x in
            (q - evaluate(a: a, x: x).upper, density(a: a, x: x))
        }
    }

    static func initialGuess(a: Double, p: Double) -> Double {
        var x: Double
        if a > 1 {
            let pp = p < 0.5 ? p : 1 - p
            let t = sqrt(-2 * log(pp))
            var z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t
            if p < 0.5 { z = -z }
            x = Swift.max(1e-3, a * pow(1 - 1 / (9 * a) - z / (3 * sqrt(a)), 3))
        } else {
            let t = 1 - a * (0.253 + a * 0.12)
            if p < t {
                x = pow(p / t, 1 / a)
            } else {
                x = 1 - log(1 - (p - t) / (1 - t))
            }
        }
        return x.isFinite && x > 0 ? x : 1
    }
}
