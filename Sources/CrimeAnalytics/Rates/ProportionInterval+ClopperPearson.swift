extension ProportionInterval {
    /// The Clopper–Pearson ("exact") interval from beta quantiles.
    ///
    /// `lower = B⁻¹(α/2; k, n−k+1)` (0 when k = 0), `upper = B⁻¹(1−α/2; k+1, n−k)` (1 when k = n),
    /// `α = 1 − level` (Clopper & Pearson 1934, Biometrika 26:404).
    ///
    /// - Throws: as ``wilson(successes:trials:confidenceLevel:)``.
    public static func clopperPearson(successes k: Int, trials n: Int, confidenceLevel: Double = 0.95) throws(StatisticsError) -> ProportionInterval {
        try validate(successes: k, trials: n, confidenceLevel: confidenceLevel)
        let alpha = 1 - confidenceLevel
        let lower = k == 0 ? 0 : BetaDistribution(alpha: Double(k), beta: Double(n - k + 1)).quantile(alpha / 2)
        let upper = k == n ? 1 : BetaDistribution(alpha: Double(k + 1), beta: Double(n - k)).quantile(1 - alpha / 2)
        return ProportionInterval(
            successes: k, trials: n, confidenceLevel: confidenceLevel, method: .clopperPearson, lower: lower, upper: upper)
    }
}
