import CrimeData

/// One year's rate (clearance or serious-case clearance) compared across units, honestly.
///
/// Per unit: numerator and base counts stated for the same unit and period (exact figures only;
/// the base is crimes_social_order where that is the crime count stated, else crimes_recorded),
/// the rate, its Wilson 95 % interval, the funnel-plot z and flag, and the expected rank. Across
/// units: the pooled rate Σk/Σn (never the mean of rates), χ² homogeneity, overdispersion, and on
/// request pairwise Newcombe intervals with Holm-adjusted p. Units without both counts are listed
/// as not comparable, with the reason (and the stated rate, when there is one).
public struct RateComparison: Sendable {
    /// A unit that entered the comparison.
    public struct ComparedUnit: Sendable {
        public let unit: UnitRef
        public let numerator: Int
        public let denominator: Int
        /// Which crime count served as the base.
        public let denominatorMetric: String
        /// k/n in percent.
        public let rate: Double
        public let wilson: ProportionInterval
        /// Position on the funnel plot (nil when fewer than two units are compared).
        public let funnel: FunnelPoint?
        public let expectedRank: Double
        /// The rate the source stated for the same period, when it did.
        public let statedRate: Observation?
        public let sources: [Observation]
    }

    /// A unit left out, and why.
    public struct NotComparable: Sendable {
        public let unit: UnitRef
        /// Why a unit is left out, as values a presentation words in its language.
        public enum Reason: Sendable, Hashable {
            /// The metric is not a rate with counts.
            case noCounts(metric: String)
            /// Only the rate is stated, no count of the numerator metric.
            case onlyRateStated(numerator: String)
            /// No count of the numerator metric.
            case noNumerator(String)
            /// No count of any of the base metrics.
            case noBase([String])
            /// The counts are not whole numbers.
            case notWholeNumbers
            /// The base is zero.
            case zeroBase(String)
            /// More cleared than the base (clearances can include earlier years' cases).
            case numeratorExceedsBase(numerator: String, count: Int64, base: String, baseCount: Int64)
        }

        public let reason: Reason
        public let statedRate: Observation?
    }

    public let metric: Metric
    public let year: Int
    public let span: Span
    public let units: [ComparedUnit]
    public let notComparable: [NotComparable]
    /// Σk/Σn in percent.
    public let pooledRate: Double?
    public let homogeneity: HomogeneityTest?
    public let funnel: FunnelPlot?
    public let pairs: [PairwiseComparison]

    /// Compares `metric` (a rate with a numerator) across the units of `dataset` in `year`.
    public init(dataset: Dataset, metric id: String, year: Int, span: Span = .year,
                overdispersion: OverdispersionMode = .auto, pairs wantPairs: Bool = false) throws(StatisticsError) {
        guard let metric = MetricCatalog.metric(id), metric.numerator != nil, !metric.denominators.isEmpty else {
            throw .invalidParameter("\(id) is not a rate with stated counts (use clearance_rate or serious_clearance_rate)")
        }
        self.metric = metric
        self.year = year
        self.span = span
        var candidates: [Candidate] = []
        var excluded: [NotComparable] = []
        for (unit, figures) in RateComparison.figuresByUnit(dataset, metric: metric, year: year, span: span) {
            switch RateComparison.screen(unit: unit, figures: figures, metric: metric) {
            case .success(let c): candidates.append(c)
            case .failure(let n): excluded.append(n)
            }
        }
        let rates = candidates.map { UnitRate(name: $0.unit.name, successes: $0.successes, trials: $0.trials) }
        guard !rates.isEmpty else {
            units = []
            notComparable = excluded
            pooledRate = nil
            homogeneity = nil
            funnel = nil
            pairs = []
            return
        }
        let plot = rates.count >= 2 ? try FunnelPlot(units: rates, mode: overdispersion) : nil
        let ranks = ExpectedRank.expectedRanks(of: rates)
        var compared: [ComparedUnit] = []
        for (i, c) in candidates.enumerated() {
            let r = rates[i]
            let wilson = try ProportionInterval.wilson(successes: r.successes, trials: r.trials)
            let point = plot?.points.first { $0.unit == r }
            compared.append(ComparedUnit(unit: c.unit, numerator: r.successes, denominator: r.trials,
                                         denominatorMetric: c.n.metric, rate: 100 * r.proportion, wilson: wilson,
                                         funnel: point, expectedRank: ranks.first { $0.unit == r }?.expectedRank ?? 1,
                                         statedRate: c.stated, sources: [c.k, c.n]))
        }
        units = compared
        notComparable = excluded
        let totalK = rates.reduce(0) { $0 + $1.successes }, totalN = rates.reduce(0) { $0 + $1.trials }
        pooledRate = totalN > 0 ? 100 * Double(totalK) / Double(totalN) : nil
        homogeneity = rates.count >= 2 ? try? HomogeneityTest(successes: rates.map(\.successes), trials: rates.map(\.trials)) : nil
        funnel = plot
        pairs = wantPairs ? PairwiseComparison.all(rates) : []
    }
}

/// A unit's counts that passed the screening, before the statistics.
struct Candidate {
    let unit: UnitRef
    let k: Observation
    let n: Observation
    let stated: Observation?
    let successes: Int
    let trials: Int
}

extension RateComparison.NotComparable: Error {}

extension RateComparison {
    /// The figures of `metric`, its numerator and its bases for one year and span, per unit (display order).
    static func figuresByUnit(_ dataset: Dataset, metric: Metric, year: Int, span: Span) -> [(UnitRef, [String: [Observation]])] {
        guard let numeratorID = metric.numerator else { return [] }
        let relevant = Set([numeratorID, metric.id] + metric.denominators)
        var byUnit: [UnitRef: [String: [Observation]]] = [:]
        for o in dataset.observations where o.period.year == year && span.matches(o.period) && relevant.contains(o.metric) {
            byUnit[o.unit, default: [:]][o.metric, default: []].append(o)
        }
        return byUnit.keys.sortedForDisplay().map { ($0, byUnit[$0] ?? [:]) }
    }

    /// Whether one unit's figures of a year can enter the comparison: the later-published exact numerator
    /// and base (crimes_social_order before crimes_recorded, as the metric lists them), whole numbers,
    /// base > 0, numerator ≤ base. Otherwise the reason it cannot.
    static func screen(unit: UnitRef, figures: [String: [Observation]], metric: Metric) -> Result<Candidate, RateComparison.NotComparable> {
        guard let numeratorID = metric.numerator else {
            return .failure(NotComparable(unit: unit, reason: .noCounts(metric: metric.id), statedRate: nil))
        }
        func latestExact(_ list: [Observation]?) -> Observation? {
            (list ?? []).filter { $0.qualifier == .exact }.max { $0.published < $1.published }
        }
        let stated = latestExact(figures[metric.id]) ?? figures[metric.id]?.first
        guard let k = latestExact(figures[numeratorID]) else {
            return .failure(NotComparable(unit: unit, reason: stated != nil ? .onlyRateStated(numerator: numeratorID)
                                          : .noNumerator(numeratorID), statedRate: stated))
        }
        guard let n = metric.denominators.lazy.compactMap({ latestExact(figures[$0]) }).first else {
            return .failure(NotComparable(unit: unit, reason: .noBase(metric.denominators),
                                          statedRate: stated))
        }
        guard let kv = k.exactValue.integerValue, let nv = n.exactValue.integerValue, let ki = Int(exactly: kv), let ni = Int(exactly: nv) else {
            return .failure(NotComparable(unit: unit, reason: .notWholeNumbers, statedRate: stated))
        }
        if ni == 0 {
            return .failure(NotComparable(unit: unit, reason: .zeroBase(n.metric), statedRate: stated))
        }
        if ki > ni {
            return .failure(NotComparable(unit: unit, reason: .numeratorExceedsBase(numerator: numeratorID, count: kv, base: n.metric, baseCount: nv),
                                          statedRate: stated))
        }
        return .success(Candidate(unit: unit, k: k, n: n, stated: stated, successes: ki, trials: ni))
    }

    /// The units that can enter a comparison of `metric`, per year (only years with at least one).
    public static func comparableUnits(in dataset: Dataset, metric id: String, span: Span = .year) -> [Int: [UnitRef]] {
        guard let metric = MetricCatalog.metric(id), let numeratorID = metric.numerator else { return [:] }
        let relevant = Set([numeratorID, id] + metric.denominators)
        var years = Set<Int>()
        for o in dataset.observations where o.metric == numeratorID && o.qualifier == .exact && span.matches(o.period) && relevant.contains(o.metric) {
            years.insert(o.period.year)
        }
        var out: [Int: [UnitRef]] = [:]
        for year in years {
            let units = figuresByUnit(dataset, metric: metric, year: year, span: span).compactMap { unit, figures in
                (try? screen(unit: unit, figures: figures, metric: metric).get())?.unit
            }
            if !units.isEmpty { out[year] = units }
        }
        return out
    }

    /// The year a comparison is best made in: the most comparable units, ties to the latest year.
    public struct YearChoice: Sendable {
        public let year: Int
        /// The comparable units of that year.
        public let units: [UnitRef]
        /// Every year with at least one comparable unit, and how many (including the chosen one).
        public let unitsByYear: [Int: Int]
    }

    /// The year with the most units that state both counts of `metric` (ties: the latest); nil when none does.
    ///
    /// `scope` gives the units that count in each year (nil: all), e.g. a cluster's members that year.
    public static func bestCoveredYear(in dataset: Dataset, metric id: String, span: Span = .year,
                                       scope: (Int) -> Set<UnitRef>? = { _ in nil }) -> YearChoice? {
        var byYear = comparableUnits(in: dataset, metric: id, span: span)
        for (year, units) in byYear {
            guard let allowed = scope(year) else { continue }
            let kept = units.filter(allowed.contains)
            byYear[year] = kept.isEmpty ? nil : kept
        }
        guard let best = byYear.max(by: { a, b in a.value.count != b.value.count ? a.value.count < b.value.count : a.key < b.key }) else {
            return nil
        }
        return YearChoice(year: best.key, units: best.value, unitsByYear: byYear.mapValues(\.count))
    }
}
