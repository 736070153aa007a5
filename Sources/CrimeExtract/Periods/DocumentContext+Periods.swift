import CrimeData

extension DocumentContext {
    /// The period of the figure at lexeme `k`, with a confidence factor and, when the text does not settle it, a
    /// reason for review: a period named earlier in the sentence, else earlier in the paragraph, else the
    /// report's own; an undated span there ("đợt cao điểm", "5 năm qua") or no period at all (January to the
    /// publication month) sends the figure to review.
    func period(for k: Int, in sentence: Sentence) -> (Period?, Double, String?) {
        func reading(_ j: Int, _ confidence: Double) -> (Period?, Double, String?)? {
            guard case .period(let m) = lexemes[j].role, !isBaselineMention[j] else { return nil }
            if case .recent = m, period == nil {
                return (nil, confidence, "period is a span the text does not date (\"\(written(j))\")")
            }
            if case .undated = m {
                return (m.approximate(published: published), confidence,
                        "period is a span the text does not date (\"\(written(j))\")")
            }
            return m.resolve(year: contextYear, document: period, published: published).map { ($0, confidence, nil) }
        }
        var j = k - 1
        while j >= sentence.range.lowerBound {
            if let r = reading(j, 1) { return r }
            j -= 1
        }
        // Earlier sentences of the same paragraph.
        let lower = sentence.paragraphStart
        j = sentence.range.lowerBound - 1
        while j >= lower {
            if let r = reading(j, 0.95) { return r }
            j -= 1
        }
        if let period { return (period, 0.9, nil) }
        if let inferred = periodAfterBaseline(in: sentence) { return (inferred, 0.85, nil) }
        if let published, let start = YearMonth(year: published.year, month: 1) {
            return (Period(start: start, end: published), 0.6, "period guessed from the publication date")
        }
        return (nil, 1, nil)
    }

    /// "tăng 2,98% so với năm 2022" in a paragraph that names no period of its own: the figures are of the year
    /// after the baseline (2023), up to the publication month when it was published that year.
    func periodAfterBaseline(in sentence: Sentence) -> Period? {
        var j = sentence.range.upperBound - 1
        while j >= sentence.paragraphStart {
            if isBaselineMention[j], case .period(.year(let y)) = lexemes[j].role {
                let year = y + 1
                if let published, published.year == year {
                    guard let start = YearMonth(year: year, month: 1) else { return nil }
                    return Period(start: start, end: published)
                }
                if let published, published.year < year { return nil }
                return Period.year(year)
            }
            j -= 1
        }
        return nil
    }

    /// What the change at lexeme `k` compares against (``ChangeBaseline``).
    ///
    /// The first comparison after the figure in its clause, else the nearest before it in the sentence:
    /// "cùng kỳ", "năm trước" → same months a year earlier; "liền kề", "tháng trước", "nhiệm kỳ trước",
    /// "so với tháng 4/2022", "so với quý IV/2022", "so với giai đoạn 2011-2015" → the previous period;
    /// "so với (năm) 2019" → a year earlier is the plain change, two or more years back is `_vs_2019`.
    /// Unstated: the previous period for a one-month or multi-year figure, else a year earlier.
    func baseline(for k: Int, in sentence: Sentence, period: Period?) -> ChangeBaseline {
        func reading(at j: Int) -> ChangeBaseline? {
            switch lexemes[j].role {
            case .baseline(let b):
                // "so với cùng kỳ năm 2019" in a 2022 report: the pre-COVID year, not last year.
                if b == .sameSpanYearEarlier, j + 1 < sentence.range.upperBound {
                    if case .period(.year(let y)) = lexemes[j + 1].role { return baseline(ofYear: y, period: period) }
                    if case .number(let v, false, 0) = lexemes[j + 1].role, let y = v.integerValue, (1900...2100).contains(y) {
                        return baseline(ofYear: Int(y), period: period)
                    }
                }
                return b
            case .compare:
                var n = j + 1
                while n < min(sentence.range.upperBound, j + 5) {
                    switch lexemes[n].role {
                    case .baseline(let b): return b
                    case .period(let m): return baseline(of: m, period: period)
                    case .number(let v, false, 0):
                        if let y = v.integerValue, (1900...2100).contains(y) { return baseline(ofYear: Int(y), period: period) }
                        return nil
                    case .word, .punct: n += 1
                    default: return nil
                    }
                }
                return nil
            default: return nil
            }
        }
        var j = k + 1
        while j < sentence.range.upperBound {
            if lexemes[j].isPunct(";") { break }
            if let b = reading(at: j) { return b }
            j += 1
        }
        j = k - 1
        while j >= sentence.range.lowerBound {
            if let b = reading(at: j) { return b }
            j -= 1
        }
        guard let period else { return .sameSpanYearEarlier }
        return period.monthCount == 1 || period.monthCount > 12 ? .previousPeriod : .sameSpanYearEarlier
    }

    func baseline(ofYear y: Int, period: Period?) -> ChangeBaseline {
        guard let period else { return .sameSpanYearEarlier }
        return y < period.year - 1 ? .year(y) : .sameSpanYearEarlier
    }

    func baseline(of mention: PeriodMention, period: Period?) -> ChangeBaseline {
        switch mention {
        case .year(let y): return baseline(ofYear: y, period: period)
        case .month(let m, let y):
            guard let period else { return .previousPeriod }
            let year = y ?? period.year
            return period.monthCount == 1 && period.start.month == m && year == period.year - 1
                ? .sameSpanYearEarlier : .previousPeriod
        case .quarter(let q, let y):
            guard let period else { return .previousPeriod }
            let year = y ?? period.year
            if case .quarter(let own) = period.span, own == q, year == period.year - 1 { return .sameSpanYearEarlier }
            return .previousPeriod
        case .range, .monthRange, .undated, .recent: return .previousPeriod
        case .firstMonths, .lastMonths, .yearToDate: return .sameSpanYearEarlier
        }
    }
}
