import CrimeData

/// What a dataset can do: unit × year × metric availability, and which of the analyst's jobs each unit
/// supports.
///
/// For one span (default: full calendar years):
/// - availability: per unit, year and metric, how many figures are stated exactly and with a verbal bound;
/// - compare: the years in which the unit states both counts of the clearance rate (cases cleared and a
///   crime base: the rule of ``RateComparison``), and likewise for the serious-case clearance rate;
/// - trend: the metrics the unit states exactly for at least 3 years (the rule of every trend here);
/// - stated rates: the years with a clearance rate stated but not both counts (``StatedRates`` lists them);
/// - validate: the checks ``FigureValidator`` can make on the unit's figures that could have failed.
public struct DatasetCoverage: Sendable {
    /// Figures stated for one unit, year and metric.
    public struct Availability: Sendable, Hashable {
        public var exact: Int = 0
        public var qualified: Int = 0
        public var total: Int { exact + qualified }
    }

    /// One unit's coverage.
    public struct UnitCoverage: Sendable {
        public let unit: UnitRef
        /// year → metric → figures.
        public let cells: [Int: [String: Availability]]
        /// Years with both clearance counts.
        public let compareYears: [Int]
        /// Years with both serious-case counts.
        public let seriousCompareYears: [Int]
        /// Years with a clearance rate stated (exact or bounded).
        public let statedRateYears: [Int]
        /// Metrics with at least ``DatasetCoverage/trendYears`` exact years, with those years.
        public let trends: [(metric: String, years: [Int])]
        /// Validation checks on the unit's figures that could have failed, and how many found an error.
        public let validationChecks: Int
        public let validationErrors: Int

        /// Figures of the span.
        public var figures: Int { cells.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.total } } }
        public var years: [Int] { cells.keys.sorted() }
        /// Whether a clearance-rate trend can be estimated.
        public var hasClearanceTrend: Bool { trends.contains { $0.metric == "clearance_rate" } }
    }

    /// A trend needs this many exact years.
    public static let trendYears = 3

    public let span: Span
    /// From the first to the last year with a figure of the span (no gaps).
    public let years: [Int]
    /// Units with a figure of the span, in display order.
    public let units: [UnitCoverage]
    /// Units with figures of other spans only.
    public let otherSpanUnits: [UnitRef]
    /// Year → units stating both clearance counts.
    public let comparableByYear: [Int: [UnitRef]]
    /// The year a comparison of provinces and cities is best made in (most units; ties: the latest).
    public let bestCompareYear: RateComparison.YearChoice?

    public init(dataset: Dataset, span: Span = .year, gazetteer: Gazetteer? = nil) {
        self.span = span
        var cells: [UnitRef: [Int: [String: Availability]]] = [:]
        var allUnits = Set<UnitRef>()
        for o in dataset.observations {
            allUnits.insert(o.unit)
            guard span.matches(o.period) else { continue }
            if o.qualifier == .exact {
                cells[o.unit, default: [:]][o.period.year, default: [:]][o.metric, default: Availability()].exact += 1
            } else {
                cells[o.unit, default: [:]][o.period.year, default: [:]][o.metric, default: Availability()].qualified += 1
            }
        }
        let spanned = dataset.filter { span.matches($0.period) }
        let comparable = RateComparison.comparableUnits(in: spanned, metric: "clearance_rate", span: span)
        let serious = RateComparison.comparableUnits(in: spanned, metric: "serious_clearance_rate", span: span)
        func yearsOf(_ unit: UnitRef, in table: [Int: [UnitRef]]) -> [Int] {
            table.filter { $0.value.contains(unit) }.map(\.key).sorted()
        }
        var trends: [UnitRef: [(String, [Int])]] = [:]
        for s in spanned.series(span: span) where s.years.count >= DatasetCoverage.trendYears {
            trends[s.unit, default: []].append((s.metric, s.years))
        }
        var checks: [UnitRef: (Int, Int)] = [:]
        for f in FigureValidator(gazetteer: gazetteer).validate(spanned.observations).findings where f.couldFail {
            guard let unit = f.unit else { continue }
            checks[unit, default: (0, 0)].0 += 1
            if f.severity == .error { checks[unit, default: (0, 0)].1 += 1 }
        }
        units = cells.keys.sortedForDisplay().map { unit in
            let byYear = cells[unit] ?? [:]
            let compareYears = yearsOf(unit, in: comparable)
            return UnitCoverage(unit: unit, cells: byYear, compareYears: compareYears,
                                seriousCompareYears: yearsOf(unit, in: serious),
                                statedRateYears: byYear.filter { $0.value["clearance_rate"] != nil }.map(\.key).sorted(),
                                trends: (trends[unit] ?? []).map { (metric: $0.0, years: $0.1) },
                                validationChecks: checks[unit]?.0 ?? 0, validationErrors: checks[unit]?.1 ?? 0)
        }
        otherSpanUnits = allUnits.subtracting(cells.keys).sortedForDisplay()
        let allYears = cells.values.flatMap(\.keys)
        if let first = allYears.min(), let last = allYears.max() { years = Array(first...last) } else { years = [] }
        comparableByYear = comparable
        bestCompareYear = RateComparison.bestCoveredYear(in: spanned.filter { $0.unit.type.isProvincial }, metric: "clearance_rate",
                                                         span: span)
    }
}
