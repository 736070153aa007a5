/// Estimates with interval whiskers on one shared axis: `├──●──┤` (ASCII `|--o--|`).
///
/// Rules: the axis is a ``NiceScale`` covering every estimate, interval end and the reference; each
/// row draws its interval from low to high with the estimate's dot on top; a row without an interval
/// draws only the dot. The optional reference (a pooled rate) is a `│` (`|`) in its column, crossing
/// whiskers as `┼` (`+`), and is named in a line below. Tick labels are placed under the axis without
/// overlapping; the caller's formatter prints ticks and values (percent or not). Rows with a
/// non-finite estimate or bound are skipped and noted.
public struct DotPlot: TextChart {
    /// One estimate with its interval.
    public struct Row: Sendable, Hashable {
        /// Row label.
        public var label: String
        /// The point estimate.
        public var estimate: Double
        /// Lower interval bound, if any.
        public var low: Double?
        /// Upper interval bound, if any.
        public var high: Double?

        /// Creates a row.
        public init(_ label: String, estimate: Double, low: Double? = nil, high: Double? = nil) {
            self.label = label
            self.estimate = estimate
            self.low = low
            self.high = high
        }
    }

    /// The rows, drawn in order.
    public var rows: [Row]
    /// The reference value, if any.
    public var reference: Double?
    /// Name of the reference ("pooled").
    public var referenceLabel: String
    /// Prints ticks, values and the reference.
    public var format: @Sendable (Double) -> String
    /// Whether each row ends with its values, "88.7 [85.1, 91.2]".
    public var showsValues: Bool
    /// Colour of dots and whiskers.
    public var color: ChartColor

    /// Creates a dot plot.
    public init(
        rows: [Row], reference: Double? = nil, referenceLabel: String = "reference",
        format: @escaping @Sendable (Double) -> String = NumberText.automatic, showsValues: Bool = true, color: ChartColor = .cyan
    ) {
        self.rows = rows
        self.reference = reference
        self.referenceLabel = referenceLabel
        self.format = format
        self.showsValues = showsValues
        self.color = color
    }

    public func lines(style: ChartStyle) -> [String] {
        LineClipper.clip(layoutLines(style: style), style: style)
    }
}
