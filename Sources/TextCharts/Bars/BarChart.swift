/// Horizontal bars with labels and values, diverging from a zero axis when values are negative.
///
/// Rules: positive bars grow right from the zero axis with 1/8-cell precision (▏▎▍▌▋▊▉█); negative
/// bars grow left from it with half-cell precision (full cells plus a right-half block ▐ at the tip),
/// because Unicode has no right-aligned eighths; ASCII draws `#` in whole cells. One scale serves both
/// sides, so a larger magnitude never draws a shorter bar. An optional reference value (a pooled rate)
/// is drawn as `│` (`|`) in its column wherever a row leaves that cell empty, and named in a line
/// below. Labels are truncated with "…"; values are printed by the caller's formatter. Non-finite
/// values are skipped and listed in a note.
public struct BarChart: TextChart {
    /// One labelled value.
    public struct Bar: Sendable, Hashable {
        /// Row label (a province, a cluster).
        public var label: String
        /// The value; NaN and infinities are skipped.
        public var value: Double

        /// Creates a bar.
        public init(_ label: String, _ value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// Row order.
    public enum Order: Sendable, Hashable {
        /// Largest value first (ties keep their given order).
        case descending
        /// As given.
        case given
    }

    /// The bars.
    public var bars: [Bar]
    /// Row order.
    public var order: Order
    /// Value of the reference line, if any.
    public var reference: Double?
    /// Name of the reference line ("pooled rate").
    public var referenceLabel: String
    /// Prints values (bar ends and the reference).
    public var format: @Sendable (Double) -> String
    /// Colour of positive bars.
    public var positiveColor: ChartColor
    /// Colour of negative bars.
    public var negativeColor: ChartColor

    /// Creates a bar chart.
    public init(
        bars: [Bar], order: Order = .descending, reference: Double? = nil, referenceLabel: String = "reference",
        format: @escaping @Sendable (Double) -> String = NumberText.automatic,
        positiveColor: ChartColor = .cyan, negativeColor: ChartColor = .red
    ) {
        self.bars = bars
        self.order = order
        self.reference = reference
        self.referenceLabel = referenceLabel
        self.format = format
        self.positiveColor = positiveColor
        self.negativeColor = negativeColor
    }

    public func lines(style: ChartStyle) -> [String] {
        LineClipper.clip(layoutLines(style: style), style: style)
    }
}
