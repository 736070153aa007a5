/// The checks a gathered figure must pass against its own quote before it enters a dataset.
///
/// The rules of the first curation of Datasets/ (Datasets/README.md, "Changes made while checking
/// against the quotes"), made mechanical:
/// 1. the value is among the quote's numbers (``QuoteNumbers``: "2.156", "88,7%", "năm" = 5), either sign;
/// 2. percent metrics (`*_rate`, `*_pct`, `*_pp`) stand before a "%" (warning when the source omits it);
///    counts do not (refused);
/// 3. a count of cases ("vụ") is not a count of persons ("đối tượng", "người", "bị can") and back;
/// 4. the qualifier matches the word right before the number: trên → over, hơn → more_than (not "nhiều /
///    ít / cao / thấp hơn", which are change words), gần → nearly, khoảng / ước → about, dưới / chưa đến →
///    under, "từ x trở lên" → at_least, none → exact;
/// 5. a signed change has the sign of the nearest direction word before it (giảm, ít / thấp hơn → −;
///    tăng, nhiều / cao hơn → +); none found is a warning (an enumeration that began with "giảm" earlier);
/// 6. "so với (cùng kỳ) năm YYYY" names the baseline the metric implies: the year before the period, or
///    the YYYY of `_vs_YYYY`; a previous-period comparison ("liền kề", "tháng trước") needs `_vs_prev_period`;
/// 7. the period does not end more than two months after publication (year reviews appear from November,
///    the police year closing on 14 December); `members` (a cluster's composition for its year) is exempt.
public enum QuoteCheck {
    /// What one check found.
    public struct Finding: Sendable, Hashable {
        public enum Severity: String, Sendable {
            /// The row does not enter.
            case refused
            /// The row enters; the note says what could not be confirmed.
            case warning
        }
        public let severity: Severity
        /// The column the finding is about (for the file:line:column of the message).
        public let column: String
        public let message: String
    }

    /// Runs every check on `o`; empty when the row passes.
    public static func check(_ o: Observation) -> [Finding] {
        guard let metric = MetricCatalog.metric(o.metric) else {
            return [Finding(severity: .refused, column: "metric", message: "unknown metric \(o.metric)")]
        }
        var out: [Finding] = []
        func refuse(_ column: String, _ message: String) { out.append(Finding(severity: .refused, column: column, message: message)) }
        func warn(_ column: String, _ message: String) { out.append(Finding(severity: .warning, column: column, message: message)) }
        if o.source.trimmingWhitespace().isEmpty { refuse("source", "no source: every figure needs the page or report it comes from") }
        let periodFinding = periodAfterPublication(o, metric: metric)
        if let periodFinding { refuse("period_end", periodFinding) }
        guard !o.quote.trimmingWhitespace().isEmpty else {
            refuse("quote", "no quote: every figure needs the few words of its source that state it")
            return out
        }
        let quote = QuoteNumbers(o.quote)
        let shown = VietnameseNumber.format(o.exactValue, vietnamese: false, grouping: false)
        var candidates = quote.matches(o.exactValue)
        guard !candidates.isEmpty else {
            let numbers = quote.numbers.map { VietnameseNumber.format($0.value, vietnamese: false, grouping: false) }
            refuse("value", "\(shown) is not in the quote" + (numbers.isEmpty ? " (it states no number)" : " (its numbers: \(numbers.joined(separator: ", ")))"))
            return out
        }
        // 2. percent or not
        if metric.unit == .count {
            candidates = candidates.filter { !$0.isPercent }
            if candidates.isEmpty {
                refuse("value", "the quote states \(shown) as a percentage, but \(metric.id) is a count")
                return out
            }
        } else {
            let percent = candidates.filter(\.isPercent)
            if percent.isEmpty {
                warn("value", "no \"%\" after \(shown) in the quote (\(metric.id) is a percentage)")
            } else {
                candidates = percent
            }
        }
        // 3. cases or persons
        if let counted = countedThing(metric) {
            let fitting = candidates.filter { statedThing($0) == nil || statedThing($0) == counted }
            if fitting.isEmpty, let other = candidates.first.flatMap(statedThing) {
                refuse("metric", "the quote counts \(shown) as \(other.rawValue) (\"\(candidates.first?.wordsAfter.first ?? "")\"), but \(metric.id) counts \(counted.rawValue)")
                return out
            }
            candidates = fitting
        }
        // 4. qualifier
        let qualifiers = candidates.map(statedQualifier)
        if !qualifiers.contains(o.qualifier) {
            let said = qualifiers.first ?? .exact
            if said == .exact {
                refuse("qualifier", "the qualifier is \(o.qualifier.rawValue) (\"\(o.qualifier.vietnamese)\"), but no such word stands before \(shown) in the quote")
            } else {
                refuse("qualifier", "the quote says \"\(said.vietnamese) \(shown)\" (\(said.rawValue)), but the qualifier is \(o.qualifier.rawValue)")
            }
            return out
        }
        candidates = candidates.filter { statedQualifier($0) == o.qualifier }
        // 5. sign of a change
        if metric.isSignedChange && o.exactValue.units != 0 {
            let directions = candidates.map(statedDirection)
            let sign = o.exactValue.units < 0 ? -1 : 1
            if directions.allSatisfy({ $0 == nil }) {
                warn("value", "no direction word (giảm, tăng, ít hơn, nhiều hơn) before \(shown) in the quote: the sign is not confirmed")
            } else if !directions.contains(where: { $0?.sign == sign }) {
                let word = directions.compactMap { $0 }.first?.word ?? ""
                refuse("value", "the quote says \"\(word)\" before \(shown), but the value is \(sign < 0 ? "negative" : "positive")")
                return out
            }
        }
        // 6. baseline
        if metric.changeOf != nil, let baseline = metric.baseline, let problem = baselineProblem(o, baseline: baseline, quote: quote, near: candidates) {
            refuse("metric", problem)
        }
        return out
    }

    // MARK: - 7. period and publication

    static func periodAfterPublication(_ o: Observation, metric: Metric) -> String? {
        guard metric.id != "members", o.published.utf8.count >= 7,
              let published = YearMonth(Substring(o.published.prefix(7))) else { return nil }
        guard o.period.end > published.adding(months: 2) else { return nil }
        return "the period ends \(o.period.end), after the publication (\(o.published)): a figure cannot cover months after it was published (year reviews from November are accepted)"
    }

    // MARK: - 3. what is counted

    /// What a count metric counts.
    enum Counted: String { case cases, persons }

    static let personMetrics: Set<String> = [
        "offenders", "drug_offenders", "economic_offenders", "corruption_offenders", "defendants", "drug_defendants",
        "economic_defendants", "corruption_defendants", "social_order_defendants", "crime_deaths", "crime_injuries",
        "traffic_deaths", "traffic_injuries", "fugitives_arrested", "fugitives_dangerous_arrested", "commendations_individual",
    ]
    static let caseMetrics: Set<String> = [
        "crimes_recorded", "crimes_social_order", "cases_cleared", "serious_cases", "serious_cases_cleared",
        "special_serious_cases", "special_serious_cases_cleared", "drug_cases", "economic_cases", "corruption_cases",
        "environment_cases", "economic_cases_prosecuted", "corruption_cases_prosecuted", "drug_cases_prosecuted",
        "cases_prosecuted", "social_order_cases_prosecuted", "cases_accepted", "violations_social_order", "violations_total",
        "traffic_accidents",
    ]

    static func countedThing(_ metric: Metric) -> Counted? {
        guard metric.unit == .count else { return nil }
        let subject = metric.changeOf ?? metric.id
        if personMetrics.contains(subject) { return .persons }
        if caseMetrics.contains(subject) { return .cases }
        return nil
    }

    /// "vụ" → cases; "đối tượng", "người", "bị can", "nghi phạm" → persons; anything else says nothing.
    static func statedThing(_ n: QuoteNumbers.Number) -> Counted? {
        switch n.wordsAfter.first {
        case "vụ"?: return .cases
        case "đối"?, "người"?, "nghi"?: return .persons
        case "bị"?: return n.wordsAfter.dropFirst().first == "can" ? .persons : nil
        default: return nil
        }
    }

    // MARK: - 4. qualifier

    static let comparisonWords: Set<String> = ["nhiều", "ít", "cao", "thấp", "lớn", "nhỏ"]

    /// The qualifier the quote's words give the number.
    static func statedQualifier(_ n: QuoteNumbers.Number) -> Qualifier {
        if n.wordsAfter.starts(with: ["trở", "lên"]), n.wordsBefore.last == "từ" { return .atLeast }
        guard !n.followsNumber, let last = n.wordsBefore.last else { return .exact }
        let previous = n.wordsBefore.dropLast().last
        switch last {
        case "trên": return .over
        case "hơn": return comparisonWords.contains(previous ?? "") ? .exact : .moreThan
        case "gần": return .nearly
        case "khoảng", "ước": return .about
        case "tính", "đạt": return previous == "ước" ? .about : .exact
        case "dưới": return .under
        case "đến", "tới": return previous == "chưa" ? .under : .exact
        default: return .exact
        }
    }

    // MARK: - 5. direction

    /// The nearest direction word before the number, and the sign it gives.
    static func statedDirection(_ n: QuoteNumbers.Number) -> (word: String, sign: Int)? {
        let words = n.wordsBefore
        for i in words.indices.reversed() {
            switch words[i] {
            case "giảm": return ("giảm", -1)
            case "tăng": return ("tăng", 1)
            case "hơn":
                guard i > 0 else { continue }
                switch words[i - 1] {
                case "nhiều", "cao", "lớn": return (words[i - 1] + " hơn", 1)
                case "ít", "thấp", "nhỏ": return (words[i - 1] + " hơn", -1)
                default: continue
                }
            default: continue
            }
        }
        return nil
    }

    // MARK: - 6. baseline

    /// A comparison the quote states: "so với (cùng kỳ) (năm) YYYY", "so với năm trước", "so với tháng trước".
    enum Comparison: Equatable {
        case sameSpan(year: Int?)
        case year(Int)
        case previousPeriod(String)
    }

    /// The comparisons of the quote, each with the word position where it starts.
    static func comparisons(_ q: QuoteNumbers) -> [(position: Int, comparison: Comparison)] {
        let w = q.words
        var out: [(Int, Comparison)] = []
        var i = 0
        while i < w.count {
            guard w[i] == "so", i + 1 < w.count, w[i + 1] == "với" || w[i + 1] == "cùng" else { i += 1; continue }
            let start = i
            var k = w[i + 1] == "với" ? i + 2 : i + 1
            let window = Array(w[k..<min(w.count, k + 5)])
            func year(from j: Int) -> Int? {
                var m = j
                while m < min(w.count, j + 4) {
                    if q.isNumeric[m], let y = Int(w[m]), (1975...2100).contains(y), w[m].count == 4 { return y }
                    m += 1
                }
                return nil
            }
            if window.starts(with: ["cùng"]) {
                let y = year(from: k + 1)
                out.append((start, .sameSpan(year: y)))
            } else if window.starts(with: ["năm", "trước"]) || window.starts(with: ["năm", "ngoái"]) {
                out.append((start, .sameSpan(year: nil)))
            } else if window.contains("liền") || window.starts(with: ["tháng"]) || window.starts(with: ["quý"])
                        || window.starts(with: ["quí"]) || window.starts(with: ["kỳ", "trước"]) || window.starts(with: ["nhiệm", "kỳ"]) {
                out.append((start, .previousPeriod(window.prefix(3).joined(separator: " "))))
            } else if let y = year(from: k) {
                out.append((start, .year(y)))
            }
            k += 1
            i = k
        }
        return out
    }

    /// Whether the comparison nearest the number (the first after it, else the last before it) fits the baseline.
    static func baselineProblem(_ o: Observation, baseline: ChangeBaseline, quote: QuoteNumbers,
                                near candidates: [QuoteNumbers.Number]) -> String? {
        let all = comparisons(quote)
        guard !all.isEmpty, let number = candidates.first else { return nil }
        let chosen = all.first { $0.position > number.position } ?? all.last { $0.position < number.position }
        guard let comparison = chosen?.comparison else { return nil }
        let oneYear = o.period.start.year == o.period.end.year
        let expected = o.period.end.year - 1
        switch (baseline, comparison) {
        case (.sameSpanYearEarlier, .sameSpan(let y?)), (.sameSpanYearEarlier, .year(let y)):
            guard oneYear, y != expected else { return nil }
            return "the quote compares with \(y), but \(o.metric) for \(o.period.end.year) compares with \(expected)" + (y < expected ? " (use \(o.metric)_vs_\(y) for a named earlier year)" : "")
        case (.sameSpanYearEarlier, .previousPeriod(let words)):
            return "the quote compares with the previous period (\"so với \(words)\"), so the metric needs the _vs_prev_period suffix"
        case (.year(let named), .year(let y)), (.year(let named), .sameSpan(let y?)):
            return y == named ? nil : "the quote compares with \(y), but the metric names \(named)"
        case (.previousPeriod, .sameSpan):
            return "the quote compares with the same period a year earlier (\"cùng kỳ\"), but the metric has the _vs_prev_period suffix"
        default:
            return nil
        }
    }
}
