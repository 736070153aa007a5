/// Safeguarded Newton inversion of a monotone function, used to polish every quantile to full precision.
enum MonotoneInversion {
    /// Solves `g(x) = 0` for an increasing `g` on `[lower, upper]`, starting from `start`.
    ///
    /// `evaluate(x)` returns `(g(x), g′(x))`. Newton steps that leave the current bracket, or a zero or
    /// non-finite derivative, fall back to bisection (or doubling when `upper` is infinite).
    static func solve(
        start: Double, lower: Double, upper: Double, maxIterations: Int = 200,
        evaluate: (Double) -> (value: Double, derivative: Double)
    ) -> Double {
        var lo = lower, hi = upper
        var x = start
        if !(x > lo && x < hi) { x = fallback(x: lo, lower: lo, upper: hi) }
        for _ in 0..<maxIterations {
            let (g, dg) = evaluate(x)
            guard !g.isNaN else { return .nan }
            if g == 0 { return x }
            if g < 0 { lo = x } else { hi = x }
            var next = x - g / dg
            if !(dg > 0) || !dg.isFinite || !next.isFinite || next <= lo || next >= hi {
                next = fallback(x: x, lower: lo, upper: hi)
            }
            if Swift.abs(next - x) <= 2 * Double.ulpOfOne * Swift.abs(x) || next == lo || next == hi {
                return next
            }
            x = next
        }
        return x
    }

    /// Bisection inside a finite bracket; outside one, a step away from the finite end that doubles
    /// the distance (so an infinite side is explored geometrically).
    private static func fallback(x: Double, lower lo: Double, upper hi: Double) -> Double {
        switch (lo.isFinite, hi.isFinite) {
        case (true, true): return lo + (hi - lo) / 2
        case (true, false): return Swift.max(lo + 1, lo + 2 * Swift.abs(lo), x + Swift.max(1, Swift.abs(x)))
        case (false, true): return Swift.min(hi - 1, hi - 2 * Swift.abs(hi), x - Swift.max(1, Swift.abs(x)))
        case (false, false): return x.isFinite ? x : 0
        }
    }
}
