extension ProportionInterval {
    /// The Wilson score interval for `k` successes in `n` trials.
    ///
    /// `(p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n)`, `z = Φ⁻¹((1+level)/2)` (Wilson 1927,
    /// JASA 22:209; Newcombe 1998, Stat Med 17:857, method 3). Stays inside [0, 1]; exact 0 and 1 at k = 0, n.
    ///
    /// - Throws: ``StatisticsError/zeroBase`` for n = 0, ``StatisticsError/successesExceedTrials(successes:trials:)``
    ///   for k > n, ``StatisticsError/negativeCount``, or ``StatisticsError/invalidParameter(_:)``.
    public static func wilson(successes k: Int, trials n: Int, confidenceLevel: Double = 0.95) throws(StatisticsError) -> ProportionInterval {
        try validate(successes: k, trials: n, confidenceLevel: confidenceLevel)
        let z = criticalValue(confidenceLevel)
        let (lower, upper) = wilsonLimits(k: Double(k), n: Double(n), z: z)
        return ProportionInterval(
            successes: k, trials: n, confidenceLevel: confidenceLevel, method: .wilson,
            lower: k == 0 ? 0 : lower, upper: k == n ? 1 : upper)
    }

    static func wilsonLimits(k: Double, n: Double, z: Double) -> (Double, Double) {
        let p = k / n
        let z2 = z * z
        let centre = p + z2 / (2 * n)
        let spread = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        let denominator = 1 + z2 / n
        return (Swift.max(0, (centre - spread) / denominator), Swift.min(1, (centre + spread) / denominator))
    }
}
