/// A kind of reported figure: its identifier, unit, labels and the relations the analytics use.
///
/// Base metrics and extensions follow DESIGN.md and ../shared/data/README.md. Change metrics are derived:
/// `<base>_change_pct` / `<base>_change_count` (signed, against the same span a year earlier) with an
/// optional baseline suffix `_vs_prev_period` or `_vs_YYYY`; `crime_change_*` refer to the primary crime
/// count of the statement.
public struct Metric: Hashable, Sendable, CustomStringConvertible {
    /// The identifier used in CSV and JSON, e.g. `clearance_rate`.
    public let id: String
    public let unit: MetricUnit
    /// English label, e.g. "clearance rate".
    public let english: String
    /// Vietnamese label, e.g. "tỷ lệ điều tra khám phá".
    public let vietnamese: String
    /// For a rate: the metric counted in the numerator (e.g. `cases_cleared`).
    public let numerator: String?
    /// For a rate: the metrics that can serve as its base, in order of preference as stated.
    public let denominators: [String]
    /// For a change metric: the metric whose change it states (`crimes_recorded` for `crime_change_pct`).
    public let changeOf: String?
    /// For a change metric: the baseline it compares against.
    public let baseline: ChangeBaseline?

    public init(id: String, unit: MetricUnit, english: String, vietnamese: String,
                numerator: String? = nil, denominators: [String] = [],
                changeOf: String? = nil, baseline: ChangeBaseline? = nil) {
        self.id = id
        self.unit = unit
        self.english = english
        self.vietnamese = vietnamese
        self.numerator = numerator
        self.denominators = denominators
        self.changeOf = changeOf
        self.baseline = baseline
    }

    /// A change metric may be negative; other counts may not.
    public var isSignedChange: Bool { changeOf != nil || unit == .percentagePoints }

    /// A rate with a known numerator and base.
    public var isRate: Bool { unit == .percent && numerator != nil && changeOf == nil }

    /// The label in the requested language.
    public func label(vietnamese useVietnamese: Bool) -> String { useVietnamese ? vietnamese : english }

    public var description: String { id }
}
