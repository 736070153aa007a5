import CrimeData

/// A period as a report words it, before the year is known ("6 tháng đầu năm" may leave it to context).
enum PeriodMention: Sendable, Equatable {
    /// "năm 2020".
    case year(Int)
    /// "6 tháng đầu năm 2019", "9 tháng" (year optional).
    case firstMonths(Int, Int?)
    /// "6 tháng cuối năm 2019".
    case lastMonths(Int, Int?)
    /// "quý III năm 2023", "Quý IV/2022".
    case quarter(Int, Int?)
    /// "tháng 5/2023", "tháng 11-2025", "tháng 6".
    case month(Int, Int?)
    /// "từ đầu năm đến nay": January to the report's date.
    case yearToDate
    /// "giai đoạn 2016-2020", "từ năm 2015 đến 2020", or police months "từ 15/5 đến 14/8/2019".
    case range(YearMonth, YearMonth)
    /// Police months with no year: "từ 16/8 đến 15/9" (start and end month, 1…12, already shifted to the police
    /// months they fall in), resolved with the report's year.
    case monthRange(Int, Int)
    /// A span the text does not date: a campaign ("đợt cao điểm", "45 ngày cao điểm", "dịp Tết"), a term
    /// ("nhiệm kỳ qua"), "5 năm qua" (`years`, approximated back from the publication date).
    case undated(years: Int?)
    /// "thời gian qua", "vừa qua": the recent past, which in a report is the report's own period when it states
    /// one; undated otherwise.
    case recent

    /// The year stated, if any.
    var statedYear: Int? {
        switch self {
        case .year(let y): return y
        case .firstMonths(_, let y), .lastMonths(_, let y), .quarter(_, let y), .month(_, let y): return y
        case .yearToDate, .monthRange, .undated, .recent: return nil
        case .range(_, let e): return e.year
        }
    }

    /// The months meant, with `year` for a mention that states none and `published` for "từ đầu năm".
    ///
    /// "từ đầu năm đến nay" is the report's own period when that starts in January of the same year
    /// (a half-year review written in July means January–June), else January to the publication month.
    func resolve(year contextYear: Int?, document: Period?, published: YearMonth?) -> Period? {
        switch self {
        case .year(let y): return Period.year(y)
        case .firstMonths(let n, let y):
            guard let y = y ?? contextYear else { return nil }
            return Period.firstMonths(n, of: y)
        case .lastMonths(let n, let y):
            guard let y = y ?? contextYear, let s = YearMonth(year: y, month: 13 - n), let e = YearMonth(year: y, month: 12)
            else { return nil }
            return Period(start: s, end: e)
        case .quarter(let q, let y):
            guard let y = y ?? contextYear else { return nil }
            return Period.quarter(q, of: y)
        case .month(let m, let y):
            guard let y = y ?? contextYear, let ym = YearMonth(year: y, month: m) else { return nil }
            return Period(start: ym, end: ym)
        case .yearToDate:
            if let document, document.start.month == 1, document.start.year == document.end.year,
               published == nil || published?.year == document.start.year {
                return document
            }
            guard let published, let s = YearMonth(year: published.year, month: 1) else { return nil }
            return Period(start: s, end: published)
        case .range(let s, let e): return Period(start: s, end: e)
        case .monthRange(let a, let b):
            guard let y = contextYear, let e = YearMonth(year: y, month: b),
                  let s = YearMonth(year: a > b ? y - 1 : y, month: a) else { return nil }
            return Period(start: s, end: e)
        case .undated: return nil
        case .recent: return document
        }
    }
}

extension PeriodMention {
    /// For an undated span, an approximate period ("5 năm qua" published 2024-07 → 2020-01..2024-07) to show with
    /// the figure in review; nil when none can be given.
    func approximate(published: YearMonth?) -> Period? {
        guard case .undated(let years?) = self, let published, let s = YearMonth(year: published.year - years + 1, month: 1)
        else { return nil }
        return Period(start: s, end: published)
    }
}
