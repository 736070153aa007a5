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
        /// Why a unit is left out, as values a presentation words in its language.
        public enum Reason: Sendable, Hashable {
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

        public let unit: UnitRef
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
        guard let metric = MetricCatalog.metric(id), let numeratorID = metric.numerator, !metric.denominators.isEmpty else {
            throw .invalidParameter("\(id) is not a rate with stated counts (use clearance_rate or serious_clearance_rate)")
        }
        self.metric = metric
        self.year = year
        self.span = span
        let relevant = Set([numeratorID, id] + metric.denominators)
        var byUnit: [UnitRef: [String: [Observation]]] = [:]
        for o in dataset.observations where o.period.year == year && span.matches(o.period) && relevant.contains(o.metric) {
            byUnit[o.unit, default: [:]][o.metric, default: []].append(o)
        }
        func latestExact(_ list: [Observation]?) -> Observation? {
            (list ?? []).filter { $0.qualifier == .exact }.max { $0.published < $1.published }
        }
        var candidates: [(unit: UnitRef, k: Observation, n: Observation, stated: Observation?)] = []
        var excluded: [NotComparable] = []
        for unit in byUnit.keys.sortedForDisplay() {
            let figures = byUnit[unit] ?? [:]
            let stated = latestExact(figures[id]) ?? figures[id]?.first
            guard let k = latestExact(figures[numeratorID]) else {
                excluded.append(NotComparable(unit: unit, reason: stated != nil ? .onlyRateStated(numerator: numeratorID)
                                              : .noNumerator(numeratorID), statedRate: stated))
                continue
            }
            guard let n = metric.denominators.lazy.compactMap({ latestExact(figures[$0]) }).first else {
                excluded.append(NotComparable(unit: unit, reason: .noBase(metric.denominators),
                                              statedRate: stated))
                continue
            }
            guard let kv = k.exactValue.integerValue, let nv = n.exactValue.integerValue else {
                excluded.append(NotComparable(unit: unit, reason: .notWholeNumbers, statedRate: stated))
                continue
            }
            if nv == 0 {
                excluded.append(NotComparable(unit: unit, reason: .zeroBase(n.metric), statedRate: stated))
                continue
            }
            if kv > nv {
                excluded.append(NotComparable(unit: unit, reason: .numeratorExceedsBase(numerator: numeratorID, count: kv, base: n.metric, baseCount: nv),
                                              statedRate: stated))
                continue
            }
            candidates.append((unit, k, n, stated))
        }
        let rates = candidates.map { UnitRate(name: $0.unit.name, successes: Int($0.k.exactValue.integerValue ?? 0),
                                              trials: Int($0.n.exactValue.integerValue ?? 0)) }
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

extension RateComparison {
    /// The latest year in which at least two units state both counts of `metric`'s numerator and a base.
    public static func latestComparableYear(in dataset: Dataset, metric id: String, span: Span = .year) -> Int? {
        guard let metric = MetricCatalog.metric(id), let numerator = metric.numerator else { return nil }
        var numerators: [Int: Set<UnitRef>] = [:], bases: [Int: Set<UnitRef>] = [:]
        for o in dataset.observations where o.qualifier == .exact && span.matches(o.period) {
            if o.metric == numerator { numerators[o.period.year, default: []].insert(o.unit) }
            if metric.denominators.contains(o.metric) { bases[o.period.year, default: []].insert(o.unit) }
        }
        return numerators.keys.filter { y in (numerators[y] ?? []).intersection(bases[y] ?? []).count >= 2 }.max()
    }
}
