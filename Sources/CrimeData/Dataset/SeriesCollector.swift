/// Gathers observations one at a time into yearly series per (unit, metric), keeping no rows.
///
/// Feed it straight from ``ObservationReader`` so a million-row file never sits in memory as
/// observations. Only periods of the chosen span enter. Several figures for one unit, metric and
/// year: the later-published exact figure is used (ties: the last read), as in ``Dataset/table(metric:span:)``.
public struct SeriesCollector {
    public let span: Span
    private var index: [Key: Int] = [:]
    private var keys: [Key] = []
    private var entries: [[Entry]] = []
    private var lastKey: Key?
    private var lastIndex = 0

    private struct Key: Hashable { let unit: UnitRef; let metric: String }
    private struct Entry { let year: Int32; let value: Double; let published: String; let exact: Bool; let end: Int32 }

    public init(span: Span) { self.span = span }

    /// Number of series so far.
    public var count: Int { keys.count }

    /// Adds one observation (ignored when its period is not of the collector's span).
    public mutating func add(_ o: Observation) {
        guard span.matches(o.period) else { return }
        let key = Key(unit: o.unit, metric: o.metric)
        let slot: Int
        if let lastKey, lastKey == key {
            slot = lastIndex
        } else if let found = index[key] {
            slot = found
        } else {
            slot = keys.count
            index[key] = slot
            keys.append(key)
            entries.append([])
        }
        lastKey = key
        lastIndex = slot
        entries[slot].append(Entry(year: Int32(o.period.year), value: o.value, published: o.published,
                                   exact: o.qualifier == .exact, end: o.period.end.ordinal))
    }

    /// The series, sorted by unit (display order) then metric.
    public func series() -> [YearlySeries] {
        let reorganisation = YearMonth(year: 2025, month: 7)!.ordinal
        let unitOrder = Dictionary(uniqueKeysWithValues: Set(keys.map(\.unit)).sortedForDisplay().enumerated().map { ($1, $0) })
        let order = keys.indices.sorted { a, b in
            let ua = unitOrder[keys[a].unit] ?? 0, ub = unitOrder[keys[b].unit] ?? 0
            return ua != ub ? ua < ub : keys[a].metric < keys[b].metric
        }
        return order.map { slot in
            let key = keys[slot]
            var byYear: [Int32: [Entry]] = [:]
            for e in entries[slot] { byYear[e.year, default: []].append(e) }
            var years: [Int] = [], values: [Double] = [], qualified: [Int] = [], conflicted: [Int] = []
            var before = false, after = false
            for year in byYear.keys.sorted() {
                let figures = byYear[year] ?? []
                for e in figures { if e.end >= reorganisation { after = true } else if e.year < 2025 { before = true } }
                let exact = figures.filter(\.exact)
                // Later-published wins; ties keep the last read (stable max).
                guard var chosen = exact.first else { qualified.append(Int(year)); continue }
                for e in exact.dropFirst() where e.published >= chosen.published { chosen = e }
                if exact.contains(where: { $0.value != chosen.value }) { conflicted.append(Int(year)) }
                years.append(Int(year))
                values.append(chosen.value)
            }
            return YearlySeries(unit: key.unit, metric: key.metric, years: years, values: values, qualifiedYears: qualified,
                                conflictedYears: conflicted, crossesReorganisation: before && after)
        }
    }
}

extension Dataset {
    /// Yearly series of every (unit, metric) in the dataset for one span.
    public func series(span: Span = .year) -> [YearlySeries] {
        var collector = SeriesCollector(span: span)
        for o in observations { collector.add(o) }
        return collector.series()
    }
}
