/// The Theil–Sen robust trend: the median of all pairwise slopes, with Sen's confidence interval.
///
/// `slope = median{(yⱼ − yᵢ)/(xⱼ − xᵢ) : xⱼ > xᵢ}` (Theil 1950; Sen 1968, JASA 63:1379). The interval
/// follows `scipy.stats.theilslopes`: with `N` slopes sorted, `σ² = [n(n−1)(2n+5) − Σₓ t(t−1)(2t+5) −
/// Σ_y t(t−1)(2t+5)]/18` (t = sizes of tied groups in x and in y) and `z = Φ⁻¹((1−level)/2)`, the
/// limits are the sorted slopes at `round((N + zσ)/2) − 1` and `round((N − zσ)/2)` (round half to even,
/// clipped to the valid range). Intercept: `median(y) − slope · median(x)`.
public struct TheilSenFit: Sendable, Equatable {
    /// Number of (year, value) pairs used.
    public let observationCount: Int
    /// The median pairwise slope.
    public let slope: Double
    /// `median(y) − slope · median(x)` at raw years.
    public let intercept: Double
    /// Sen's confidence interval for the slope.
    public let confidenceInterval: ConfidenceInterval

    /// Fits the Theil–Sen slope; `nil` when fewer than 3 usable pairs, all years equal or all values
    /// tied (no information on a trend). Pairs containing NaN or infinity are skipped.
    public init?(years: [Double], values: [Double], confidenceLevel: Double = 0.95) {
        guard years.count == values.count, confidenceLevel > 0, confidenceLevel < 1 else { return nil }
        let pairs = zip(years, values).filter { $0.0.isFinite && $0.1.isFinite }
        let n = pairs.count
        guard n >= 3 else { return nil }
        let xs = pairs.map(\.0), ys = pairs.map(\.1)
        guard let low = ys.min(), let high = ys.max(), low < high else { return nil }
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            for j in 0..<n where xs[j] > xs[i] {
                slopes.append((ys[j] - ys[i]) / (xs[j] - xs[i]))
            }
        }
        guard !slopes.isEmpty else { return nil }
        slopes.sort()
        let slope = Self.median(sorted: slopes)
        // z for the usual 95 % without the quantile search; any other level is computed.
        let z = confidenceLevel == 0.95 ? -1.959963984540054 : NormalDistribution.standard.quantile((1 - confidenceLevel) / 2)
        /// Σ t(t−1)(2t+5) over groups of t tied values, counted as runs of the sorted values.
        func tieTerm(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            var total = 0.0, run = 1.0
            for i in 1...sorted.count {
                if i < sorted.count && sorted[i] == sorted[i - 1] {
                    run += 1
                } else {
                    if run > 1 { total += run * (run - 1) * (2 * run + 5) }
                    run = 1
                }
            }
            return total
        }
        let nd = Double(n)
        let variance = (nd * (nd - 1) * (2 * nd + 5) - tieTerm(xs) - tieTerm(ys)) / 18
        let sigma = Swift.max(0, variance).squareRoot()
        let count = Double(slopes.count)
        let upperIndex = Swift.min(Int(((count - z * sigma) / 2).rounded(.toNearestOrEven)), slopes.count - 1)
        let lowerIndex = Swift.max(Int(((count + z * sigma) / 2).rounded(.toNearestOrEven)) - 1, 0)
        observationCount = n
        self.slope = slope
        intercept = Self.median(sorted: ys.sorted()) - slope * Self.median(sorted: xs.sorted())
        confidenceInterval = ConfidenceInterval(
            lower: slopes[Swift.min(lowerIndex, slopes.count - 1)], upper: slopes[Swift.max(upperIndex, 0)],
            level: confidenceLevel)
    }

    static func median(sorted v: [Double]) -> Double {
        let m = v.count / 2
        return v.count % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2
    }
}
