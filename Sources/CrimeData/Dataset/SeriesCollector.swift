/// Gathers observations one at a time into yearly series per (unit, metric), keeping no rows.
///
/// Feed it straight from ``ObservationReader`` so a million-row file never sits in memory as
/// observations. Only periods of the chosen span enter. Several figures for one unit, metric and
/// year: the later-published exact figure is used (ties: the last read), as in ``Dataset/table(metric:span:)``.
public struct SeriesCollector {
    public let span: Span
    private var index: [Key: Int] = [:]
    private var keys: [Key] = []
    /// Every figure kept, in reading order, with the series it belongs to (flat: no array per series).
    private var entries: [Entry] = []
    private var entrySlots: [Int32] = []
    /// Publication dates, interned: entries hold an index.
    private var publishedTexts: [String] = []
    private var publishedIndex: [String: Int32] = [:]
    /// The last few keys seen and their slots (tidy files cycle through a unit's metrics), checked before hashing.
    private var recent: [(key: Key, slot: Int)] = []
    private var recentNext = 0
    private static let recentDepth = 8

    private struct Key: Hashable { let unit: UnitRef; let metric: String }
    private struct Entry { let value: Double; let year: Int32; let end: Int32; let published: Int32; let exact: Bool }

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
            }
            if recent.count < SeriesCollector.recentDepth {
                recent.append((key, slot))
            } else {
                recent[recentNext] = (key, slot)
                recentNext = (recentNext + 1) % SeriesCollector.recentDepth
            }
        }
        let published: Int32
        if let last = publishedTexts.last, last == o.published {
            published = Int32(publishedTexts.count - 1)
        } else if let known = publishedIndex[o.published] {
            published = known
        } else {
            published = Int32(publishedTexts.count)
            publishedIndex[o.published] = published
            publishedTexts.append(o.published)
        }
        entries.append(Entry(value: o.value, year: Int32(o.period.year), end: o.period.end.ordinal, published: published,
                             exact: o.qualifier == .exact))
        entrySlots.append(Int32(slot))
    }

    /// The series, sorted by unit (display order) then metric.
    ///
    /// A series crosses the 1 July 2025 reorganisation when it has exact figures both before and after it
    /// (qualified figures, which stay out of the series, do not count).
    public func series() -> [YearlySeries] {
        let reorganisation = YearMonth.reorganisation2025.ordinal
        let unitOrder = Dictionary(uniqueKeysWithValues: Set(keys.map(\.unit)).sortedForDisplay().enumerated().map { ($1, $0) })
        let order = keys.indices.sorted { a, b in
            let ua = unitOrder[keys[a].unit] ?? 0, ub = unitOrder[keys[b].unit] ?? 0
            return ua != ub ? ua < ub : keys[a].metric < keys[b].metric
        }
        // Group the flat entries by series with a counting sort (reading order kept within a series).
        var starts = [Int](repeating: 0, count: keys.count + 1)
        for slot in entrySlots { starts[Int(slot) + 1] += 1 }
        for i in 0..<keys.count { starts[i + 1] += starts[i] }
        var next = starts
        var grouped = [Int](repeating: 0, count: entries.count)
        for (i, slot) in entrySlots.enumerated() {
            grouped[next[Int(slot)]] = i
            next[Int(slot)] += 1
        }
        return order.map { slot in
            let key = keys[slot]
            let list = grouped[starts[slot]..<starts[slot + 1]].map { entries[$0] }
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
            for e in list { byYear[e.year, default: []].append(e) }
            var years: [Int] = [], values: [Double] = [], qualified: [Int] = [], conflicted: [Int] = []
            var before = false, after = false
            for year in byYear.keys.sorted() {
                let exact = (byYear[year] ?? []).filter(\.exact)
                for e in exact { if e.end >= reorganisation { after = true } else if e.year < 2025 { before = true } }
                // Later-published wins; ties keep the last read (stable max).
                guard var chosen = exact.first else { qualified.append(Int(year)); continue }
                for e in exact.dropFirst() where publishedTexts[Int(e.published)] >= publishedTexts[Int(chosen.published)] {
                    chosen = e
                }
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
