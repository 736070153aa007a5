import Testing
@testable import CrimeData

@Suite("Vietnamese numbers and exact decimals")
struct VietnameseNumberTests {
    @Test("Vietnamese number forms", arguments: [
        ("2.156", "2156"), ("88,7", "88.7"), ("88,7%", "88.7"), ("1.234.567", "1234567"), ("03", "3"),
        ("54.400", "54400"), ("98,60", "98.60"), ("3.5", "3.5"), ("-19,6", "-19.6"), ("0", "0"), ("100", "100"),
    ])
    func parses(text: String, plain: String) throws {
        let value = try #require(VietnameseNumber.parse(text))
        #expect(value == DecimalValue(Substring(plain)))
    }

    @Test("not numbers", arguments: ["", "abc", "1,2,3", "12.34.5", "1.2345.678", ",5", "5,", "%"])
    func rejects(text: String) {
        #expect(VietnameseNumber.parse(text) == nil)
    }

    @Test("money is recognised as money")
    func money() {
        #expect(VietnameseNumber.isMoneyUnit("tỷ đồng"))
        #expect(VietnameseNumber.isMoneyUnit("triệu đồng tiền"))
        #expect(!VietnameseNumber.isMoneyUnit("vụ"))
    }

    @Test("formatting in English and Vietnamese")
    func format() {
        #expect(VietnameseNumber.format(2156, decimals: 0, vietnamese: false) == "2,156")
        #expect(VietnameseNumber.format(2156, decimals: 0, vietnamese: true) == "2.156")
        #expect(VietnameseNumber.format(88.7, decimals: 1, vietnamese: true) == "88,7")
        #expect(VietnameseNumber.format(1234567.891, decimals: 2, vietnamese: false) == "1,234,567.89")
        #expect(VietnameseNumber.format(-0.04, decimals: 1, vietnamese: false) == "0.0")
        #expect(VietnameseNumber.format(DecimalValue(units: 8870, scale: 2), vietnamese: true) == "88,70")
    }

    @Test("exact decimals keep their digits")
    func decimals() throws {
        let v = try #require(DecimalValue("88.70"))
        #expect(v.units == 8870 && v.scale == 2)
        #expect(v.description == "88.70")
        #expect(v.doubleValue == 88.7)
        #expect(try #require(DecimalValue("-5")).description == "-5")
        #expect(try #require(DecimalValue("-0.25")).description == "-0.25")
        #expect(try #require(DecimalValue("2156")).integerValue == 2156)
        #expect(try #require(DecimalValue("2156.0")).integerValue == 2156)
        #expect(try #require(DecimalValue("2156.5")).integerValue == nil)
        for bad in ["", "-", ".", "1.", "1..2", "1e5", "12a", "123456789012345678"] {
            #expect(DecimalValue(Substring(bad)) == nil, "\(bad)")
        }
    }
}

@Suite("Periods and spans")
struct PeriodTests {
    @Test("named periods")
    func named() throws {
        let h1 = try #require(Period.firstMonths(6, of: 2019))
        #expect(h1.description == "2019-01..2019-06")
        #expect(h1.span == .firstMonths(6))
        #expect(h1.span.description == "h1")
        #expect(try #require(Period.year(2020)).span == .year)
        #expect(try #require(Period.quarter(3, of: 2023)).description == "2023-07..2023-09")
        #expect(try #require(Period.quarter(3, of: 2023)).span == .quarter(3))
        #expect(try #require(Period.firstMonths(7, of: 2016)).span.description == "7m")
        #expect(h1.sameSpanYearEarlier.description == "2018-01..2018-06")
        #expect(h1.monthCount == 6)
    }

    @Test("police date ranges are their own span")
    func policeRange() throws {
        // "từ 15/5 đến 14/8/2019" = police months 6..8.
        func period(_ y1: Int, _ m1: Int, _ y2: Int, _ m2: Int) throws -> Period {
            let start = try #require(YearMonth(year: y1, month: m1))
            let end = try #require(YearMonth(year: y2, month: m2))
            return try #require(Period(start: start, end: end))
        }
        #expect(try period(2019, 6, 2019, 8).span == .other)
        #expect(try period(2019, 12, 2020, 2).span == .other)
        #expect(try period(2023, 5, 2023, 5).span == .month)
    }

    @Test("span options", arguments: [("year", "year"), ("h1", "h1"), ("9m", "9m"), ("q2", "q2"), ("month", "month"), ("7m", "7m")])
    func options(option: String, description: String) throws {
        #expect(try #require(Span(option: option)).description == description)
    }

    @Test("bad span options and bad months")
    func bad() {
        #expect(Span(option: "h3") == nil)
        #expect(Span(option: "13m") == nil)
        #expect(YearMonth("2019-13") == nil)
        #expect(YearMonth("2019-1") == nil)
        #expect(YearMonth("2019/01") == nil)
        #expect(Period(start: YearMonth(year: 2020, month: 2)!, end: YearMonth(year: 2020, month: 1)!) == nil)
    }

    @Test("the first quarter is also the first three months")
    func q1() throws {
        let p = try #require(Period.firstMonths(3, of: 2021))
        #expect(Span.quarter(1).matches(p))
        #expect(!Span.year.matches(p))
    }
}

@Suite("Metric catalogue")
struct MetricCatalogTests {
    @Test("base metrics and rate relations")
    func base() throws {
        let rate = try #require(MetricCatalog.metric("clearance_rate"))
        #expect(rate.unit == .percent)
        #expect(rate.numerator == "cases_cleared")
        #expect(rate.denominators == ["crimes_social_order", "crimes_recorded"])
        #expect(rate.isRate)
        #expect(try #require(MetricCatalog.metric("serious_clearance_rate")).denominators == ["serious_cases"])
        #expect(MetricCatalog.metric("clearence_rate") == nil)
    }

    @Test("derived change metrics", arguments: [
        ("crime_change_pct", MetricUnit.percent, "crimes_recorded", ChangeBaseline.sameSpanYearEarlier),
        ("drug_cases_change_count", .count, "drug_cases", .sameSpanYearEarlier),
        ("crime_change_pct_vs_2019", .percent, "crimes_recorded", .year(2019)),
        ("traffic_deaths_change_pct_vs_prev_period", .percent, "traffic_deaths", .previousPeriod),
        ("clearance_rate_change_pp", .percentagePoints, "clearance_rate", .sameSpanYearEarlier),
    ])
    func derived(id: String, unit: MetricUnit, of: String, baseline: ChangeBaseline) throws {
        let m = try #require(MetricCatalog.metric(id))
        #expect(m.unit == unit)
        #expect(m.changeOf == of)
        #expect(m.baseline == baseline)
        #expect(m.isSignedChange)
    }

    @Test("every metric in the bundled dataset is known")
    func bundledMetrics() throws {
        let dataset = try Dataset.bundled()
        for id in dataset.metrics { #expect(MetricCatalog.metric(id) != nil, "\(id)") }
        #expect(MetricCatalog.metric("offenders_change_pp") == nil)  // points only for rates
        #expect(MetricCatalog.metric("unknown_change_pct") == nil)
    }
}
