import CrimeData

/// Check 1–3: a percentage against the counts it is a percentage of.
///
/// Rule (DESIGN.md, "Validation of reported figures"): with count k and base n both stated, the figures
/// agree iff 100·k/n lies in the interval the stated percentage stands for (``RoundingInterval``, or
/// ``QualifiedReading`` for "trên", "gần", …). With only k, the implied bases n ∈ [100k/(r+h), 100k/(r−h)];
/// with only n, the implied counts k ∈ [n(r−h)/100, n(r+h)/100] — always computed, whole numbers only.
/// Which counts pair with which rate comes from the catalogue (``Metric/numerator``,
/// ``Metric/denominators``): clearance_rate = cases_cleared / (crimes_social_order or crimes_recorded,
/// whichever is stated), serious_clearance_rate = serious_cases_cleared / serious_cases, and so on.
extension FigureValidator {
    /// A stated rate with the counts that may pair with it.
    struct RateCase {
        var rate: Observation
        var unit: UnitRef?
        var period: Period?
        var metric: String?
        /// The metric of the numerator ("cases_cleared"), or nil for a one-off check.
        var numeratorMetric: String?
        var numerators: [Observation]
        /// Base candidates in the catalogue's order of preference, each with its figures.
        var denominators: [(metric: String, figures: [Observation])]
    }

    /// How a stated percentage is read: the interval and the words that explain it.
    struct StatedReading {
        var interval: PercentInterval
        var check: ValidationFinding.Check
        /// "88.7%" or "“trên 93%”".
        var statedText: FindingMessage.Value
        /// "88.65–88.75% under rounding" or "“trên 93%” read as more than 93%".
        var explanation: FindingMessage
    }

    func rateFindings(_ index: FigureIndex) -> [ValidationFinding] {
        var out: [ValidationFinding] = []
        for o in index.observations {
            guard let metric = MetricCatalog.metric(o.metric), metric.isRate, let numerator = metric.numerator,
                  !metric.denominators.isEmpty, o.exactValue.units >= 0 else { continue }
            let rateCase = RateCase(
                rate: o, unit: o.unit, period: o.period, metric: o.metric,
                numeratorMetric: numerator,
                numerators: index.counts(numerator, unit: o.unit, period: o.period, preferring: o.source),
                denominators: metric.denominators.map { ($0, index.counts($0, unit: o.unit, period: o.period, preferring: o.source)) })
            if let finding = rateFinding(rateCase) { out.append(finding) }
        }
        return out
    }

    /// Checks one percentage, given on the command line, against a count and/or a base.
    /// The finding has no unit, period or metric; `source` and `quote` say where the figures came from.
    public func checkRate(stated: DecimalValue, numerator: Int64?, denominator: Int64?,
                          source: String = "command line", quote: String = "") -> ValidationFinding? {
        guard let period = Period.year(2000) else { return nil }
        func figure(_ metric: String, _ value: DecimalValue) -> Observation {
            Observation(unit: .national, period: period, metric: metric, exactValue: value, source: source, quote: quote)
        }
        let rateCase = RateCase(
            rate: figure("rate", stated), unit: nil, period: nil, metric: nil, numeratorMetric: nil,
            numerators: numerator.map { [figure("numerator", DecimalValue(units: $0, scale: 0))] } ?? [],
            denominators: [("denominator", denominator.map { [figure("denominator", DecimalValue(units: $0, scale: 0))] } ?? [])])
        guard var finding = rateFinding(rateCase) else { return nil }
        for i in finding.figures.indices {
            finding.figures[i].period = nil
            finding.figures[i].location = nil
        }
        return finding
    }

    /// The reading of a stated percentage under the options.
    func reading(of o: Observation) -> StatedReading? {
        let r = o.exactValue
        if o.qualifier == .exact {
            guard let rounding = RoundingInterval(stated: r, mode: options.rounding) else { return nil }
            return StatedReading(interval: rounding.interval, check: .rateVsCounts, statedText: .percent(r),
                                 explanation: FindingMessage(.readingRounded, ["interval": .interval(rounding.interval),
                                                                               "rounding": .rounding(options.rounding)]))
        }
        guard let q = QualifiedReading(stated: r, qualifier: o.qualifier, tolerancePercent: options.tolerancePercent) else { return nil }
        let stated = FindingMessage.Value.qualified(r, o.qualifier, unit: .percent)
        let explanation = FigureValidator.qualifiedExplanation(stated, q, tolerance: options.tolerancePercent)
        return StatedReading(interval: q.interval, check: .qualifiedFigure, statedText: stated, explanation: explanation)
    }

    /// "“trên 93%” read as more than 93%", with the tolerance when the reading uses it.
    static func qualifiedExplanation(_ stated: FindingMessage.Value, _ q: QualifiedReading, tolerance: DecimalValue) -> FindingMessage {
        q.usesTolerance
            ? FindingMessage(.readingQualifiedTolerance, ["stated": stated, "interval": .interval(q.interval), "tolerance": .percent(tolerance)])
            : FindingMessage(.readingQualified, ["stated": stated, "interval": .interval(q.interval)])
    }

    func rateFinding(_ c: RateCase) -> ValidationFinding? {
        guard let reading = reading(of: c.rate) else { return nil }
        let source = c.rate.source
        let sameK = c.numerators.first { $0.source == source }
        var sameNs: [(String, Observation)] = []
        var otherNs: [(String, Observation)] = []
        for (metric, figures) in c.denominators {
            for f in figures {
                if f.source == source { sameNs.append((metric, f)) } else { otherNs.append((metric, f)) }
            }
        }
        if let sameK, !sameNs.isEmpty {
            return pairFinding(c, reading, pairs: sameNs.map { (sameK, $0.0, $0.1) }, crossSource: false)
        }
        if !c.numerators.isEmpty, !(sameNs + otherNs).isEmpty {
            var pairs: [(Observation, String, Observation)] = []
            for k in c.numerators { for (m, n) in sameNs + otherNs { pairs.append((k, m, n)) } }
            return pairFinding(c, reading, pairs: pairs, crossSource: true)
        }
        if let k = c.numerators.first {
            return countOnlyFinding(c, reading, k: k)
        }
        if let (m, n) = (sameNs + otherNs).first {
            return baseOnlyFinding(c, reading, denominatorMetric: m, n: n)
        }
        return nil
    }

    /// The metric of a base, or nil for a one-off check (whose figures have no metric).
    private func denominatorMetric(_ c: RateCase, _ metric: String) -> String? {
        c.metric == nil ? nil : metric
    }

    /// k and n both known: consistent iff 100k/n lies in the interval.
    private func pairFinding(_ c: RateCase, _ reading: StatedReading, pairs: [(Observation, String, Observation)],
                             crossSource: Bool) -> ValidationFinding? {
        guard let first = pairs.first else { return nil }
        let chosen = pairs.first { k, _, n in
            guard let kv = k.exactValue.integerValue, let nv = n.exactValue.integerValue else { return false }
            return reading.interval.contains(numerator: kv, denominator: nv)
        }
        let (kObs, nMetric, nObs) = chosen ?? first
        guard let k = kObs.exactValue.integerValue, let n = nObs.exactValue.integerValue else { return nil }
        let r = c.rate.exactValue
        let place = FigureValidator.place(c.unit, c.period)
        let figures = [c.rate, kObs, nObs].map(ValidationFinding.Figure.init)
        let impliedN = reading.interval.impliedDenominators(numerator: k)
        let impliedK = reading.interval.impliedNumerators(denominator: n)
        let denMetric = denominatorMetric(c, nMetric)
        guard n > 0 else {
            return ValidationFinding(
                check: reading.check, severity: .warning, unit: c.unit, period: c.period, metric: c.metric, reported: r,
                intervalLow: reading.interval.lowerValue, intervalHigh: reading.interval.upperValue,
                impliedNumerators: impliedK, impliedDenominators: impliedN,
                message: FindingMessage(.rateZeroBase, ["place": place, "stated": reading.statedText,
                                                        "base": .countOf(0, metric: denMetric)]),
                figures: figures)
        }
        let x = 100 * Double(k) / Double(n)
        let decimals = FigureValidator.displayDecimals(x, statedScale: r.scale,
                                                       bounds: [reading.interval.lowerValue, reading.interval.upperValue])
        let ratio = FindingMessage(.ratio, ["count": .countOf(k, metric: c.numeratorMetric), "base": .countOf(n, metric: denMetric),
                                            "percent": .computedPercent(x, decimals: decimals)])
        let mixed: FindingMessage = crossSource ? FindingMessage(.figuresFromOtherSources) : .empty
        var baseNote: FindingMessage = .empty
        let distinctBases = Set(c.denominators.filter { !$0.figures.isEmpty }.map(\.metric))
        if let denMetric, distinctBases.count > 1 || (c.denominators.count > 1 && c.metric != nil) {
            baseNote = FindingMessage(.baseUsed, ["metric": .metric(denMetric)])
        }
        let verdict: [String: FindingMessage.Value] = ["place": place, "ratio": .message(ratio), "stated": reading.statedText,
                                                       "explanation": .message(reading.explanation)]
        if chosen != nil {
            let message = FindingMessage(.rateConsistent, verdict) + baseNote + mixed
            return ValidationFinding(
                check: reading.check, severity: .info, unit: c.unit, period: c.period, metric: c.metric, reported: r,
                computed: x, intervalLow: reading.interval.lowerValue, intervalHigh: reading.interval.upperValue,
                impliedNumerators: impliedK, impliedDenominators: impliedN, couldFail: true, message: message, figures: figures)
        }
        var message = FindingMessage(.rateInconsistent, verdict)
        if impliedN.isEmpty {
            message.append(.noBaseFits)
        } else {
            message.append(.baseFits, ["range": .range(impliedN, metric: nil)])
        }
        if !impliedK.isEmpty {
            message.append(.countFits, ["count": .range(impliedK, metric: c.numeratorMetric), "base": .count(n)])
        }
        let alternatives = rateAlternatives(c, reading, k: k, n: n, kObs: kObs, nObs: nObs)
        for a in alternatives where a.kind != "recomputed" { message += a.description }
        if let recomputed = alternatives.first(where: { $0.kind == "recomputed" }) { message += recomputed.description }
        message += baseNote + mixed
        return ValidationFinding(
            check: reading.check, severity: crossSource ? .warning : .error, unit: c.unit, period: c.period, metric: c.metric,
            reported: r, computed: x, intervalLow: reading.interval.lowerValue, intervalHigh: reading.interval.upperValue,
            impliedNumerators: impliedK, impliedDenominators: impliedN, alternatives: alternatives, couldFail: true,
            message: message, figures: figures)
    }

    /// Nearby readings under which k, n and the rate would agree: the rate the counts give at the
    /// stated precision, truncation, another stated count, a transposition of two adjacent digits.
    private func rateAlternatives(_ c: RateCase, _ reading: StatedReading, k: Int64, n: Int64,
                                  kObs: Observation, nObs: Observation) -> [ValidationFinding.Alternative] {
        var out: [ValidationFinding.Alternative] = []
        let r = c.rate.exactValue
        let exact = c.rate.qualifier == .exact
        // Truncation instead of rounding.
        if exact, options.rounding != .truncate, let t = RoundingInterval(stated: r, mode: .truncate),
           t.contains(numerator: k, denominator: n) {
            out.append(.init(kind: "truncation", value: r,
                             description: FindingMessage(.altTruncation, ["stated": .percent(r)])))
        }
        // Another stated base (crimes_recorded vs crimes_social_order, or another source's count).
        var seen = Set<Int64>([n])
        for (metric, figures) in c.denominators {
            for f in figures {
                guard let v = f.exactValue.integerValue, !seen.contains(v) else { continue }
                seen.insert(v)
                if reading.interval.contains(numerator: k, denominator: v) {
                    let percent = FindingMessage.Value.computedPercent(100 * Double(k) / Double(v), decimals: max(2, r.scale + 1))
                    let base = FindingMessage.Value.countOf(v, metric: denominatorMetric(c, metric))
                    out.append(.init(kind: "other_base", value: f.exactValue, description: f.source == c.rate.source
                        ? FindingMessage(.altOtherBaseSameSource, ["base": base, "percent": percent])
                        : FindingMessage(.altOtherBase, ["base": base, "source": .text(f.source), "percent": percent])))
                }
            }
        }
        var seenK = Set<Int64>([k])
        for f in c.numerators {
            guard let v = f.exactValue.integerValue, !seenK.contains(v) else { continue }
            seenK.insert(v)
            if reading.interval.contains(numerator: v, denominator: n) {
                out.append(.init(kind: "other_count", value: f.exactValue,
                                 description: FindingMessage(.altOtherCount, ["count": .countOf(v, metric: c.numeratorMetric),
                                                                              "source": .text(f.source)])))
            }
        }
        // Adjacent digits swapped: in the rate, the count or the base.
        if exact {
            for swapped in FigureValidator.adjacentTranspositions(r.units) {
                let candidate = DecimalValue(units: swapped, scale: r.scale)
                if let ri = RoundingInterval(stated: candidate, mode: options.rounding), ri.contains(numerator: k, denominator: n) {
                    out.append(.init(kind: "digit_transposition", value: candidate,
                                     description: FindingMessage(.altSwappedRate, ["stated": .percent(candidate)])))
                }
            }
        }
        for swapped in FigureValidator.adjacentTranspositions(k) where reading.interval.contains(numerator: swapped, denominator: n) {
            out.append(.init(kind: "digit_transposition", value: DecimalValue(units: swapped, scale: 0),
                             description: FindingMessage(.altSwappedCount, ["count": .countOf(swapped, metric: c.numeratorMetric)])))
        }
        for swapped in FigureValidator.adjacentTranspositions(n) where reading.interval.contains(numerator: k, denominator: swapped) {
            out.append(.init(kind: "digit_transposition", value: DecimalValue(units: swapped, scale: 0),
                             description: FindingMessage(.altSwappedBase, ["base": .count(swapped)])))
        }
        // What the counts give at the stated precision (half-up, exact).
        if exact, let scale = powerOfTen(r.scale), let m = Int64(100).timesChecked(scale),
           let (q, rem) = WideInteger.product(m, k).quotientAndRemainder(dividingBy: n) {
            let rounded = rem.magnitude * 2 >= n.magnitude ? q + 1 : q
            let value = DecimalValue(units: rounded, scale: r.scale)
            out.append(.init(kind: "recomputed", value: value,
                             description: FindingMessage(.altRecomputed, ["stated": .percent(value)])))
        }
        return out
    }

    /// Values with two different adjacent digits swapped (no leading zero), for a non-negative value.
    static func adjacentTranspositions(_ value: Int64) -> [Int64] {
        guard value >= 0 else { return [] }
        let digits = Array(String(value).utf8)
        var out: [Int64] = []
        for i in 0..<max(0, digits.count - 1) where digits[i] != digits[i + 1] {
            var d = digits
            d.swapAt(i, i + 1)
            if d.first == UInt8(ascii: "0") && d.count > 1 { continue }
            if let v = Int64(String(decoding: d, as: UTF8.self)), !out.contains(v) { out.append(v) }
        }
        return out
    }

    /// Only the count is known: the bases that would give the rate.
    private func countOnlyFinding(_ c: RateCase, _ reading: StatedReading, k kObs: Observation) -> ValidationFinding? {
        guard let k = kObs.exactValue.integerValue else { return nil }
        let r = c.rate.exactValue
        let place = FigureValidator.place(c.unit, c.period)
        let implied = reading.interval.impliedDenominators(numerator: k)
        let denMetric = c.denominators.first.flatMap { denominatorMetric(c, $0.metric) }
        let crossSource = kObs.source != c.rate.source
        let figures = [c.rate, kObs].map(ValidationFinding.Figure.init)
        // Power: the real interval of bases [100k/hi, 100k/lo] is at least one wide.
        let couldFail: Bool
        if let lo = reading.interval.lowerValue?.doubleValue, lo > 0, let hi = reading.interval.upperValue?.doubleValue, k > 0 {
            couldFail = 100 * Double(k) / lo - 100 * Double(k) / hi < 1
        } else {
            couldFail = k == 0 && (reading.interval.lower.map { $0.units > 0 } ?? false)
        }
        if implied.isEmpty {
            var message = FindingMessage(.countOnlyNoBase, [
                "place": place, "noun": .noun(denMetric, generic: .base), "stated": reading.statedText,
                "count": .countOf(k, metric: c.numeratorMetric), "explanation": .message(reading.explanation)])
            let x = r.doubleValue > 0 ? 100 * Double(k) / r.doubleValue : 0
            if x >= 1 && x < 1e15 {
                let below = Int64(x.rounded(.down)), above = below + 1
                let decimals = max(2, r.scale + 1)
                message.append(.countOnlyNearest, [
                    "below": .count(below), "belowPercent": .computedPercent(100 * Double(k) / Double(below), decimals: decimals),
                    "above": .count(above), "abovePercent": .computedPercent(100 * Double(k) / Double(above), decimals: decimals)])
            }
            return ValidationFinding(
                check: reading.check, severity: crossSource ? .warning : .error, unit: c.unit, period: c.period, metric: c.metric,
                reported: r, intervalLow: reading.interval.lowerValue, intervalHigh: reading.interval.upperValue,
                impliedNumerators: nil, impliedDenominators: implied, couldFail: true, message: message, figures: figures)
        }
        var message = FindingMessage(.countOnlyImplies, [
            "place": place, "stated": reading.statedText, "count": .countOf(k, metric: c.numeratorMetric),
            "range": .range(implied, metric: denMetric), "explanation": .message(reading.explanation)])
        if !couldFail {
            message.append(.countOnlyCouldNotFail, ["count": .countOf(k, metric: c.numeratorMetric)])
        }
        return ValidationFinding(
            check: reading.check, severity: .info, unit: c.unit, period: c.period, metric: c.metric, reported: r,
            intervalLow: reading.interval.lowerValue, intervalHigh: reading.interval.upperValue,
            impliedNumerators: nil, impliedDenominators: implied, couldFail: couldFail, message: message, figures: figures)
    }

    /// Only the base is known: the counts that would give the rate.
    private func baseOnlyFinding(_ c: RateCase, _ reading: StatedReading, denominatorMetric: String,
                                 n nObs: Observation) -> ValidationFinding? {
        guard let n = nObs.exactValue.integerValue else { return nil }
        let r = c.rate.exactValue
        let place = FigureValidator.place(c.unit, c.period)
        let implied = reading.interval.impliedNumerators(denominator: n)
        let denMetric = self.denominatorMetric(c, denominatorMetric)
        let crossSource = nObs.source != c.rate.source
        let figures = [c.rate, nObs].map(ValidationFinding.Figure.init)
        // Power: the interval of counts n·[lo, hi]/100 is at least one wide (exactly one: not both ends open).
        var couldFail = true
        if let lo = reading.interval.lower, let hi = reading.interval.upper, n > 0 {
            if let width = hi.units.minusChecked(lo.units) {
                let span = WideInteger.product(n, width), unit = WideInteger.product(reading.interval.multiplier, 1)
                couldFail = span < unit || (span == unit && lo.isOpen && hi.isOpen)
            }
        } else if n > 0 {
            couldFail = false
        }
        if implied.isEmpty {
            var arguments: [String: FindingMessage.Value] = [
                "place": place, "noun": .noun(c.numeratorMetric, generic: .count), "base": .countOf(n, metric: denMetric),
                "stated": reading.statedText, "explanation": .message(reading.explanation)]
            var key = FindingMessage.Key.baseOnlyNoCount
            if n > 0, let lo = reading.interval.lowerValue?.doubleValue {
                let below = Int64((lo * Double(n) / 100).rounded(.down))
                key = .baseOnlyNoCountNearest
                arguments["below"] = .count(below)
                arguments["belowPercent"] = .computedPercent(100 * Double(below) / Double(n), decimals: max(2, r.scale + 1))
                arguments["above"] = .count(below + 1)
                arguments["abovePercent"] = .computedPercent(100 * Double(below + 1) / Double(n), decimals: max(2, r.scale + 1))
            }
            let message = FindingMessage(key, arguments)
            return ValidationFinding(
                check: reading.check, severity: crossSource ? .warning : .error, unit: c.unit, period: c.period, metric: c.metric,
                reported: r, intervalLow: reading.interval.lowerValue, intervalHigh: reading.interval.upperValue,
                impliedNumerators: implied, impliedDenominators: nil, couldFail: true, message: message, figures: figures)
        }
        var message = FindingMessage(.baseOnlyImplies, [
            "place": place, "stated": reading.statedText, "base": .countOf(n, metric: denMetric),
            "range": .range(implied, metric: c.numeratorMetric), "explanation": .message(reading.explanation)])
        if !couldFail {
            message.append(.baseOnlyCouldNotFail, ["base": .count(n)])
        }
        return ValidationFinding(
            check: reading.check, severity: .info, unit: c.unit, period: c.period, metric: c.metric, reported: r,
            intervalLow: reading.interval.lowerValue, intervalHigh: reading.interval.upperValue,
            impliedNumerators: implied, impliedDenominators: nil, couldFail: couldFail, message: message, figures: figures)
    }
}
