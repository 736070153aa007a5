internal import Glibc

/// Whole-series change measures: total change, compound annual growth rate, index to a base year.
public enum SeriesChange {
    /// Total change in percent, `100 · (last − first) / first`; `nil` when `first` is 0 or either is not finite.
    public static func totalPercentChange(from first: Double, to last: Double) -> Double? {
        YearOverYearChange(from: first, to: last).percent
    }

    /// Total percent change between the first and last values of a series (`nil` if either is missing).
    public static func totalPercentChange(of values: [Double]) -> Double? {
        guard let first = values.first, let last = values.last else { return nil }
        return totalPercentChange(from: first, to: last)
    }

    /// The compound annual growth rate in percent, `100 · ((last/first)^(1/periods) − 1)`.
    ///
    /// `nil` when `periods ≤ 0`, `first ≤ 0`, `last < 0` or a value is not finite (the growth factor
    /// must be a positive ratio).
    public static func compoundAnnualGrowthRate(from first: Double, to last: Double, periods: Double) -> Double? {
        guard periods > 0, first > 0, last >= 0, first.isFinite, last.isFinite, periods.isFinite else { return nil }
        return 100 * (pow(last / first, 1 / periods) - 1)
    }

    /// CAGR over a whole series of consecutive periods: `periods = values.count − 1`.
    public static func compoundAnnualGrowthRate(of values: [Double]) -> Double? {
        guard values.count >= 2, let first = values.first, let last = values.last else { return nil }
        return compoundAnnualGrowthRate(from: first, to: last, periods: Double(values.count - 1))
    }

    /// The series indexed to `values[baseIndex] = 100`: `100 · yᵢ / y_base`.
    ///
    /// `nil` entirely when the base is 0, missing or out of range; `nil` elements where a value is missing.
    public static func indexed(_ values: [Double], baseIndex: Int) -> [Double?]? {
        guard values.indices.contains(baseIndex) else { return nil }
        let base = values[baseIndex]
        guard base != 0, base.isFinite else { return nil }
        return values.map { $0.isFinite ? 100 * $0 / base : nil }
    }
}
