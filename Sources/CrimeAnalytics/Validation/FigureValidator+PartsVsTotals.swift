import CrimeData

/// Check 5: parts against totals.
///
/// Rules (DESIGN.md, "Parts vs totals"):
/// - a cluster's count against the sum of its member units, only where Datasets/clusters.csv states the
///   membership for that year and every member states the figure for the same period;
/// - a breakdown against its total: serious_cases ≤ crimes, special_serious_cases ≤ serious_cases,
///   serious_cases_cleared ≤ cases_cleared (impossible otherwise: an error when one source states both);
/// - a count cleared against the count it is a share of (k ≤ n): more cleared than recorded is possible,
///   because clearances can include cases from earlier years, so it is a warning, as is a rate above 100 %;
/// - a negative count is an error (the CSV reader already rejects them; observations built in code may
///   not have been read).
extension FigureValidator {
    /// A part and the totals it may be a part of, and whether exceeding is impossible or only unusual.
    struct PartRule {
        var part: String
        var totals: [String]
        var impossible: Bool
        var reason: FindingMessage.Key
    }

    static let partRules: [PartRule] = [
        PartRule(part: "serious_cases", totals: ["crimes_social_order", "crimes_recorded"], impossible: true,
                 reason: .reasonSeriousOfAll),
        PartRule(part: "special_serious_cases", totals: ["serious_cases"], impossible: true,
                 reason: .reasonSpecialOfSerious),
        PartRule(part: "serious_cases_cleared", totals: ["cases_cleared"], impossible: true,
                 reason: .reasonSeriousClearedOfCleared),
        PartRule(part: "special_serious_cases_cleared", totals: ["serious_cases_cleared"], impossible: true,
                 reason: .reasonSpecialClearedOfSeriousCleared),
        PartRule(part: "cases_cleared", totals: ["crimes_social_order", "crimes_recorded"], impossible: false,
                 reason: .reasonEarlierYears),
        PartRule(part: "serious_cases_cleared", totals: ["serious_cases"], impossible: false,
                 reason: .reasonEarlierYears),
        PartRule(part: "special_serious_cases_cleared", totals: ["special_serious_cases"], impossible: false,
                 reason: .reasonEarlierYears),
        PartRule(part: "crime_reports_resolved", totals: ["crime_reports_received"], impossible: false,
                 reason: .reasonCarriedOverReports),
    ]

    func partFindings(_ index: FigureIndex) -> [ValidationFinding] {
        var out: [ValidationFinding] = []
        for o in index.observations {
            guard let metric = MetricCatalog.metric(o.metric) else { continue }
            if o.exactValue.units < 0 && !metric.isSignedChange {
                out.append(ValidationFinding(
                    check: .negativeCount, severity: .error, unit: o.unit, period: o.period, metric: o.metric, reported: o.exactValue,
                    message: FindingMessage(metric.unit == .percent ? .negativePercentage : .negativeCount, [
                        "place": FigureValidator.place(o.unit, o.period), "metric": .metric(o.metric), "value": .decimal(o.exactValue)]),
                    figures: [.init(o)]))
                continue
            }
            if metric.unit == .percent && metric.changeOf == nil && o.exactValue.units > 0 {
                let hundred = DecimalValue(units: 100, scale: 0)
                // The true value is above 100 %: "trên 100 %" already says so; an exact or "khoảng" figure must exceed 100.
                let cmp = FigureValidator.compare(o.exactValue, hundred)
                let above: Bool
                switch o.qualifier {
                case .over, .moreThan: above = cmp >= 0
                case .exact, .atLeast, .about: above = cmp > 0
                case .nearly, .under: above = false
                }
                if above {
                    out.append(ValidationFinding(
                        check: .rateAbove100, severity: .warning, unit: o.unit, period: o.period, metric: o.metric,
                        reported: o.exactValue, intervalHigh: hundred,
                        message: FindingMessage(.rateAbove100, [
                            "place": FigureValidator.place(o.unit, o.period), "metric": .metric(o.metric),
                            "stated": .qualified(o.exactValue, o.qualifier, unit: .percent)]),
                        figures: [.init(o)]))
                }
            }
            guard o.qualifier == .exact, metric.unit == .count, metric.changeOf == nil,
                  let part = o.exactValue.integerValue, part >= 0 else { continue }
            for rule in FigureValidator.partRules where rule.part == o.metric {
                if let f = partFinding(index, o, part: part, rule: rule) { out.append(f) }
            }
            if o.unit.type == .cluster, let f = clusterFinding(index, o, total: part) { out.append(f) }
        }
        return out
    }

    private func partFinding(_ index: FigureIndex, _ o: Observation, part: Int64, rule: PartRule) -> ValidationFinding? {
        let candidates = rule.totals.flatMap { index.counts($0, unit: o.unit, period: o.period, preferring: o.source) }
        guard let totalObs = candidates.first(where: { $0.source == o.source }) ?? candidates.first,
              let total = totalObs.exactValue.integerValue else { return nil }
        let place = FigureValidator.place(o.unit, o.period)
        let sameSource = totalObs.source == o.source
        let fits = part <= total
        let arguments: [String: FindingMessage.Value] = [
            "place": place, "part": .countOf(part, metric: o.metric), "total": .countOf(total, metric: totalObs.metric),
            "reason": .message(FindingMessage(rule.reason))]
        var message: FindingMessage
        let severity: ValidationFinding.Severity
        if fits {
            message = FindingMessage(.partWithinTotal, arguments)
            severity = .info
        } else if rule.impossible {
            message = FindingMessage(.partExceedsImpossible, arguments)
            severity = sameSource ? .error : .warning
        } else {
            message = FindingMessage(.partExceedsUnusual, arguments)
            severity = .warning
        }
        if !fits && !sameSource { message.append(.figuresFromOtherSources) }
        let couldFail = part > 0
        if !couldFail { message.append(.partCouldNotFail) }
        return ValidationFinding(
            check: .partVsTotal, severity: severity, unit: o.unit, period: o.period, metric: o.metric,
            reported: o.exactValue, computed: Double(total), couldFail: couldFail, message: message,
            figures: [.init(o), .init(totalObs)])
    }

    private func clusterFinding(_ index: FigureIndex, _ o: Observation, total: Int64) -> ValidationFinding? {
        guard let gazetteer, let n = o.unit.clusterNumber else { return nil }
        let members = gazetteer.members(ofCluster: n, year: o.period.year)
        guard !members.isEmpty else { return nil }
        var parts: [Observation] = []
        var sum: Int64 = 0
        for name in members {
            let unit = UnitRef(type: .province, name: name)
            guard let f = index.counts(o.metric, unit: unit, period: o.period, preferring: o.source).first,
                  let v = f.exactValue.integerValue, let s = sum.plusChecked(v) else { return nil }
            parts.append(f)
            sum = s
        }
        let place = FigureValidator.place(o.unit, o.period)
        let sameSource = parts.allSatisfy { $0.source == o.source }
        let fits = sum == total
        var message = FindingMessage(fits ? .clusterSumSame : .clusterSumDiffers, [
            "place": place, "members": .count(Int64(members.count)), "year": .year(o.period.year),
            "sum": .countOf(sum, metric: o.metric), "total": .count(total), "difference": .count(total - sum)])
        if !fits && !sameSource { message.append(.figuresFromOtherSourcesOrDates) }
        return ValidationFinding(
            check: .clusterVsMembers, severity: fits ? .info : (sameSource ? .error : .warning), unit: o.unit, period: o.period,
            metric: o.metric, reported: o.exactValue, computed: Double(sum), couldFail: true, message: message,
            figures: [.init(o)] + parts.map(ValidationFinding.Figure.init))
    }
}
