/// One metric as a unit × year table for one span (DESIGN.md: tables never mix spans).
///
/// Where two sources state different values for one cell, the later-published one is used and the
/// cell is marked; the others are listed in ``SeriesCell/conflicts``. Missing cells stay missing.
public struct UnitYearTable: Sendable {
    public let metric: Metric
    public let span: Span
    /// Years from the first to the last with any figure (no gaps).
    public let years: [Int]
    public let rows: [Row]

    /// One unit's cells by year.
    public struct Row: Sendable {
        public let unit: UnitRef
        public let cells: [Int: SeriesCell]

        /// The cell for a year, if any figure was stated.
        public subscript(year: Int) -> SeriesCell? { cells[year] }

        /// Change from the previous year: percent for counts, percentage points for rates; nil when either
        /// year is missing or qualified, or a percent change has a zero base.
        public func change(at year: Int, unit metricUnit: MetricUnit) -> Double? {
            guard let now = cells[year], let before = cells[year - 1], now.isExact, before.isExact else { return nil }
            switch metricUnit {
            case .count:
                guard before.value != 0 else { return nil }
                return 100 * (now.value - before.value) / before.value
            case .percent, .percentagePoints:
                return now.value - before.value
            }
        }

        /// Exact values in year order (qualified figures left out), for trends.
        public var exactSeries: [(year: Int, value: Double)] {
            cells.keys.sorted().compactMap { y in cells[y].flatMap { $0.isExact ? (y, $0.value) : nil } }
        }
    }

    public init(metric: Metric, span: Span, years: [Int], rows: [Row]) {
        self.metric = metric
        self.span = span
        self.years = years
        self.rows = rows
    }

    /// Every conflict in the table: the cell's figure and the other values.
    public var conflicts: [SeriesCell] {
        rows.flatMap { row in row.cells.keys.sorted().compactMap { row.cells[$0] }.filter(\.isConflicted) }
    }

    /// Whether any row has figures both before and after the 1 July 2025 reorganisation.
    public var crossesReorganisation: Bool {
        rows.contains { row in
            row.unit.type.isProvincial && row.cells.values.contains { $0.observation.period.end.year < 2025 }
                && row.cells.values.contains { $0.observation.period.end >= YearMonth.reorganisation2025 }
        }
    }
}
