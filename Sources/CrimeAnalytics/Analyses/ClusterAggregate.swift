import CrimeData

/// A cluster's figure next to the sum of its members' figures, year by year.
///
/// Members are those the membership table states for each year (``UnitScope``: three or more stated;
/// clusters are recomposed, so no other year's list is used). For a count metric the aggregate is the sum
/// of the members' exact figures (the later-published one where sources differ), given only when every
/// member states it; for a rate with counts (clearance rate) it is the pooled rate Σcleared / Σbase over
/// the members, given only when every member states both counts (the rule of ``RateComparison``). A
/// year where some members are silent names them, and the sum of those that state it is kept apart as
/// partial, never shown as the aggregate.
public struct ClusterAggregate: Sendable {
    /// One year.
    public struct Year: Sendable {
        public let year: Int
        /// Members stated for the year (empty: membership not stated).
        public let members: [UnitRef]
        /// Members that state the figure (both counts, for a rate).
        public let stating: [UnitRef]
        /// The aggregate: the sum (counts) or pooled rate in percent (rates), when every member states it.
        public let aggregate: Double?
        /// The sum over the members that state it, when some do not (counts only).
        public let partialSum: Double?
        /// For a pooled rate: Σcleared and Σbase.
        public let pooledCounts: (cleared: Int, base: Int)?
        /// What the cluster itself reported for the year.
        public let reported: SeriesCell?

        public var missing: [UnitRef] { members.filter { !stating.contains($0) } }
        public var membershipStated: Bool { !members.isEmpty }

        /// Reported minus aggregate (in the metric's unit), when both are exact.
        public var difference: Double? {
            guard let reported, reported.isExact, let aggregate else { return nil }
            return reported.value - aggregate
        }
    }

    public let cluster: UnitRef
    public let metric: Metric
    public let span: Span
    public let years: [Year]

    /// Years with a stated membership or a figure of the cluster, within `years` when given.
    public init(dataset: Dataset, gazetteer: Gazetteer, cluster n: Int, metric id: String, span: Span = .year,
                years range: ClosedRange<Int>? = nil) throws(StatisticsError) {
        guard let metric = MetricCatalog.metric(id) else { throw .invalidParameter("unknown metric \(id)") }
        self.metric = metric
        self.span = span
        let cluster = UnitRef.cluster(n)
        self.cluster = cluster
        let own = dataset.filter { $0.unit == cluster }.table(metric: id, span: span)?.rows.first
        var candidateYears = Set(UnitScope.membershipYears(ofCluster: n, gazetteer: gazetteer))
        if let own { candidateYears.formUnion(own.cells.keys) }
        let scope = UnitScope(cluster: n)
        let pooled = metric.isRate && !metric.denominators.isEmpty
        var out: [Year] = []
        for year in candidateYears.sorted() where range?.contains(year) ?? true {
            let members = scope.members(ofCluster: n, year: year, gazetteer: gazetteer)
            let memberSet = Set(members)
            let part = dataset.filter { memberSet.contains($0.unit) }
            var stating: [UnitRef] = []
            var aggregate: Double? = nil
            var partial: Double? = nil
            var counts: (Int, Int)? = nil
            if pooled {
                var k = 0, base = 0
                for (unit, figures) in RateComparison.figuresByUnit(part, metric: metric, year: year, span: span) {
                    if case .success(let c) = RateComparison.screen(unit: unit, figures: figures, metric: metric) {
                        stating.append(unit)
                        k += c.successes
                        base += c.trials
                    }
                }
                if !members.isEmpty && stating.count == members.count && base > 0 {
                    aggregate = 100 * Double(k) / Double(base)
                    counts = (k, base)
                }
            } else {
                let table = part.filter { $0.period.year == year }.table(metric: id, span: span)
                var sum = 0.0
                for row in table?.rows ?? [] {
                    guard let cell = row[year], cell.isExact else { continue }
                    stating.append(row.unit)
                    sum += cell.value
                }
                if !members.isEmpty && stating.count == members.count {
                    aggregate = sum
                } else if !stating.isEmpty {
                    partial = sum
                }
            }
            out.append(Year(year: year, members: members, stating: stating.sortedForDisplay(), aggregate: aggregate,
                            partialSum: partial, pooledCounts: counts, reported: own?[year]))
        }
        self.years = out
    }

    /// The aggregate as a yearly series (years where every member states the figure), for trends.
    public var series: YearlySeries {
        let complete = years.filter { $0.aggregate != nil }
        return YearlySeries(unit: UnitRef(type: .cluster, name: "\(cluster.name), members' \(metric.isRate ? "pooled rate" : "sum")"),
                            metric: metric.id, years: complete.map(\.year), values: complete.compactMap(\.aggregate))
    }
}
