import CrimeData

/// The rates units state for a year, as stated: what can still be said when the counts are missing.
///
/// Every statement of the rate for the year and span, exact or with its verbal bound ("trên 82%" stays
/// "more than 82", never 82), from every source, with whether the unit also states both counts (then
/// ``RateComparison`` compares it properly). A list, not a ranking: stated rates carry no interval and
/// may rest on different bases, so they are not comparable in the statistical sense.
public struct StatedRates: Sendable {
    /// One statement of the rate.
    public struct Statement: Sendable {
        public let unit: UnitRef
        public let observation: Observation
        /// Whether the unit states both counts that year (so it enters the comparison).
        public let hasBothCounts: Bool
    }

    public let metric: Metric
    public let year: Int
    public let span: Span
    /// In unit display order; a unit's statements later-published first.
    public let statements: [Statement]

    /// The distinct units stating the rate.
    public var units: [UnitRef] { statements.map(\.unit).reduce(into: [UnitRef]()) { if !$0.contains($1) { $0.append($1) } } }

    public init(dataset: Dataset, metric id: String, year: Int, span: Span = .year) throws(StatisticsError) {
        guard let metric = MetricCatalog.metric(id), metric.unit == .percent else {
            throw .invalidParameter("\(id) is not a rate")
        }
        self.metric = metric
        self.year = year
        self.span = span
        let comparable = Set(RateComparison.comparableUnits(in: dataset, metric: id, span: span)[year] ?? [])
        var byUnit: [UnitRef: [Observation]] = [:]
        for o in dataset.observations where o.metric == id && o.period.year == year && span.matches(o.period) {
            byUnit[o.unit, default: []].append(o)
        }
        statements = byUnit.keys.sortedForDisplay().flatMap { unit in
            (byUnit[unit] ?? []).enumerated().sorted { a, b in
                a.element.published != b.element.published ? a.element.published > b.element.published : a.offset < b.offset
            }.map { Statement(unit: unit, observation: $0.element, hasBothCounts: comparable.contains(unit)) }
        }
    }

    /// The year in which the most units state the rate (ties: the latest); nil when none does.
    public static func bestYear(in dataset: Dataset, metric id: String, span: Span = .year,
                                scope: (Int) -> Set<UnitRef>? = { _ in nil }) -> RateComparison.YearChoice? {
        var byYear: [Int: Set<UnitRef>] = [:]
        for o in dataset.observations where o.metric == id && span.matches(o.period) {
            if let allowed = scope(o.period.year), !allowed.contains(o.unit) { continue }
            byYear[o.period.year, default: []].insert(o.unit)
        }
        guard let best = byYear.max(by: { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.key < b.key }) else {
            return nil
        }
        return RateComparison.YearChoice(year: best.key, units: best.value.sortedForDisplay(), unitsByYear: byYear.mapValues(\.count))
    }
}
