extension Dataset {
    /// Pivots one metric to a unit × year table for one span.
    ///
    /// Only periods of the given span enter. When several figures share a unit and year: those with
    /// the same value are one figure (the later-published source is kept); different values are a
    /// conflict: the later-published one is shown (ties: exact before qualified, then file order) and
    /// the rest listed.
    public func table(metric id: String, span: Span = .year) -> UnitYearTable? {
        guard let metric = MetricCatalog.metric(id) else { return nil }
        var grouped: [UnitRef: [Int: [Observation]]] = [:]
        for o in observations where o.metric == id && span.matches(o.period) {
            grouped[o.unit, default: [:]][o.period.year, default: []].append(o)
        }
        var rows: [UnitYearTable.Row] = []
        var allYears = Set<Int>()
        for unit in grouped.keys.sortedForDisplay() {
            var cells: [Int: SeriesCell] = [:]
            for (year, figures) in grouped[unit] ?? [:] {
                cells[year] = Dataset.cell(from: figures)
                allYears.insert(year)
            }
            rows.append(UnitYearTable.Row(unit: unit, cells: cells))
        }
        var years: [Int] = []
        if let first = allYears.min(), let last = allYears.max() { years = Array(first...last) }
        return UnitYearTable(metric: metric, span: span, years: years, rows: rows)
    }

    /// Picks the figure for one cell: the later-published, then exact over qualified, then the last read.
    static func cell(from figures: [Observation]) -> SeriesCell {
        let ordered = figures.enumerated().sorted { a, b in
            let pa = a.element.published, pb = b.element.published
            if pa != pb { return pa < pb }
            let ea = a.element.qualifier == .exact, eb = b.element.qualifier == .exact
            if ea != eb { return !ea }
            return a.offset < b.offset
        }.map(\.element)
        let chosen = ordered[ordered.count - 1]
        var seen = Set<String>()
        let others = ordered.dropLast().reversed().filter { o in
            (o.exactValue.doubleValue != chosen.exactValue.doubleValue || o.qualifier != chosen.qualifier)
                && seen.insert("\(o.exactValue)|\(o.qualifier)|\(o.source)").inserted
        }
        return SeriesCell(observation: chosen, conflicts: Array(others))
    }
}
