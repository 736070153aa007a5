/// The months a figure covers, start and end inclusive ("6 tháng đầu năm 2019" = 2019-01 … 2019-06).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let start: YearMonth
    public let end: YearMonth

    /// A period; nil when `end` is before `start`.
    public init?(start: YearMonth, end: YearMonth) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    /// The calendar year `year` (January … December).
    public static func year(_ year: Int) -> Period? {
        guard let s = YearMonth(year: year, month: 1), let e = YearMonth(year: year, month: 12) else { return nil }
        return Period(start: s, end: e)
    }

    /// The first `months` months of `year` ("7 tháng đầu năm 2016" = 2016-01 … 2016-07).
    public static func firstMonths(_ months: Int, of year: Int) -> Period? {
        guard let s = YearMonth(year: year, month: 1), let e = YearMonth(year: year, month: months) else { return nil }
        return Period(start: s, end: e)
    }

    /// Quarter `q` (1…4) of `year` ("quý III năm 2023" = 2023-07 … 2023-09).
    public static func quarter(_ q: Int, of year: Int) -> Period? {
        guard (1...4).contains(q), let s = YearMonth(year: year, month: 3 * q - 2),
              let e = YearMonth(year: year, month: 3 * q) else { return nil }
        return Period(start: s, end: e)
    }

    /// The year the period belongs to (the year of its last month).
    public var year: Int { end.year }

    /// Number of months covered.
    public var monthCount: Int { Int(end.ordinal - start.ordinal) + 1 }

    /// The same months one year earlier: the base of "so với cùng kỳ".
    public var sameSpanYearEarlier: Period {
        Period(uncheckedStart: start.adding(months: -12), end: end.adding(months: -12))
    }

    init(uncheckedStart start: YearMonth, end: YearMonth) {
        self.start = start
        self.end = end
    }

    /// The kind of span, used to keep series from mixing a half-year with a full year.
    public var span: Span { Span(classifying: self) }

    /// "2019-01..2019-06".
    public var description: String { "\(start)..\(end)" }

    public static func < (a: Period, b: Period) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}
