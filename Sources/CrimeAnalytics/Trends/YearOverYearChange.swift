/// The change from one period's value to the next: absolute difference and percent change.
///
/// `difference = current − previous` (in percentage points when the values are percentages) and
/// `percent = 100 · (current − previous) / previous`, undefined (`nil`) when `previous` is 0.
/// Example: 40 % → 45 % is +5 points and +12.5 %; 12.5 % → 10 % is −2.5 points and −20 %.
public struct YearOverYearChange: Sendable, Equatable {
    /// The earlier value.
    public let previous: Double
    /// The later value.
    public let current: Double

    /// The change from `previous` to `current`.
    public init(from previous: Double, to current: Double) {
        self.previous = previous
        self.current = current
    }

    /// `current − previous`.
    public var difference: Double { current - previous }

    /// ``difference`` read as percentage points (when both values are percentages).
    public var percentagePoints: Double { difference }

    /// `100 · (current − previous) / previous`; `nil` when `previous` is 0 or either value is not finite.
    public var percent: Double? {
        guard previous != 0, previous.isFinite, current.isFinite else { return nil }
        return 100 * (current - previous) / previous
    }

    /// The changes between consecutive values (`values.count − 1` of them; `nil` where either value
    /// is NaN or infinite).
    public static func changes(in values: [Double]) -> [YearOverYearChange?] {
        guard values.count >= 2 else { return [] }
        return (1..<values.count).map { i in
            values[i - 1].isFinite && values[i].isFinite ? YearOverYearChange(from: values[i - 1], to: values[i]) : nil
        }
    }
}
