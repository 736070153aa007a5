/// Labelled sparklines in a column, on one shared domain, with a summary per row.
///
/// Rules: the domain is the caller's, or the smallest covering all rows (``Sparkline/sharedDomain(_:)``),
/// and is stated in a footer line ("scale 0 – 100"), so equal heights mean equal values in every row.
/// Labels are truncated with "…"; summaries (e.g. the latest value) are right-aligned; when the width is
/// short, the summary column goes first, then label room, and sparklines keep their latest values.
public struct SparklineChart: TextChart {
    /// One labelled series.
    public struct Row: Sendable, Hashable {
        /// Row label.
        public var label: String
        /// Values, oldest first; `nil` is a gap.
        public var values: [Double?]
        /// Text after the sparkline (for example the latest value); `nil` for none.
        public var summary: String?

        /// Creates a row.
        public init(_ label: String, values: [Double?], summary: String? = nil) {
            self.label = label
            self.values = values
            self.summary = summary
        }
    }

    /// The rows.
    public var rows: [Row]
    /// Shared domain; `nil` covers all rows.
    public var domain: ClosedRange<Double>?
    /// Prints the domain bounds in the footer.
    public var format: @Sendable (Double) -> String
    /// Colour of the sparklines when colour is on.
    public var color: ChartColor

    /// Creates a sparkline column.
    public init(rows: [Row], domain: ClosedRange<Double>? = nil, format: @escaping @Sendable (Double) -> String = NumberText.automatic, color: ChartColor = .cyan) {
        self.rows = rows
        self.domain = domain
        self.format = format
        self.color = color
    }

    public func lines(style: ChartStyle) -> [String] {
        let width = style.effectiveWidth
        let measure = style.displayWidth
        let shared = domain ?? Sparkline.sharedDomain(rows.map(\.values))
        guard !rows.isEmpty, let shared else { return ChartNotes.noData(style: style) }
        let labels = rows.map { style.displayText($0.label) }
        let summaries = rows.map { style.displayText($0.summary ?? "") }
        let sparkNatural = rows.map(\.values.count).max() ?? 0
        var summaryWidth = summaries.map { measure.of($0) }.max() ?? 0
        var labelWidth = min(labels.map { measure.of($0) }.max() ?? 0, max(3, width * 2 / 5))
        func sparkWidth() -> Int {
            width - (labelWidth > 0 ? labelWidth + 1 : 0) - (summaryWidth > 0 ? summaryWidth + 1 : 0)
        }
        let wanted = min(sparkNatural, max(width / 3, 1))
        if sparkWidth() < wanted { summaryWidth = 0 }
        if sparkWidth() < wanted { labelWidth = max(0, width - 1 - wanted) }
        let spark = min(sparkNatural, sparkWidth())
        guard spark >= 1 else { return ChartNotes.tooNarrow(style: style) }
        let sparkStyle = ChartStyle(width: spark, charset: style.charset, color: false, ambiguousWidth: style.ambiguousWidth)

        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            var line = ""
            if labelWidth > 0 { line += measure.fit(labels[index], to: labelWidth, ellipsis: style.ellipsis) + " " }
            let text = Sparkline(row.values, domain: shared).render(style: sparkStyle)
            let padded = measure.padRight(text, to: spark)
            line += style.paint(text, color) + String(padded.dropFirst(text.count))
            if summaryWidth > 0 {
                line += " " + measure.fit(summaries[index], to: summaryWidth, alignment: .right, ellipsis: style.ellipsis)
            }
            lines.append(line)
        }
        let dash = style.charset == .ascii || style.ambiguousWidth == .wide ? "-" : "–"
        let footer = "(scale " + style.displayText(format(shared.lowerBound)) + " " + dash + " " + style.displayText(format(shared.upperBound)) + ")"
        lines.append(measure.truncate(footer, to: width, ellipsis: style.ellipsis))
        return LineClipper.clip(lines, style: style)
    }
}
