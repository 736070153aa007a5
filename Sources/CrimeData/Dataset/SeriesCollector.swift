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
    /// The last few keys seen and their slots (tidy files cycle through a unit's metrics), checked before hashing.
    private var recent: [(key: Key, slot: Int)] = []
    private var recentNext = 0
    private static let recentDepth = 8

    private struct Key: Hashable { let unit: UnitRef; let metric: String }
    private struct Entry { let year: Int32; let value: Double; let published: String; let exact: Bool; let end: Int32 }

    public init(span: Span) { self.span = span }

    /// Number of series so far.
    public var count: Int { keys.count }

    /// Adds one observation (ignored when its period is not of the collector's span).
    public mutating func add(_ o: Observation) {
        guard span.matches(o.period) else { return }
        let key = Key(unit: o.unit, metric: o.metric)
        var slot = -1
        for r in recent where r.key == key {
            slot = r.slot
            break
        }
        if slot < 0 {
            if let found = index[key] {
                slot = found
            } else {
                slot = keys.count
                index[key] = slot
                keys.append(key)
                entries.append([])
            }
            if recent.count < SeriesCollector.recentDepth {
                recent.append((key, slot))
            } else {
                recent[recentNext] = (key, slot)
                recentNext = (recentNext + 1) % SeriesCollector.recentDepth
            }
        }
        entries[slot].append(Entry(year: Int32(o.period.year), value: o.value, published: o.published,
                                   exact: o.qualifier == .exact, end: o.period.end.ordinal))
    }

    /// The series, sorted by unit (display order) then metric.
    public func series() -> [YearlySeries] {
        let reorganisation = YearMonth.reorganisation2025.ordinal
        let unitOrder = Dictionary(uniqueKeysWithValues: Set(keys.map(\.unit)).sortedForDisplay().enumerated().map { ($1, $0) })
        let order = keys.indices.sorted { a, b in
            let ua = unitOrder[keys[a].unit] ?? 0, ub = unitOrder[keys[b].unit] ?? 0
            return ua != ub ? ua < ub : keys[a].metric < keys[b].metric
        }
        return order.map { slot in
            let key = keys[slot]
            let list = entries[slot]
            // Fast path (the common case): one exact figure per year, in increasing year order.
            var simple = true
            for (i, e) in list.enumerated() where !e.exact || (i > 0 && e.year <= list[i - 1].year) {
                simple = false
                break
            }
            if simple {
                var years: [Int] = [], values: [Double] = []
                years.reserveCapacity(list.count)
                values.reserveCapacity(list.count)
                var before = false, after = false
                for e in list {
                    if e.end >= reorganisation { after = true } else if e.year < 2025 { before = true }
                    years.append(Int(e.year))
                    values.append(e.value)
                }
                return YearlySeries(unit: key.unit, metric: key.metric, years: years, values: values, qualifiedYears: [],
                                    conflictedYears: [], crossesReorganisation: before && after)
            }
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
