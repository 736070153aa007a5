import CrimeData

/// Checks the figures that reports and articles state against each other.
///
/// The checks (DESIGN.md, "Validation of reported figures"), one file each:
/// - ``rateFindings(_:)``: a percentage against its counts, rounding-aware, with implied bases and counts;
///   figures stated with a verbal bound ("trên 80 %") are read as the ``QualifiedReading`` says;
/// - ``changeFindings(_:)``: a stated change against the two periods' counts, or the implied previous count;
///   a change of a rate read both as percent and as percentage points;
/// - ``partFindings(_:)``: a cluster against the sum of its members, parts against totals, rates above 100 %,
///   negative counts;
/// - ``conflictFindings(_:)``: one figure stated differently by different sources.
///
/// Figures pair only within one unit and one period. Figures of the same source are checked together
/// first; figures from different sources are combined only when a source does not state them all, and a
/// disagreement across sources is a warning, not an error (definitions and revision dates differ).
public struct FigureValidator: Sendable {
    /// Choices that change verdicts.
    public struct Options: Sendable, Hashable {
        /// How stated percentages are assumed rounded (default: either half-up or half-down).
        public var rounding: RoundingMode
        /// Tolerance for "gần" (nearly) and "khoảng" (about), in percent of the figure (default 5).
        public var tolerancePercent: DecimalValue
        /// Longest list of implied values kept in a finding (the range is always given).
        public var listLimit: Int

        public init(rounding: RoundingMode = .upOrDown, tolerancePercent: DecimalValue = DecimalValue(units: 5, scale: 0),
                    listLimit: Int = 50) {
            self.rounding = rounding
            self.tolerancePercent = tolerancePercent
            self.listLimit = listLimit
        }
    }

    public let options: Options
    /// Cluster membership for the cluster-vs-members check; nil skips that check.
    public let gazetteer: Gazetteer?

    public init(options: Options = Options(), gazetteer: Gazetteer? = nil) {
        self.options = options
        self.gazetteer = gazetteer
    }

    /// Runs every check over the observations. Findings come grouped by the source of the figure
    /// checked (in order of first appearance), then by unit, period and check.
    public func validate(_ observations: [Observation]) -> ValidationReport {
        let index = FigureIndex(observations)
        var findings: [ValidationFinding] = []
        findings += rateFindings(index)
        findings += changeFindings(index)
        findings += partFindings(index)
        findings += conflictFindings(index)
        var sourceOrder: [String: Int] = [:]
        for o in observations where sourceOrder[o.source] == nil { sourceOrder[o.source] = sourceOrder.count }
        let checkOrder = Dictionary(uniqueKeysWithValues: ValidationFinding.Check.allCases.enumerated().map { ($1, $0) })
        let sorted = findings.enumerated().sorted { x, y in
            let a = x.element, b = y.element
            let sa = sourceOrder[a.primarySource] ?? .max, sb = sourceOrder[b.primarySource] ?? .max
            if sa != sb { return sa < sb }
            if a.unit != b.unit, let ua = a.unit, let ub = b.unit { return ua < ub }
            if a.period != b.period, let pa = a.period, let pb = b.period { return pa < pb }
            let ca = checkOrder[a.check] ?? 0, cb = checkOrder[b.check] ?? 0
            if ca != cb { return ca < cb }
            return x.offset < y.offset
        }.map(\.element)
        return ValidationReport(findings: sorted)
    }

    // MARK: - Shared values of messages

    /// Where and when a finding applies ("Cụm thi đua số 2, 2020: " once rendered; nothing for a one-off check).
    static func place(_ unit: UnitRef?, _ period: Period?) -> FindingMessage.Value {
        .place(unit, period)
    }

    /// Decimals for a computed percentage next to a stated one with `scale` decimals: one more than
    /// stated (at least two), and more when the shorter form would look like an interval bound.
    static func displayDecimals(_ value: Double, statedScale: Int, bounds: [DecimalValue?]) -> Int {
        var decimals = max(2, statedScale + 1)
        while decimals < statedScale + 6 {
            let shown = VietnameseNumber.format(value, decimals: decimals, vietnamese: false)
            let collides = bounds.contains { b in
                guard let b else { return false }
                return VietnameseNumber.format(b.doubleValue, decimals: decimals, vietnamese: false) == shown
                    && abs(b.doubleValue - value) > 1e-12
            }
            if !collides { break }
            decimals += 1
        }
        return decimals
    }
}

/// Observations indexed by unit and period, for pairing.
struct FigureIndex {
    struct Key: Hashable {
        let unit: UnitRef
        let period: Period
    }

    let observations: [Observation]
    private var byKey: [Key: [Observation]] = [:]

    init(_ observations: [Observation]) {
        self.observations = observations
        for o in observations { byKey[Key(unit: o.unit, period: o.period), default: []].append(o) }
    }

    /// All figures of `metric` for the unit and period, in input order.
    func all(_ metric: String, unit: UnitRef, period: Period) -> [Observation] {
        (byKey[Key(unit: unit, period: period)] ?? []).filter { $0.metric == metric }
    }

    /// Exact, non-negative, whole figures of `metric` for the unit and period, the given source first.
    func counts(_ metric: String, unit: UnitRef, period: Period, preferring source: String) -> [Observation] {
        let found = all(metric, unit: unit, period: period).filter {
            $0.qualifier == .exact && $0.exactValue.integerValue.map { $0 >= 0 } == true
        }
        return found.filter { $0.source == source } + found.filter { $0.source != source }
    }

    /// Every figure of the unit and period.
    func figures(unit: UnitRef, period: Period) -> [Observation] { byKey[Key(unit: unit, period: period)] ?? [] }
}
