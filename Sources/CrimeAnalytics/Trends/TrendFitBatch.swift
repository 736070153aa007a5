/// The linear trends of many series fitted at once, stored column-wise (one array per statistic).
///
/// Produced by ``TrendFit/batched(values:years:confidenceLevel:)``. Element `i` of every array belongs
/// to series `i`; undefined values are NaN (use ``subscript(_:)`` for a ``TrendFit`` with `nil`s instead).
public struct TrendFitBatch: Sendable {
    /// The shared years (columns of the input).
    public let years: [Double]
    /// The confidence level of the slope intervals.
    public let confidenceLevel: Double
    /// Number of observed (finite) values per series.
    public internal(set) var observationCount: [Int]
    /// Slope per series (change per year).
    public internal(set) var slope: [Double]
    /// Intercept at raw years per series.
    public internal(set) var intercept: [Double]
    /// Mean of the years each series was observed in.
    public internal(set) var meanYear: [Double]
    /// Mean value per series.
    public internal(set) var meanValue: [Double]
    /// Residual sum of squares per series.
    public internal(set) var residualSumOfSquares: [Double]
    /// Standard error of the slope (NaN when n < 3).
    public internal(set) var standardError: [Double]
    /// t statistic of the slope (NaN when undefined, ±∞ for a perfect non-flat fit).
    public internal(set) var tStatistic: [Double]
    /// Two-sided p-value (NaN when undefined).
    public internal(set) var pValue: [Double]
    /// Lower confidence limit of the slope.
    public internal(set) var lowerBound: [Double]
    /// Upper confidence limit of the slope.
    public internal(set) var upperBound: [Double]
    /// R² per series (NaN when undefined).
    public internal(set) var rSquared: [Double]

    /// Number of series.
    public var count: Int { slope.count }

    init(count: Int, years: [Double], confidenceLevel: Double) {
        self.years = years
        self.confidenceLevel = confidenceLevel
        // One buffer per column: sharing one NaN array would make the first store into each column copy it.
        func nan() -> [Double] { [Double](repeating: .nan, count: count) }
        observationCount = [Int](repeating: 0, count: count)
        slope = nan()
        intercept = nan()
        meanYear = nan()
        meanValue = nan()
        residualSumOfSquares = nan()
        standardError = nan()
        tStatistic = nan()
        pValue = nan()
        lowerBound = nan()
        upperBound = nan()
        rSquared = nan()
    }

    /// The fit of series `i` as a ``TrendFit``; `nil` when undefined (fewer than two observed years).
    public subscript(_ i: Int) -> TrendFit? {
        guard i >= 0, i < count, !slope[i].isNaN else { return nil }
        func optional(_ v: Double) -> Double? { v.isNaN ? nil : v }
        return TrendFit(
            observationCount: observationCount[i], slope: slope[i], intercept: intercept[i],
            meanYear: meanYear[i], meanValue: meanValue[i], residualSumOfSquares: residualSumOfSquares[i],
            standardError: optional(standardError[i]), tStatistic: optional(tStatistic[i]),
            pValue: optional(pValue[i]),
            confidenceInterval: lowerBound[i].isNaN
                ? nil : ConfidenceInterval(lower: lowerBound[i], upper: upperBound[i], level: confidenceLevel),
            rSquared: optional(rSquared[i]))
    }
}

extension TrendFit {
    /// Rebuilds a fit from stored components (used by ``TrendFitBatch``).
    init(
        observationCount: Int, slope: Double, intercept: Double, meanYear: Double, meanValue: Double,
        residualSumOfSquares: Double, standardError: Double?, tStatistic: Double?, pValue: Double?,
        confidenceInterval: ConfidenceInterval?, rSquared: Double?
    ) {
        self.observationCount = observationCount
        self.slope = slope
        self.intercept = intercept
        self.meanYear = meanYear
        self.meanValue = meanValue
        self.residualSumOfSquares = residualSumOfSquares
        self.standardError = standardError
        self.tStatistic = tStatistic
        self.pValue = pValue
        self.confidenceInterval = confidenceInterval
        self.rSquared = rSquared
    }
}
