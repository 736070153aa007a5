import CrimeAnalytics
import CrimeData

/// Validation findings in words: each ``FindingMessage`` sentence through its `finding.<key>` template.
extension Catalog {
    /// The whole message, sentences joined by a space, its first letter capitalised.
    func finding(_ message: FindingMessage) -> String {
        let text = sentences(message)
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The sentences joined by a space, as they are (for nested messages).
    func sentences(_ message: FindingMessage) -> String {
        message.sentences.map(sentence).filter { !$0.isEmpty }.joined(separator: " ")
    }

    func sentence(_ s: FindingMessage.Sentence) -> String {
        var arguments: [String: Argument] = [:]
        for (name, value) in s.arguments {
            arguments[name] = .text(render(value))
            if case .count(let n) = value { arguments[name] = .count(Int(clamping: n)) }
        }
        return fill(template("finding." + s.key.rawValue), arguments)
    }

    /// One value, written the language's way.
    func render(_ value: FindingMessage.Value) -> String {
        switch value {
        case .text(let s): return s
        case .count(let n): return count(n)
        case .countOf(let n, let metric): return count(n, of: metric)
        case .range(let r, let metric):
            let text = range(r)
            guard let metric, !r.isEmpty else { return text }
            return text + " " + countedNoun(metric)
        case .decimal(let d): return decimal(d)
        case .signedDecimal(let d): return signed(d)
        case .percent(let d): return decimal(d) + "%"
        case .signedPercent(let d): return signed(d) + "%"
        case .signedPoints(let d): return self(.pointsSigned, ["value": .text(signed(d))])
        case .computedPercent(let x, let decimals): return percent(x, decimals: decimals)
        case .signedComputedPercent(let x, let decimals): return signed(x, decimals: decimals) + "%"
        case .signedNumber(let x, let decimals): return signed(x, decimals: decimals)
        case .qualified(let d, let q, let unit): return qualified(d, q, unit: unit)
        case .interval(let i): return interval(i)
        case .rounding(let mode): return template("rounding." + mode.rawValue)
        case .metric(let id): return metric(id)
        case .noun(let id, let generic): return id.map(metric) ?? template("noun." + generic.rawValue)
        case .period(let p): return period(p)
        case .year(let y): return String(y)
        case .place(let unit, let period):
            guard let unit, let period else { return "" }
            return self(.findingPlace, ["unit": .text(unit.name), "period": .text(self.period(period))])
        case .message(let m): return sentences(m)
        case .list(let ms): return ms.map(sentences).joined(separator: "; ")
        case .flag(let b): return b ? "1" : "0"
        }
    }

    /// "1,895–1,896", "1,895", "1,895 or more", "none".
    func range(_ r: ImpliedRange) -> String {
        guard !r.isEmpty else { return self(.rangeNone) }
        guard let high = r.highest else { return self(.rangeOrMore, ["low": .text(count(r.lowest))]) }
        return high == r.lowest ? count(r.lowest) : count(r.lowest) + "–" + count(high)
    }

    /// "88.65–88.75%", "-20.5 to -19.5%", "more than 85%", "at most 90%", "any value".
    func interval(_ interval: PercentInterval) -> String {
        switch (interval.lowerValue, interval.upperValue) {
        case let (l?, u?):
            if l.units < 0 || u.units < 0 { return self(.intervalSigned, ["low": .text(decimal(l)), "high": .text(decimal(u))]) }
            return decimal(l) + "–" + decimal(u) + "%"
        case let (l?, nil):
            return self(interval.lower?.isOpen == true ? .intervalMoreThan : .intervalAtLeast, ["value": .text(decimal(l) + "%")])
        case let (nil, u?):
            return self(interval.upper?.isOpen == true ? .intervalLessThan : .intervalAtMost, ["value": .text(decimal(u) + "%")])
        case (nil, nil):
            return self(.intervalAny)
        }
    }

    /// A figure as stated, its verbal bound quoted in the report's Vietnamese: "“trên 85%”", "“từ 90% trở lên”".
    func qualified(_ d: DecimalValue, _ q: Qualifier, unit: MetricUnit) -> String {
        let suffix: String
        switch unit {
        case .percent: suffix = "%"
        case .percentagePoints: suffix = " " + self(.pointsWord)
        default: suffix = ""
        }
        let value = decimal(d) + suffix
        switch q {
        case .exact: return value
        case .atLeast: return "“từ \(value) trở lên”"
        default: return "“\(q.vietnamese) \(value)”"
        }
    }
}
