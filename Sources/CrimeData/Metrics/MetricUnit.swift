/// What a metric's values measure.
public enum MetricUnit: String, Sendable, Hashable {
    /// A count of cases, people, accidents…
    case count
    /// A percentage (0–100, may exceed 100 for clearance rates).
    case percent
    /// A difference of two percentages, in percentage points.
    case percentagePoints = "pp"
}
