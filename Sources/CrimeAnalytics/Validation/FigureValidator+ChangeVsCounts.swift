import CrimeData

/// Check 4: a stated change against the counts of the two periods.
///
/// Rule (DESIGN.md, "Relations" and "Change between periods"): crime_change_pct(t) =
/// 100·(x_t − x_{t−1}) / x_{t−1} over the same span one year earlier (``Period/sameSpanYearEarlier``;
/// `_vs_prev_period` and `_vs_YYYY` baselines as their suffix says). `crime_change_*` refers to
/// crimes_social_order or crimes_recorded, whichever is stated. With both counts known the stated
/// (rounded) change must contain the computed one; with only the current count, the previous counts
/// that fit are given (100·x_t/x_{t−1} must lie in 100 + the change's interval). A change of a rate is
/// read both as percentage points and as percent; the finding names the reading that matches.
extension FigureValidator {
    func changeFindings(_ index: FigureIndex) -> [ValidationFinding] {
        var out: [ValidationFinding] = []
        for o in index.observations {
            guard let metric = MetricCatalog.metric(o.metric), let subjectID = metric.changeOf,
                  let baseline = metric.baseline, let subject = MetricCatalog.metric(subjectID),
                  let previous = FigureValidator.previousPeriod(of: o.period, baseline: baseline) else { continue }
            if subject.unit == .percent {
                if let f = rateChangeFinding(index, o, metric: metric, rate: subject, previous: previous) { out.append(f) }
            } else if let f = countChangeFinding(index, o, metric: metric, subjectID: subjectID, previous: previous) {
                out.append(f)
            }
        }
        return out
    }

    /// The period a change compares against.
    static func previousPeriod(of period: Period, baseline: ChangeBaseline) -> Period? {
        switch baseline {
        case .sameSpanYearEarlier:
            return period.sameSpanYearEarlier
        case .previousPeriod:
            return Period(start: period.start.adding(months: -period.monthCount), end: period.start.adding(months: -1))
        case .year(let y):
            let shift = 12 * (y - period.end.year)
            guard shift < 0 else { return nil }
            return Period(start: period.start.adding(months: shift), end: period.end.adding(months: shift))
        }
    }

    private func countChangeFinding(_ index: FigureIndex, _ o: Observation, metric: Metric, subjectID: String,
                                    previous: Period) -> ValidationFinding? {
        let subjects = o.metric.hasPrefix("crime_change") ? ["crimes_social_order", "crimes_recorded"] : [subjectID]
        // The subject stated for this period: one with both counts first, then one the same source states.
        var candidates: [(id: String, current: Observation, previous: Observation?)] = []
        for id in subjects {
            guard let c = index.counts(id, unit: o.unit, period: o.period, preferring: o.source).first else { continue }
            candidates.append((id, c, index.counts(id, unit: o.unit, period: previous, preferring: o.source).first))
        }
        guard let chosen = candidates.first(where: { $0.previous != nil && $0.current.source == o.source })
                ?? candidates.first(where: { $0.previous != nil }) ?? candidates.first(where: { $0.current.source == o.source })
                ?? candidates.first,
              let c = chosen.current.exactValue.integerValue else { return nil }
        let subject = chosen.id
        let place = FigureValidator.place(o.unit, o.period)
        let prevPeriod = FindingMessage.Value.period(previous)
        let stated = o.exactValue
        var figures = [ValidationFinding.Figure(o), ValidationFinding.Figure(chosen.current)]
        var p: Int64? = chosen.previous?.exactValue.integerValue
        var derivedNote: FindingMessage = .empty
        var sameSource = chosen.current.source == o.source && (chosen.previous.map { $0.source == o.source } ?? true)
        if let prevObs = chosen.previous { figures.append(.init(prevObs)) }

        if metric.unit == .count {
            guard o.qualifier == .exact, let delta = stated.integerValue else { return nil }
            guard let p else {
                let implied = c - delta
                let message = FindingMessage(implied < 0 ? .changeCountImpossible : .changeCountImplied, [
                    "place": place, "current": .countOf(c, metric: subject), "change": .signedDecimal(stated),
                    "previous": .count(implied), "period": prevPeriod])
                return ValidationFinding(
                    check: .changeVsCounts, severity: implied < 0 ? .error : .info, unit: o.unit, period: o.period, metric: o.metric,
                    reported: stated, impliedDenominators: implied < 0 ? .empty : ImpliedRange(lowest: implied, highest: implied),
                    couldFail: implied < 0, message: message, figures: figures)
            }
            let actual = c - p
            let fits = actual == delta
            var message = FindingMessage(fits ? .changeCountAsStated : .changeCountDiffers, [
                "place": place, "previous": .countOf(p, metric: subject), "period": prevPeriod, "current": .count(c),
                "actual": .signedDecimal(DecimalValue(units: actual, scale: 0)), "stated": .signedDecimal(stated)])
            if !fits && !sameSource { message.append(.countsFromOtherSources) }
            return ValidationFinding(
                check: .changeVsCounts, severity: fits ? .info : (sameSource ? .error : .warning), unit: o.unit, period: o.period,
                metric: o.metric, reported: stated, computed: Double(actual),
                impliedDenominators: ImpliedRange(lowest: c - delta, highest: c - delta), couldFail: true,
                message: message, figures: figures)
        }

        // A percentage change: its reading.
        let interval: PercentInterval, statedText: FindingMessage.Value, explanation: FindingMessage
        if o.qualifier == .exact {
            guard let ri = RoundingInterval(stated: stated, mode: options.rounding) else { return nil }
            interval = ri.interval
            statedText = .signedPercent(stated)
            explanation = FindingMessage(.readingRounded, ["interval": .interval(interval), "rounding": .rounding(options.rounding)])
        } else {
            guard let q = QualifiedReading(stated: stated, qualifier: o.qualifier, tolerancePercent: options.tolerancePercent) else { return nil }
            interval = q.interval
            statedText = .qualified(stated, o.qualifier, unit: .percent)
            explanation = FigureValidator.qualifiedExplanation(statedText, q, tolerance: options.tolerancePercent)
        }
        let implied = interval.shifted(byWholePercent: 100)?.impliedDenominators(numerator: c) ?? .empty
        // No previous count stated: one derived from a stated change in cases, same source.
        if p == nil {
            let countID = o.metric.replacingFirst("_change_pct", with: "_change_count")
            if let d = index.counts(countID, unit: o.unit, period: o.period, preferring: o.source).first(where: { $0.source == o.source }),
               let delta = d.exactValue.integerValue, chosen.current.source == o.source {
                p = c - delta
                derivedNote = FindingMessage(.derivedPrevious, ["current": .count(c), "change": .signedDecimal(d.exactValue)])
                figures.append(.init(d))
                sameSource = true
            }
        }
        guard let p, p > 0 else {
            // Only the current count: the previous counts that fit.
            let couldFail: Bool
            if let lo = interval.lowerValue?.doubleValue, let hi = interval.upperValue?.doubleValue, lo > -100, c > 0 {
                couldFail = 100 * Double(c) / (100 + lo) - 100 * Double(c) / (100 + hi) < 1
            } else {
                couldFail = false
            }
            if implied.isEmpty {
                return ValidationFinding(
                    check: .changeVsCounts, severity: chosen.current.source == o.source ? .error : .warning, unit: o.unit,
                    period: o.period, metric: o.metric, reported: stated, intervalLow: interval.lowerValue,
                    intervalHigh: interval.upperValue, impliedDenominators: implied, couldFail: true,
                    message: noPreviousCountMessage(place: place, subject: subject, previous: prevPeriod, statedText: statedText,
                                                    explanation: explanation, current: c, stated: stated),
                    figures: figures)
            }
            var message = FindingMessage(.changeImplies, [
                "place": place, "current": .countOf(c, metric: subject), "stated": statedText, "range": .range(implied, metric: nil),
                "period": prevPeriod, "explanation": .message(explanation)])
            if !couldFail {
                message.append(.changeCouldNotFail)
            }
            return ValidationFinding(
                check: .changeVsCounts, severity: .info, unit: o.unit, period: o.period, metric: o.metric, reported: stated,
                intervalLow: interval.lowerValue, intervalHigh: interval.upperValue, impliedDenominators: implied,
                couldFail: couldFail, message: message, figures: figures)
        }
        let x = 100 * Double(c - p) / Double(p)
        let fits = interval.contains(numerator: c - p, denominator: p)
        let decimals = FigureValidator.displayDecimals(x, statedScale: stated.scale, bounds: [interval.lowerValue, interval.upperValue])
        let verdict: [String: FindingMessage.Value] = [
            "place": place, "previous": .countOf(p, metric: subject), "period": prevPeriod, "derived": .message(derivedNote),
            "current": .count(c), "actual": .signedComputedPercent(x, decimals: decimals), "stated": statedText,
            "explanation": .message(explanation)]
        var message = FindingMessage(fits ? .changeConsistent : .changeInconsistent, verdict)
        var alternatives: [ValidationFinding.Alternative] = []
        if !fits {
            if o.qualifier == .exact, options.rounding != .truncate, let t = RoundingInterval(stated: stated, mode: .truncate),
               t.contains(numerator: c - p, denominator: p) {
                alternatives.append(.init(kind: "truncation", value: stated,
                                          description: FindingMessage(.altTruncation, ["stated": .signedPercent(stated)])))
            }
            if !implied.isEmpty {
                alternatives.append(.init(kind: "implied_previous", value: DecimalValue(units: implied.lowest, scale: 0),
                                          description: FindingMessage(.altPreviousFits, ["range": .range(implied, metric: nil)])))
            }
            for a in alternatives { message += a.description }
            if !sameSource { message.append(.countsFromOtherSources) }
        }
        return ValidationFinding(
            check: .changeVsCounts, severity: fits ? .info : (sameSource ? .error : .warning), unit: o.unit, period: o.period,
            metric: o.metric, reported: stated, computed: x, intervalLow: interval.lowerValue, intervalHigh: interval.upperValue,
            impliedDenominators: implied, alternatives: alternatives, couldFail: true, message: message, figures: figures)
    }

    /// "no whole number … gives −38.5% …: 57 would give −38.60% and 56 −37.50%".
    private func noPreviousCountMessage(place: FindingMessage.Value, subject: String, previous: FindingMessage.Value,
                                        statedText: FindingMessage.Value, explanation: FindingMessage, current c: Int64,
                                        stated: DecimalValue) -> FindingMessage {
        var message = FindingMessage(.changeNoPrevious, [
            "place": place, "noun": .noun(subject, generic: .count), "period": previous, "stated": statedText,
            "current": .count(c), "explanation": .message(explanation)])
        let ratio = 100 + stated.doubleValue
        let x = ratio > 0 ? 100 * Double(c) / ratio : 0
        if x >= 1 && x < 1e15 {
            let below = Int64(x.rounded(.down)), above = below + 1
            let decimals = max(2, stated.scale + 1)
            func change(_ p: Int64) -> Double { 100 * Double(c - p) / Double(p) }
            message.append(.changeNearest, [
                "below": .count(below), "belowChange": .signedComputedPercent(change(below), decimals: decimals),
                "above": .count(above), "aboveChange": .signedComputedPercent(change(above), decimals: decimals)])
        }
        return message
    }

    /// A stated change of a rate, read as percentage points and as percent; both ends of the rate
    /// rounded, so each reading is an interval.
    private func rateChangeFinding(_ index: FigureIndex, _ o: Observation, metric: Metric, rate: Metric,
                                   previous: Period) -> ValidationFinding? {
        func exactRate(_ period: Period) -> Observation? {
            let all = index.all(rate.id, unit: o.unit, period: period).filter { $0.qualifier == .exact }
            return all.first { $0.source == o.source } ?? all.first
        }
        guard let cur = exactRate(o.period), let prev = exactRate(previous), o.qualifier == .exact,
              let stated = RoundingInterval(stated: o.exactValue, mode: options.rounding),
              let ci = RoundingInterval(stated: cur.exactValue, mode: options.rounding),
              let pi = RoundingInterval(stated: prev.exactValue, mode: options.rounding) else { return nil }
        let scale = max(stated.interval.scale, ci.interval.scale, pi.interval.scale)
        guard let s = stated.interval.rescaled(to: scale), let c = ci.interval.rescaled(to: scale), let p = pi.interval.rescaled(to: scale),
              let sl = s.lower?.units, let su = s.upper?.units, let cl = c.lower?.units, let cu = c.upper?.units,
              let pl = p.lower?.units, let pu = p.upper?.units else { return nil }
        // Percentage points: cur − prev ∈ [cl − pu, cu − pl].
        var ppMatch = false
        if let low = cl.minusChecked(pu), let high = cu.minusChecked(pl) { ppMatch = low <= su && sl <= high }
        // Percent: 100(cur − prev)/prev ∈ [100(cl − pu)/pu, 100(cu − pl)/pl], for a positive previous rate.
        var pctMatch = false
        let m = s.multiplier
        if pl > 0, let a = cl.minusChecked(pu), let b = cu.minusChecked(pl) {
            pctMatch = !(WideInteger.product(su, pu) < WideInteger.product(m, a)) && !(WideInteger.product(m, b) < WideInteger.product(sl, pl))
        }
        let curV = cur.exactValue.doubleValue, prevV = prev.exactValue.doubleValue
        let pp = curV - prevV
        let pct = prevV != 0 ? 100 * pp / prevV : Double.nan
        let statedIsPoints = metric.unit == .percentagePoints
        let place = FigureValidator.place(o.unit, o.period)
        let sameSource = cur.source == o.source && prev.source == o.source
        let decimals = max(1, o.exactValue.scale + 1)
        var readings: [String: FindingMessage.Value] = [
            "place": place, "metric": .metric(rate.id), "previous": .percent(prev.exactValue), "period": .period(previous),
            "current": .percent(cur.exactValue), "points": .signedNumber(pp, decimals: decimals)]
        if pct.isFinite { readings["relative"] = .signedComputedPercent(pct, decimals: decimals) }
        var message = FindingMessage(pct.isFinite ? .rateChangeReadings : .rateChangePointsOnly, readings)
        let statedText: FindingMessage.Value = statedIsPoints ? .signedPoints(o.exactValue) : .signedPercent(o.exactValue)
        let severity: ValidationFinding.Severity
        let matchesStated = statedIsPoints ? ppMatch : pctMatch
        let matchesOther = statedIsPoints ? pctMatch : ppMatch
        let verdict: FindingMessage.Key
        if matchesStated && matchesOther {
            verdict = .rateChangeBoth
            severity = .info
        } else if matchesStated {
            verdict = statedIsPoints ? .rateChangePointsAsLabelled : .rateChangePercentAsLabelled
            severity = .info
        } else if matchesOther {
            verdict = statedIsPoints ? .rateChangePercentNotPoints : .rateChangePointsNotPercent
            severity = .warning
        } else {
            verdict = .rateChangeNeither
            severity = sameSource ? .error : .warning
        }
        message.append(verdict, ["stated": statedText])
        if verdict == .rateChangeNeither && !sameSource { message.append(.ratesFromOtherSources) }
        return ValidationFinding(
            check: .rateChangeReading, severity: severity, unit: o.unit, period: o.period, metric: o.metric,
            reported: o.exactValue, computed: statedIsPoints ? pp : (pct.isFinite ? pct : nil),
            intervalLow: stated.low, intervalHigh: stated.high,
            alternatives: matchesOther && !matchesStated
                ? [.init(kind: "reading", value: o.exactValue,
                         description: FindingMessage(statedIsPoints ? .altReadAsPercent : .altReadAsPoints))] : [],
            couldFail: true, message: message, figures: [o, cur, prev].map(ValidationFinding.Figure.init))
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        replacing(target, with: replacement, maxReplacements: 1)
    }
}
