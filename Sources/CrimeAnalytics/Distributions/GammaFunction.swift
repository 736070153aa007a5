internal import Glibc

// Swift's standard library, swift-numerics and Foundation provide no statistical distributions or
// incomplete beta/gamma functions, so this folder implements them. Only elementary functions (exp, log,
// log1p, erfc, lgamma_r) come from the C library.

/// The logarithm of the gamma function and of the beta function.
enum GammaFunction {
    /// `ln Γ(x)` for `x > 0` (C library `lgamma_r`, thread-safe unlike `lgamma`).
    static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// `ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)`.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        logGamma(a) + logGamma(b) - logGamma(a + b)
    }
}
