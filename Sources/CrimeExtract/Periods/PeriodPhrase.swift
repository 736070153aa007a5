import CrimeData

/// Recognises the ways reports name a period, over tokens (folded words and numbers).
///
/// "năm 2020" · "6 tháng đầu năm 2019" · "7 tháng năm 2016" · "9 tháng" · "6 tháng cuối năm" ·
/// "quý III năm 2023" · "Quý IV/2022" · "quý 4, năm 2023" · "tháng 5/2023" · "tháng 11-2025" ·
/// "tháng 5 năm 2023" · "từ đầu năm đến nay" · "giai đoạn 2016-2020" · "từ năm 2015 đến 2020" ·
/// police months "từ 15/5 đến 14/8/2019" (a police month runs from the 15th to the 14th, so this is
/// 2019-06..2019-08). Terms are not periods: "nhiệm kỳ 2021-2026", "khoá XIV" are consumed and ignored.
enum PeriodPhrase {
    /// A recognised phrase: the mention (nil for an ignored term) and the last token it spans.
    struct Match {
        var mention: PeriodMention?
        var last: Int
    }

    /// The words a period phrase can start with (the cases of `match`'s switch, which only they reach): the
    /// lexer tries `match` at numbers and these words only.
    static let leadWords: Set<String> = ["nam", "thang", "quy", "giai", "nhiem", "khoa", "tu", "dot", "cao", "dip", "thoi",
                                         "ba", "sau", "chin", "bay", "tam", "hai", "bon", "muoi"]

    /// Numbers in words that open a span of months ("sáu tháng đầu năm", "chín tháng năm 2024").
    static let monthCountWords: [String: Int] = ["hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
                                                 "chin": 9, "muoi": 10]

    /// The quarter a word after "quý" names ("quý III", "quý hai"); built once, not at every "quý".
    static let quarterWords: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "mot": 1, "hai": 2, "ba": 3, "tu": 4]

    static func match(_ t: [Token], at i: Int) -> Match? {
        func word(_ k: Int) -> String? { k < t.count && t[k].kind == .word ? t[k].text : nil }
        func punct(_ k: Int) -> String? { k < t.count && t[k].kind == .punct ? t[k].text : nil }
        func int(_ k: Int) -> Int? {
            guard k < t.count, t[k].kind == .number, t[k].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  t[k].text.utf8.count <= 4 else { return nil }
            return Int(t[k].text)
        }
        func year(_ k: Int) -> Int? {
            guard let y = int(k), t[k].text.utf8.count == 4, (1900...2100).contains(y) else { return nil }
            return y
        }
        /// "năm 2019" / "/2019" / "-2019" / ", năm 2019" / " 2019" after a month or quarter.
        func trailingYear(_ k: Int) -> (Int, Int)? {
            if let y = year(k) { return (y, k) }
            if word(k) == "nam", let y = year(k + 1) { return (y, k + 1) }
            if let p = punct(k), p == "/" || p == "-" || p == "." {
                if let y = year(k + 1) { return (y, k + 1) }
                if let y2 = int(k + 1), t[k + 1].text.utf8.count == 2, !t[k + 1].spaceBefore { return (2000 + y2, k + 1) }
            }
            if punct(k) == ",", word(k + 1) == "nam", let y = year(k + 2) { return (y, k + 2) }
            return nil
        }

        guard i < t.count else { return nil }
        let token = t[i]
        if token.kind == .number {
            // "6 tháng đầu năm 2019", "9 tháng", "6 tháng cuối năm".
            // The word first: it rules out most numbers at the cost of one comparison, where reading the
            // number's value first was a quarter of this function when measured.
            // "5 năm qua", "3 năm gần đây", "45 ngày cao điểm", "100 ngày đêm", "3 tháng cao điểm": undated spans.
            if let n = int(i), n >= 1 {
                if word(i + 1) == "nam", n <= 30 {
                    if word(i + 2) == "qua" { return Match(mention: .undated(years: n), last: i + 2) }
                    // "Sau 5 năm triển khai Đề án", "5 năm thực hiện phong trào", "trong 3 năm", "4 năm liên tiếp".
                    if let w = word(i + 2), ["trien", "thuc", "lien", "tro"].contains(w) {
                        return Match(mention: .undated(years: n), last: i + 2)
                    }
                    if i > 0, t[i - 1].kind == .word, t[i - 1].text == "sau" || t[i - 1].text == "trong",
                       year(i + 2) == nil, word(i + 2) != "dau" {
                        return Match(mention: .undated(years: n), last: i + 1)
                    }
                    if word(i + 2) == "vua", word(i + 3) == "qua" { return Match(mention: .undated(years: n), last: i + 3) }
                    if word(i + 2) == "gan", word(i + 3) == "day" { return Match(mention: .undated(years: n), last: i + 3) }
                }
                if word(i + 1) == "ngay" || (word(i + 1) == "thang" && word(i + 2) == "cao") {
                    var k = i + 2
                    if word(i + 1) == "ngay", word(k) == "dem" { k += 1 }
                    // "9 ngày nghỉ Tết", "5 ngày nghỉ lễ", "7 ngày Tết".
                    if word(i + 1) == "ngay", word(i + 2) == "tet" { return Match(mention: .undated(years: nil), last: i + 2) }
                    if word(i + 1) == "ngay", word(i + 2) == "nghi" {
                        let last = word(i + 3) == "tet" || word(i + 3) == "le" ? i + 3 : i + 2
                        return Match(mention: .undated(years: nil), last: last)
                    }
                    if word(k) == "cao", word(k + 1) == "diem" { return Match(mention: .undated(years: nil), last: k + 1) }
                    if word(i + 1) == "ngay", word(i + 2) == "dem" { return Match(mention: .undated(years: nil), last: i + 2) }
                }
            }
            guard word(i + 1) == "thang", let n = int(i), (1...12).contains(n) else { return nil }
            var k = i + 2
            var last = false
            if word(k) == "dau" { k += 1 } else if word(k) == "cuoi" { last = true; k += 1 }
            if word(k) == "nam" {
                if let y = year(k + 1) {
                    return Match(mention: last ? .lastMonths(n, y) : .firstMonths(n, y), last: k + 1)
                }
                return Match(mention: last ? .lastMonths(n, nil) : .firstMonths(n, nil), last: k)
            }
            if let y = year(k) { return Match(mention: last ? .lastMonths(n, y) : .firstMonths(n, y), last: k) }
            // "6 tháng 7" is a date; "3 tháng" alone is a period only when nothing numeric follows.
            if int(k) != nil { return nil }
            return Match(mention: last ? .lastMonths(n, nil) : .firstMonths(n, nil), last: k - 1)
        }
        guard token.kind == .word, leadWords.contains(token.text) else { return nil }
        // "Sáu tháng đầu năm 2024", "chín tháng": a number of months in words, as the digits would be.
        if let n = monthCountWords[token.text], word(i + 1) == "thang",
           word(i + 2) == "dau" || word(i + 2) == "cuoi" || (word(i + 2) == "nam" && year(i + 3) != nil) {
            var k = i + 2
            var last = false
            if word(k) == "dau" { k += 1 } else if word(k) == "cuoi" { last = true; k += 1 }
            if word(k) == "nam" {
                if let y = year(k + 1) { return Match(mention: last ? .lastMonths(n, y) : .firstMonths(n, y), last: k + 1) }
                return Match(mention: last ? .lastMonths(n, nil) : .firstMonths(n, nil), last: k)
            }
            return Match(mention: last ? .lastMonths(n, nil) : .firstMonths(n, nil), last: k - 1)
        }
        switch token.text {
        case "thoi":
            // "thời gian qua": a span the text does not date.
            guard word(i + 1) == "gian", word(i + 2) == "qua" else { return nil }
            return Match(mention: .recent, last: i + 2)
        case "nam":
            if let y = year(i + 1) {
                // "năm 2016-2020" / "năm 2019 - 2020": a range of years.
                if punct(i + 2) == "-", let y2 = year(i + 3), y2 > y,
                   let s = YearMonth(year: y, month: 1), let e = YearMonth(year: y2, month: 12) {
                    return Match(mention: .range(s, e), last: i + 3)
                }
                return Match(mention: .year(y), last: i + 1)
            }
        case "thang":
            // "tháng 2.2022": a month and its year written as one number.
            if i + 1 < t.count, t[i + 1].kind == .number {
                let parts = t[i + 1].text.split(whereSeparator: { $0 == "." || $0 == "," })
                if parts.count == 2, parts[1].utf8.count == 4, let m = Int(parts[0]), (1...12).contains(m),
                   let y = Int(parts[1]), (1900...2100).contains(y) {
                    return Match(mention: .month(m, y), last: i + 1)
                }
            }
            guard let m = int(i + 1), (1...12).contains(m) else { return nil }
            if let (y, last) = trailingYear(i + 2) { return Match(mention: .month(m, y), last: last) }
            // "tháng 5" alone, but not a day "ngày 7 tháng 7 năm …" handled by the caller's context.
            if int(i + 2) == nil, punct(i + 2) != "/" { return Match(mention: .month(m, nil), last: i + 1) }
        case "quy":
            var q: Int? = nil
            if let n = int(i + 1), (1...4).contains(n) { q = n }
            if let w = word(i + 1) { q = quarterWords[w] }
            guard let q else { return nil }
            if let (y, last) = trailingYear(i + 2) { return Match(mention: .quarter(q, y), last: last) }
            return Match(mention: .quarter(q, nil), last: i + 1)
        case "giai":
            guard word(i + 1) == "doan", let y1 = year(i + 2), punct(i + 3) == "-", let y2 = year(i + 4), y2 >= y1,
                  let s = YearMonth(year: y1, month: 1), let e = YearMonth(year: y2, month: 12) else { return nil }
            return Match(mention: .range(s, e), last: i + 4)
        case "dot":
            // "đợt cao điểm": a campaign the text may not date.
            guard word(i + 1) == "cao", word(i + 2) == "diem" else { return nil }
            return Match(mention: .undated(years: nil), last: i + 2)
        case "cao":
            guard word(i + 1) == "diem", i == 0 || t[i - 1].text != "dot" else { return nil }
            return Match(mention: .undated(years: nil), last: i + 1)
        case "dip":
            // "dịp Tết", "dịp lễ 30/4".
            guard word(i + 1) == "tet" || word(i + 1) == "le" else { return nil }
            return Match(mention: .undated(years: nil), last: i + 1)
        case "nhiem":
            // "nhiệm kỳ qua", "nhiệm kỳ vừa qua": a term the text does not date.
            if word(i + 1) == "ky", word(i + 2) == "qua" { return Match(mention: .undated(years: nil), last: i + 2) }
            if word(i + 1) == "ky", word(i + 2) == "vua", word(i + 3) == "qua" {
                return Match(mention: .undated(years: nil), last: i + 3)
            }
            // "nhiệm kỳ 2021-2026": a term, not a statistic and not the period of one.
            guard word(i + 1) == "ky", year(i + 2) != nil else { return nil }
            var last = i + 2
            if punct(i + 3) == "-", year(i + 4) != nil { last = i + 4 }
            return Match(mention: nil, last: last)
        case "khoa":
            // "khoá XIV": a legislature's term.
            guard let w = word(i + 1), w.allSatisfy({ "ivxl".contains($0) }) else { return nil }
            return Match(mention: nil, last: i + 1)
        case "tu":
            if word(i + 1) == "dau", word(i + 2) == "nam" {
                var last = i + 2
                if word(i + 3) == "den", word(i + 4) == "nay" { last = i + 4 }
                if word(i + 3) == "toi", word(i + 4) == "nay" { last = i + 4 }
                return Match(mention: .yearToDate, last: last)
            }
            if word(i + 1) == "nam", let y1 = year(i + 2), word(i + 3) == "den" {
                var k = i + 4
                if word(k) == "nam" { k += 1 }
                if let y2 = year(k), y2 >= y1, let s = YearMonth(year: y1, month: 1), let e = YearMonth(year: y2, month: 12) {
                    return Match(mention: .range(s, e), last: k)
                }
            }
            return policeRange(t, at: i)
        default:
            return nil
        }
        return nil
    }

    /// "từ (ngày) 15/5(/2019) đến (ngày) 14/8/2019" → police months 2019-06 … 2019-08.
    static func policeRange(_ t: [Token], at i: Int) -> Match? {
        func int(_ k: Int) -> Int? {
            guard k < t.count, t[k].kind == .number, t[k].text.utf8.count <= 4 else { return nil }
            return Int(t[k].text)
        }
        func slash(_ k: Int) -> Bool { k < t.count && t[k].kind == .punct && t[k].text == "/" }
        func date(_ k: Int) -> (d: Int, m: Int, y: Int?, last: Int)? {
            var k = k
            if k < t.count, t[k].kind == .word, t[k].text == "ngay" { k += 1 }
            guard let d = int(k), (1...31).contains(d), slash(k + 1), let m = int(k + 2), (1...12).contains(m) else { return nil }
            if slash(k + 3), let y = int(k + 4), (1900...2100).contains(y) { return (d, m, y, k + 4) }
            return (d, m, nil, k + 2)
        }
        guard let a = date(i + 1), a.last + 1 < t.count, t[a.last + 1].kind == .word,
              t[a.last + 1].text == "den" || t[a.last + 1].text == "toi",
              let b = date(a.last + 2) else { return nil }
        guard let endYear = b.y else {
            // "từ 16/8 đến 15/9": police months, the year left to the report.
            let s = a.d >= 15 ? a.m % 12 + 1 : a.m
            let e = b.d > 15 ? b.m % 12 + 1 : b.m
            return Match(mention: .monthRange(s, e), last: b.last)
        }
        let startYear = a.y ?? (a.m > b.m ? endYear - 1 : endYear)
        // A police month N runs from the 15th of month N−1 to the 14th of month N.
        guard let s0 = YearMonth(year: startYear, month: a.m), let e0 = YearMonth(year: endYear, month: b.m) else { return nil }
        let s = a.d >= 15 ? s0.adding(months: 1) : s0
        let e = b.d > 15 ? e0.adding(months: 1) : e0
        guard s <= e else { return nil }
        return Match(mention: .range(s, e), last: b.last)
    }
}
