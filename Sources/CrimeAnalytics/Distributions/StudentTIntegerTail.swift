internal import Glibc

/// Two-sided p-values `P(|T| ≥ |t|)` of Student's t with a positive integer number of degrees of freedom ν,
/// by the exact finite series in `θ = atan(|t|/√ν)` instead of the regularised incomplete beta function.
///
/// With `x = cos²θ = ν/(ν + t²)` and `y = sin²θ = t²/(ν + t²)`, the central probability
/// `A(t|ν) = P(|T| < |t|)` is (Abramowitz & Stegun 26.7.3 for odd ν, 26.7.4 for even ν):
///
/// - ν even, `J = ν/2`:       `A = √y · Σ_{j<J} c_j xʲ`,  `c_0 = 1`, `c_{j+1} = c_j (2j+1)/(2j+2)`;
/// - ν odd,  `J = (ν − 1)/2`: `A = (2/π)(θ + √(xy) · Σ_{j<J} d_j xʲ)`,  `d_0 = 1`, `d_{j+1} = d_j (2j+2)/(2j+3)`.
///
/// The two-sided p-value `1 − A` cancels when it is small, so it is summed directly from the rest of
/// the same power series: `Σ_{j≥0} c_j xʲ = (1 − x)^(−½)` and `Σ_{j≥0} d_j xʲ = arcsin(√x) / √(x(1 − x))`
/// (the binomial series and the series of `arcsin z / √(1 − z²)`, A&S 4.4.40 with z = cos θ), hence
///
/// - ν even: `p = √y · Σ_{j≥J} c_j xʲ`;
/// - ν odd:  `p = (2/π) · √(xy) · Σ_{j≥J} d_j xʲ`.
///
/// Every term is positive, so this keeps full relative precision; it is used while `x ≤ 0.75` (the terms
/// fall at least by ¾ each, so ≤ ~140 terms). For larger `x` (small |t|), `p = 1 − A` from the finite
/// form, which is accurate to ~1e-13 relative as long as `p ≥ 0.01`; anything else (large ν with a
/// small p and `x > 0.75`, or `t²` overflowing) goes to ``StudentTDistribution/twoSidedPValue(_:)``.
///
/// Hand-written because the point is to avoid the incomplete beta function (log, lgamma, exp and a
/// continued fraction per call, ~1,000 instructions) when one ν is shared by a whole batch; the
/// coefficients are tabulated once per ν. Results agree with the incomplete-beta path to ~1e-14 relative.
struct StudentTIntegerTail: Sendable {
    /// ν.
    let degreesOfFreedom: Int
    private let nu: Double
    private let isEven: Bool
    /// `c_j` (even) or `d_j` (odd) for `j < J`: the finite series of `A`.
    private let head: [Double]
    /// The same coefficients for `j = J, J + 1, …`: the tail series of `p`.
    private let tail: [Double]
    private let reference: StudentTDistribution

    /// Largest `x` for which the tail series is summed.
    private static let tailSeriesLimit = 0.75
    /// Number of tabulated tail coefficients: `0.75^200 ≈ 1e-25`, far below double precision.
    private static let tailTerms = 200

    /// The tail for `degreesOfFreedom` (> 0).
    init(degreesOfFreedom df: Int) {
        precondition(df > 0, "degrees of freedom must be positive")
        degreesOfFreedom = df
        nu = Double(df)
        isEven = df % 2 == 0
        let firstTail = isEven ? df / 2 : (df - 1) / 2
        var coefficients: [Double] = []
        coefficients.reserveCapacity(firstTail + Self.tailTerms)
        var w = 1.0
        for j in 0..<(firstTail + Self.tailTerms) {
            coefficients.append(w)
            let k = Double(j)
            w *= isEven ? (2 * k + 1) / (2 * k + 2) : (2 * k + 2) / (2 * k + 3)
        }
        head = Array(coefficients[..<firstTail])
        tail = Array(coefficients[firstTail...])
        reference = StudentTDistribution(degreesOfFreedom: df)
    }

    /// `P(|T| ≥ |t|)`; NaN for NaN.
    func twoSidedPValue(_ t: Double) -> Double {
        let t2 = t * t
        guard t2 < .infinity else { return reference.twoSidedPValue(t) }  // NaN, ±∞, or t² overflowing
        let denominator = nu + t2
        let x = nu / denominator, y = t2 / denominator
        if x <= Self.tailSeriesLimit {
            // x^J by repeated squaring.
            var power = 1.0, base = x, e = head.count
            while e > 0 {
                if e & 1 == 1 { power *= base }
                base *= base
                e >>= 1
            }
            var sum = 0.0
            var converged = false
            tail.withUnsafeBufferPointer { w in
                for j in 0..<w.count {
                    let term = w[j] * power
                    sum += term
                    if term <= 1e-17 * sum {
                        converged = true
                        break
                    }
                    power *= x
                }
            }
            // Underflow of xʲ (p below ~1e-308) ends the series at 0 too.
            guard converged || power == 0 else { return reference.twoSidedPValue(t) }
            let p = isEven ? y.squareRoot() * sum : (2 / Double.pi) * (x * y).squareRoot() * sum
            return Swift.min(1, p)
        }
        // Central probability by the finite series (Horner in x), then p = 1 − A.
        var series = 0.0
        head.withUnsafeBufferPointer { c in
            var j = c.count
            while j > 0 {
                j -= 1
                series = series * x + c[j]
            }
        }
        let central: Double
        if isEven {
            central = y.squareRoot() * series
        } else {
            let theta = atan(Swift.abs(t) / nu.squareRoot())
            central = (2 / Double.pi) * (theta + (x * y).squareRoot() * series)
        }
        let p = 1 - central
        guard p >= 0.01 else { return reference.twoSidedPValue(t) }
        return Swift.min(1, p)
    }
}
