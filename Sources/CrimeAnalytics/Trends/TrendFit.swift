/// An ordinary-least-squares linear trend `value = intercept + slope · year` with its uncertainty.
///
/// Years are centred before fitting (`x̃ = x − x̄`): `slope = Σx̃(y − ȳ) / Sxx`, `Sxx = Σx̃²`,
/// `SE(slope) = s/√Sxx` with `s² = SSE/(n − 2)`, `t = slope/SE` on `n − 2` degrees of freedom, two-sided
/// p from Student's t, CI `slope ± t_{(1+level)/2, n−2} · SE`, `R² = 1 − SSE/Syy` (any regression
/// textbook, e.g. Draper & Smith, *Applied Regression Analysis*, ch. 1; matches `statsmodels` OLS).
/// The intercept is reported at raw years (`ȳ − slope · x̄`).
///
/// Undefined parts are `nil`: with two observations only the line is defined (no SE, t, p, CI or R²);
/// a perfect fit (SSE = 0, to rounding) has SE 0, `t = ±∞` and p = 0 — or `t` and p `nil` when the
/// series is constant (slope 0, 0/0); R² is `nil` when all values are equal.
public struct TrendFit: Sendable, Equatable {
    /// Number of (year, value) pairs used (pairs with NaN or infinity are skipped).
    public let observationCount: Int
    /// The estimated change per year.
    public let slope: Double
    /// The fitted value at year 0 of the raw year scale.
    public let intercept: Double
    /// Mean of the years used (the centre of the fit).
    public let meanYear: Double
    /// Mean of the values used (the fitted value at ``meanYear``).
    public let meanValue: Double
    /// Residual sum of squares `SSE = Σ(y − ŷ)²`.
    public let residualSumOfSquares: Double
    /// Standard error of the slope, `nil` when n < 3.
    public let standardError: Double?
    /// `slope / SE`, `nil` when n < 3 or when it is 0/0.
    public let tStatistic: Double?
    /// Two-sided p-value of `slope = 0`, `nil` when t is undefined.
    public let pValue: Double?
    /// Confidence interval of the slope, `nil` when n < 3.
    public let confidenceInterval: ConfidenceInterval?
    /// Coefficient of determination, `nil` when n < 3 or all values are equal.
    public let rSquared: Double?

    /// Residual degrees of freedom `n − 2`.
    public var degreesOfFreedom: Int { observationCount - 2 }

    /// The fitted value at `year`.
    public func fittedValue(atYear year: Double) -> Double { meanValue + slope * (year - meanYear) }

    /// Fits the trend of `values` over `years` (same length); returns `nil` when fewer than two usable
    /// pairs remain or all usable years are equal.
    ///
    /// Exact two-pass computation (means first, then centred sums), the per-series reference for
    /// ``TrendFit/batched(values:years:confidenceLevel:)``.
    public init?(years: [Double], values: [Double], confidenceLevel: Double = 0.95) {
        guard years.count == values.count, confidenceLevel > 0, confidenceLevel < 1 else { return nil }
        var xs: [Double] = [], ys: [Double] = []
        xs.reserveCapacity(years.count)
        ys.reserveCapacity(values.count)
        for (x, y) in zip(years, values) where x.isFinite && y.isFinite {
            xs.append(x)
            ys.append(y)
        }
        let n = xs.count
        guard n >= 2 else { return nil }
        let meanX = xs.reduce(0, +) / Double(n)
        var meanY = ys.reduce(0, +) / Double(n)
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        var isConstant = true
        var largest = 0.0
        for i in 0..<n {
            let dx = xs[i] - meanX, dy = ys[i] - meanY
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
            if ys[i] != ys[0] { isConstant = false }
            largest = Swift.max(largest, Swift.abs(ys[i]))
        }
        guard sxx > 0 else { return nil }
        var slope = sxy / sxx
        var sse = 0.0
        if isConstant {
            slope = 0
            meanY = ys[0]
            syy = 0
        } else {
            for i in 0..<n {
                let r = ys[i] - meanY - slope * (xs[i] - meanX)
                sse += r * r
            }
        }
        self.init(
            count: n, slope: slope, meanYear: meanX, meanValue: meanY, sxx: sxx, sse: sse, syy: syy,
            largestMagnitude: largest, confidenceLevel: confidenceLevel,
            tQuantile: n > 2 ? StudentTDistribution(degreesOfFreedom: n - 2).quantile((1 + confidenceLevel) / 2) : .nan)
    }

    /// The inference shared by the single and batched fits, from the sufficient statistics.
    init(
        count n: Int, slope: Double, meanYear: Double, meanValue: Double, sxx: Double, sse rawSSE: Double,
        syy: Double, largestMagnitude: Double, confidenceLevel: Double, tQuantile: Double
    ) {
        observationCount = n
        self.slope = slope
        self.meanYear = meanYear
        self.meanValue = meanValue
        intercept = meanValue - slope * meanYear
        // Residuals at the rounding level of the data are a perfect fit.
        let roundingFloor = Double(n) * (4 * Double.ulpOfOne * largestMagnitude) * (4 * Double.ulpOfOne * largestMagnitude)
        let sse = rawSSE <= roundingFloor ? 0 : rawSSE
        residualSumOfSquares = sse
        guard n > 2 else {
            standardError = nil
            tStatistic = nil
            pValue = nil
            confidenceInterval = nil
            rSquared = nil
            return
        }
        let se = (sse / Double(n - 2) / sxx).squareRoot()
        standardError = se
        if se == 0 {
            tStatistic = slope == 0 ? nil : (slope > 0 ? .infinity : -.infinity)
            pValue = slope == 0 ? nil : 0
            confidenceInterval = ConfidenceInterval(lower: slope, upper: slope, level: confidenceLevel)
        } else {
            let t = slope / se
            tStatistic = t
            pValue = StudentTDistribution(degreesOfFreedom: n - 2).twoSidedPValue(t)
            confidenceInterval = ConfidenceInterval(
                lower: slope - tQuantile * se, upper: slope + tQuantile * se, level: confidenceLevel)
        }
        // R² = 1 − SSE/Syy = b²·Sxx/Syy; each form where it does not cancel.
        if syy > 0 {
            let r2 = sse <= 0.5 * syy ? 1 - sse / syy : slope * slope * sxx / syy
            rSquared = Swift.min(1, Swift.max(0, r2))
        } else {
            rSquared = nil
        }
    }
}
