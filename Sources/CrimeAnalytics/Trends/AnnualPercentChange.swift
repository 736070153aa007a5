internal import Glibc

/// The log-linear annual percent change (APC) of a series, with its confidence interval.
///
/// OLS of `ln y` on year gives slope `b`; `APC = 100 · (eᵇ − 1)` and the CI is
/// `100 · (e^{b ± t·SE(b)} − 1)` with t on `n − 2` degrees of freedom (the convention of the NCI
/// Joinpoint program and of Clegg et al. 2009, Stat Med 28:3670). Undefined when any value is ≤ 0.
public struct AnnualPercentChange: Sendable, Equatable {
    /// The annual percent change.
    public let percent: Double
    /// Its confidence interval (`nil` with fewer than 3 values).
    public let confidenceInterval: ConfidenceInterval?
    /// The underlying fit of `ln y` on year.
    public let logLinearFit: TrendFit

    /// Fits the APC; `nil` when any finite value is ≤ 0 or fewer than two usable years remain.
    public init?(years: [Double], values: [Double], confidenceLevel: Double = 0.95) {
        guard years.count == values.count else { return nil }
        guard !values.contains(where: { $0.isFinite && $0 <= 0 }) else { return nil }
        let logs = values.map { $0.isFinite ? log($0) : Double.nan }
        guard let fit = TrendFit(years: years, values: logs, confidenceLevel: confidenceLevel) else { return nil }
        self.init(logLinearFit: fit)
    }

    /// The annual percent change from an OLS fit of ln(y) on the year already made (e.g. in a batch).
    public init(logLinearFit fit: TrendFit) {
        logLinearFit = fit
        percent = 100 * expm1(fit.slope)
        confidenceInterval = fit.confidenceInterval.map {
            ConfidenceInterval(lower: 100 * expm1($0.lower), upper: 100 * expm1($0.upper), level: $0.level)
        }
    }
}
