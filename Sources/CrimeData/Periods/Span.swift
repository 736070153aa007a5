/// Which part of a year a period covers; tables and trends never mix spans.
///
/// `--span year|h1|9m|q1..q4|month|Nm` picks the figures that form a series: `year` is January–December,
/// `h1` the first six months, `9m` the first nine, `Nm` the first N months, `q1`…`q4` a quarter, `month`
/// one month (any), `other` anything else (police date ranges, campaign periods).
public enum Span: Hashable, Sendable, CustomStringConvertible {
    case year
    case firstMonths(Int)
    case quarter(Int)
    case month
    case other

    /// Classifies a period by its months.
    public init(classifying period: Period) {
        let s = period.start, e = period.end
        if s == e { self = .month; return }
        guard s.year == e.year else { self = .other; return }
        if s.month == 1 && e.month == 12 { self = .year; return }
        if s.month == 1 { self = .firstMonths(e.month); return }
        if e.month - s.month == 2 && (s.month - 1) % 3 == 0 { self = .quarter((s.month + 2) / 3); return }
        self = .other
    }

    /// Parses the option value: year, h1, 9m, 7m, q1…q4, month.
    public init?(option: String) {
        let text = option.lowercased()
        switch text {
        case "year", "y", "12m": self = .year
        case "h1": self = .firstMonths(6)
        case "q1", "q2", "q3", "q4":
            guard let q = Int(text.dropFirst()) else { return nil }
            // Q1 is also "the first three months".
            self = .quarter(q)
        case "month": self = .month
        case "other": self = .other
        default:
            guard text.hasSuffix("m"), let n = Int(text.dropLast()), (2...11).contains(n) else { return nil }
            self = n == 6 ? .firstMonths(6) : .firstMonths(n)
        }
    }

    /// Whether a period of this span matches: the first quarter is also the first three months.
    public func matches(_ period: Period) -> Bool {
        let actual = period.span
        if actual == self { return true }
        if case .quarter(1) = self, case .firstMonths(3) = actual { return true }
        if case .firstMonths(3) = self, case .quarter(1) = actual { return true }
        return false
    }

    /// The option spelling: "year", "h1", "9m", "q3", "month", "other".
    public var description: String {
        switch self {
        case .year: return "year"
        case .firstMonths(6): return "h1"
        case .firstMonths(let n): return "\(n)m"
        case .quarter(let q): return "q\(q)"
        case .month: return "month"
        case .other: return "other"
        }
    }
}
