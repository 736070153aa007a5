import CrimeData

/// Check 6: one figure — the same unit, period and metric — stated with different values.
///
/// Rule (DESIGN.md, Data model: "Two sources, two values for one key … validation reports the
/// conflict"): a warning naming every source and value. Values equal as numbers ("90" and "90.0") agree;
/// an exact value that satisfies another source's verbal bound ("trên 92 %" and 92.5 %) agrees too.
extension FigureValidator {
    func conflictFindings(_ index: FigureIndex) -> [ValidationFinding] {
        struct Key: Hashable { let unit: UnitRef; let period: Period; let metric: String }
        var groups: [Key: [Observation]] = [:]
        var order: [Key] = []
        for o in index.observations {
            let key = Key(unit: o.unit, period: o.period, metric: o.metric)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(o)
        }
        var out: [ValidationFinding] = []
        for key in order {
            guard let figures = groups[key], figures.count > 1 else { continue }
            var disagreeing: [(Observation, Observation)] = []
            for i in figures.indices {
                for j in figures.indices where j > i && !agree(figures[i], figures[j]) {
                    disagreeing.append((figures[i], figures[j]))
                }
            }
            guard !disagreeing.isEmpty else { continue }
            let involved = figures.filter { f in disagreeing.contains { $0.0 == f || $0.1 == f } }
            let unit = MetricCatalog.metric(key.metric)?.unit ?? .count
            let values = involved.map { f in
                FindingMessage(.conflictValue, ["value": .qualified(f.exactValue, f.qualifier, unit: unit), "source": .text(f.source)])
            }
            let message = FindingMessage(Set(involved.map(\.source)).count == 1 ? .conflictSameSource : .conflict, [
                "place": FigureValidator.place(key.unit, key.period), "metric": .metric(key.metric), "values": .list(values)])
            out.append(ValidationFinding(
                check: .conflictingSources, severity: .warning, unit: key.unit, period: key.period, metric: key.metric,
                reported: involved.first?.exactValue, couldFail: true, message: message,
                figures: involved.map(ValidationFinding.Figure.init)))
        }
        return out
    }

    /// Whether two statements of one figure agree: equal exact values, equal bounds, or an exact value
    /// inside the other's verbal bound.
    func agree(_ a: Observation, _ b: Observation) -> Bool {
        if a.qualifier == b.qualifier { return FigureValidator.equal(a.exactValue, b.exactValue) }
        if a.qualifier == .exact, let q = QualifiedReading(stated: b.exactValue, qualifier: b.qualifier, tolerancePercent: options.tolerancePercent) {
            return q.interval.contains(percent: a.exactValue)
        }
        if b.qualifier == .exact, let q = QualifiedReading(stated: a.exactValue, qualifier: a.qualifier, tolerancePercent: options.tolerancePercent) {
            return q.interval.contains(percent: b.exactValue)
        }
        return true // two different verbal bounds: no conflict can be shown
    }

    /// −1, 0 or 1 as `a` is below, equal to or above `b`, exactly.
    static func compare(_ a: DecimalValue, _ b: DecimalValue) -> Int {
        let s = max(a.scale, b.scale)
        guard let fa = powerOfTen(s - a.scale), let fb = powerOfTen(s - b.scale) else { return 0 }
        let x = WideInteger.product(a.units, fa), y = WideInteger.product(b.units, fb)
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    /// Numeric equality of two decimals written with different numbers of decimals.
    static func equal(_ a: DecimalValue, _ b: DecimalValue) -> Bool {
        let s = max(a.scale, b.scale)
        guard let fa = powerOfTen(s - a.scale), let fb = powerOfTen(s - b.scale) else { return false }
        return WideInteger.product(a.units, fa) == WideInteger.product(b.units, fb)
    }
}
