import CrimeData
internal import Glibc

/// Trend measures for many yearly series at once; the OLS fits go through one batched GEMM.
public enum TrendAnalysis {
    /// No trend from fewer years than this: a series with fewer gets no fit, no rank test and no growth
    /// rate (its yearly changes are still given). Two points always lie on a line, so a "trend" through
    /// them says nothing the two figures do not.
    public static let minimumYears = 3

    /// Metrics that are not statistics of crime or policing (how many units a cluster has, how many
    /// commendations were handed out): they are tabled, never trended.
    public static let untrendedMetrics: Set<String> = [
        "members", "commendations_collective", "commendations_individual", "commendations_total",
    ]

    /// Whether series of this metric are trended at all.
    public static func isTrended(metric id: String) -> Bool { !untrendedMetrics.contains(id) }

    /// Analyses every series. OLS for all series is one call of ``TrendFit/batched(values:seriesCount:years:confidenceLevel:)``
    /// over a series × year matrix on the shared year axis (missing years as NaN).
    public static func analyse(_ series: [YearlySeries], confidenceLevel: Double = 0.95) -> [SeriesTrend] {
        guard !series.isEmpty else { return [] }
        let allYears = series.flatMap(\.years)
        guard let first = allYears.min(), let last = allYears.max() else {
            return series.map { analyseOne($0, fit: nil, logFit: nil, confidenceLevel: confidenceLevel) }
        }
        let width = last - first + 1
        var matrix = [Double](repeating: .nan, count: series.count * width)
        for (s, one) in series.enumerated() {
            for (year, value) in zip(one.years, one.values) { matrix[s * width + (year - first)] = value }
        }
        let axis = (first...last).map(Double.init)
        // p-values by the closed form for integer df (A&S 26.7.3/26.7.4): equal to the incomplete beta to
        // ~1e-14 relative and several times cheaper.
        let batch = try? TrendFit.batched(values: matrix, seriesCount: series.count, years: axis,
                                          confidenceLevel: confidenceLevel)
        // The log-linear fits behind the annual percent change, batched the same way: ln(y) where every
        // value is positive and there are 3 or more, else a row of NaN (no APC).
        for (s, one) in series.enumerated() {
            let usable = one.values.count >= 3 && one.values.allSatisfy { $0 > 0 && $0.isFinite }
            for (year, value) in zip(one.years, one.values) {
                matrix[s * width + (year - first)] = usable ? log(value) : .nan
            }
        }
        let logBatch = try? TrendFit.batched(values: matrix, seriesCount: series.count, years: axis,
                                             confidenceLevel: confidenceLevel)
        return series.enumerated().map { s, one in
            analyseOne(one, fit: batch?[s], logFit: logBatch?[s], confidenceLevel: confidenceLevel)
        }
    }

    static func analyseOne(_ one: YearlySeries, fit: TrendFit?, logFit: TrendFit?, confidenceLevel: Double) -> SeriesTrend {
        let metric = MetricCatalog.metric(one.metric)
            ?? Metric(id: one.metric, unit: .count, english: one.metric, vietnamese: one.metric)
        let years = one.years.map(Double.init)
        let values = one.values
        let enough = values.count >= minimumYears
        let ols = enough ? fit : nil
        var changes: [Double?] = [nil]
        var points: [Double?] = [nil]
        for i in values.indices.dropFirst() {
            let consecutive = one.years[i] == one.years[i - 1] + 1
            let change = YearOverYearChange(from: values[i - 1], to: values[i])
            changes.append(consecutive ? change.percent : nil)
            points.append(consecutive ? change.percentagePoints : nil)
        }
        if values.isEmpty { changes = []; points = [] }
        var cagr: Double? = nil
        if enough, let f = values.first, let l = values.last, let fy = one.years.first, let ly = one.years.last, ly > fy {
            cagr = SeriesChange.compoundAnnualGrowthRate(from: f, to: l, periods: Double(ly - fy))
        }
        return SeriesTrend(
            series: one, metric: metric, ols: ols,
            theilSen: enough ? TheilSenFit(years: years, values: values, confidenceLevel: confidenceLevel) : nil,
            mannKendall: enough ? MannKendallTest(values: values) : nil,
            cagrPercent: cagr,
            annualPercentChange: enough ? logFit.map(AnnualPercentChange.init(logLinearFit:)) : nil,
            changePercent: changes,
            changePoints: metric.unit == .percent ? points : nil)
    }
}
