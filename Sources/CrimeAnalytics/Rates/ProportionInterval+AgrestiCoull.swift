extension ProportionInterval {
    /// The Agresti–Coull interval, clipped to [0, 1].
    ///
    /// `ñ = n + z²`, `p̃ = (k + z²/2)/ñ`, limits `p̃ ± z·√(p̃(1−p̃)/ñ)` (Agresti & Coull 1998,
    /// Am Stat 52:119; as `statsmodels.stats.proportion.proportion_confint(method="agresti_coull")`).
    ///
    /// - Throws: as ``wilson(successes:trials:confidenceLevel:)``.
    public static func agrestiCoull(successes k: Int, trials n: Int, confidenceLevel: Double = 0.95) throws(StatisticsError) -> ProportionInterval {
        try validate(successes: k, trials: n, confidenceLevel: confidenceLevel)
        let z = criticalValue(confidenceLevel)
        let z2 = z * z
        let nTilde = Double(n) + z2
        let pTilde = (Double(k) + z2 / 2) / nTilde
        let half = z * (pTilde * (1 - pTilde) / nTilde).squareRoot()
        return ProportionInterval(
            successes: k, trials: n, confidenceLevel: confidenceLevel, method: .agrestiCoull,
            lower: Swift.max(0, pTilde - half), upper: Swift.min(1, pTilde + half))
    }
}
