import CrimeData

/// Every trend measure of one yearly series: OLS, Theil–Sen, Mann–Kendall, CAGR, APC, yearly changes.
///
/// Minimum-data rules: no trend measure from fewer than ``TrendAnalysis/minimumYears`` (3) years — OLS,
/// Theil–Sen, Mann–Kendall, CAGR and APC are all nil below it; Theil–Sen and Mann–Kendall are undefined
/// when all values tie; CAGR needs a positive first and last value; the annual percent change needs
/// every value positive.
public struct SeriesTrend: Sendable {
    public let series: YearlySeries
    public let metric: Metric
    public let ols: TrendFit?
    public let theilSen: TheilSenFit?
    public let mannKendall: MannKendallTest?
    /// Compound annual growth rate in % over the years spanned (first to last stated year).
    public let cagrPercent: Double?
    /// Log-linear annual percent change, 100·(e^b − 1), with its 95 % CI.
    public let annualPercentChange: AnnualPercentChange?
    /// Change from the previous stated year when it is the calendar year before (nil otherwise or with a zero base).
    public let changePercent: [Double?]
    /// For rates: the change in percentage points from the previous year.
    public let changePoints: [Double?]?

    public var observationCount: Int { series.years.count }
}
