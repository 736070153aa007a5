import Testing
@testable import CrimeData

/// The checks of `crimestats merge`, one rule at a time, on quotes written for the tests in the manner of
/// real reports (enumerations, "a/b" pairs, spelled-out numbers, parenthetical changes).
@Suite("Merging gathered figures")
struct FigureMergeTests {
    static let header = "source,published,unit_type,unit,period_start,period_end,metric,value,qualifier,quote\n"

    func observation(_ metric: String, _ value: String, _ quote: String, qualifier: Qualifier = .exact,
                     period: (String, String) = ("2023-01", "2023-12"), published: String = "2024-01") throws -> Observation {
        let start = try #require(YearMonth(Substring(period.0))), end = try #require(YearMonth(Substring(period.1)))
        return Observation(unit: UnitRef(type: .province, name: "Lào Cai"), period: try #require(Period(start: start, end: end)),
                           metric: metric, exactValue: try #require(DecimalValue(Substring(value))), qualifier: qualifier,
                           source: "fixture", published: published, quote: quote)
    }

    func verdict(_ o: Observation) -> String {
        let findings = QuoteCheck.check(o)
        if let refused = findings.first(where: { $0.severity == .refused }) { return "refused: " + refused.message }
        if let warning = findings.first { return "warning: " + warning.message }
        return "ok"
    }

    @Test("numbers as quotes write them", arguments: [
        ("xảy ra 2.156 vụ, giảm 49 vụ", ["2156", "49"]),
        ("đạt tỷ lệ 88,7%, tăng 1,5 %", ["88.7%", "1.5%"]),
        ("làm rõ 70/72 vụ (đạt 97,2%)", ["70", "72", "97.2%"]),
        ("đạt trên 93.75%", ["93.75%"]),
        ("1.795vụ, 2.004 đối tượng", ["1795", "2004"]),
        ("gồm Công an năm tỉnh", ["5"]),
        ("giảm bốn vụ, tăng sáu người chết", ["4", "6"]),
        ("hai mươi lăm vụ và mười hai đối tượng", ["25", "12"]),
        ("tỷ lệ 90 phần trăm", ["90%"]),
    ])
    func numbers(quote: String, expected: [String]) {
        let found = QuoteNumbers(quote).numbers.map { $0.value.description + ($0.isPercent ? "%" : "") }
        #expect(found == expected)
    }

    @Test("the value must be in the quote, percentages with %, counts without")
    func valuePresent() throws {
        #expect(verdict(try observation("crimes_social_order", "2156", "xảy ra 2.156 vụ phạm tội về TTXH")) == "ok")
        #expect(verdict(try observation("crimes_social_order", "2165", "xảy ra 2.156 vụ phạm tội về TTXH"))
                == "refused: 2165 is not in the quote (its numbers: 2156)")
        #expect(verdict(try observation("clearance_rate", "88.7", "đạt tỷ lệ 88,7%")) == "ok")
        #expect(verdict(try observation("clearance_rate", "88.7", "đạt tỷ lệ 88,7"))
                == "warning: no \"%\" after 88.7 in the quote (clearance_rate is a percentage)")
        #expect(verdict(try observation("cases_cleared", "88.7", "đạt tỷ lệ 88,7%"))
                == "refused: the quote states 88.7 as a percentage, but cases_cleared is a count")
        #expect(verdict(try observation("members", "5", "gồm Công an năm tỉnh")) == "ok")
        #expect(verdict(try observation("crimes_social_order", "176", ""))
                == "refused: no quote: every figure needs the few words of its source that state it")
    }

    @Test("cases are not persons")
    func casesAndPersons() throws {
        let quote = "phát hiện xử lý 197 vụ, 225 đối tượng"
        #expect(verdict(try observation("drug_cases", "197", quote)) == "ok")
        #expect(verdict(try observation("drug_offenders", "225", quote)) == "ok")
        #expect(verdict(try observation("drug_cases", "225", quote))
                == "refused: the quote counts 225 as persons (\"đối\"), but drug_cases counts cases")
        #expect(verdict(try observation("offenders", "197", quote))
                == "refused: the quote counts 197 as cases (\"vụ\"), but offenders counts persons")
        // Words that say neither leave the figure alone.
        #expect(verdict(try observation("crimes_recorded", "1300", "có hơn 1.300 trường hợp", qualifier: .moreThan)) == "ok")
    }

    @Test("the qualifier is the word before the number", arguments: [
        ("đạt trên 87%", Qualifier.over, "ok"),
        ("đạt hơn 91%", .moreThan, "ok"),
        ("tăng nhiều hơn 5,87%", .exact, "ok"),
        ("gần 6.500 lượt tập thể", .nearly, "ok"),
        ("ước đạt 90%", .about, "ok"),
        ("khoảng 90%", .about, "ok"),
        ("chưa đến 90%", .under, "ok"),
        ("từ 90% trở lên", .atLeast, "ok"),
        ("đạt trên 87%", .exact, "refused: the quote says \"trên 87\" (over), but the qualifier is exact"),
        ("đạt 87%", .over, "refused: the qualifier is over (\"trên\"), but no such word stands before 87 in the quote"),
    ])
    func qualifier(quote: String, qualifier: Qualifier, expected: String) throws {
        let value = quote.contains("6.500") ? "6500" : (quote.contains("5,87") ? "5.87" : (quote.contains("91") ? "91" : (quote.contains("87") ? "87" : "90")))
        let metric = quote.contains("6.500") ? "commendations_collective" : (quote.contains("5,87") ? "cases_cleared_change_pct" : "clearance_rate")
        #expect(verdict(try observation(metric, value, quote, qualifier: qualifier)) == expected)
    }

    @Test("a change has the sign of its direction word")
    func sign() throws {
        let quote = "giảm 42 vụ, 19 người chết và tăng 45 người bị thương"
        #expect(verdict(try observation("traffic_accidents_change_count", "-42", quote)) == "ok")
        #expect(verdict(try observation("traffic_deaths_change_count", "-19", quote)) == "ok")  // the enumeration's "giảm"
        #expect(verdict(try observation("traffic_injuries_change_count", "45", quote)) == "ok")
        #expect(verdict(try observation("traffic_injuries_change_count", "-45", quote))
                == "refused: the quote says \"tăng\" before -45, but the value is negative")
        #expect(verdict(try observation("corruption_cases_prosecuted_change_count", "-7", "khởi tố 8 vụ (ít hơn 7 vụ so với năm 2022)")) == "ok")
        #expect(verdict(try observation("crime_change_pct", "-9.07", "so với cùng kỳ năm trước, tương đương 9,07%"))
                == "warning: no direction word (giảm, tăng, ít hơn, nhiều hơn) before -9.07 in the quote: the sign is not confirmed")
        #expect(verdict(try observation("crime_change_count", "-4", "giảm bốn vụ so với cùng kỳ năm 2022")) == "ok")
    }

    @Test("\"so với năm YYYY\" is the baseline the metric names")
    func baseline() throws {
        #expect(verdict(try observation("crime_change_pct", "-41.2", "Năm 2023 giảm 41,2% so với năm 2022")) == "ok")
        #expect(verdict(try observation("crime_change_pct", "-19.3", "So với năm 2023, số vụ giảm 19,3%"))
                == "refused: the quote compares with 2023, but crime_change_pct for 2023 compares with 2022")
        #expect(verdict(try observation("crime_change_pct", "-12", "giảm 12% so với năm 2019"))
                == "refused: the quote compares with 2019, but crime_change_pct for 2023 compares with 2022 (use crime_change_pct_vs_2019 for a named earlier year)")
        #expect(verdict(try observation("crime_change_pct_vs_2019", "-12", "giảm 12% so với năm 2019")) == "ok")
        #expect(verdict(try observation("crime_change_pct", "-0.5", "giảm 0,5% so với quí liền kề", period: ("2023-01", "2023-03"), published: "2023-04"))
                == "refused: the quote compares with the previous period (\"so với quí liền kề\"), so the metric needs the _vs_prev_period suffix")
        #expect(verdict(try observation("crime_change_pct_vs_prev_period", "-0.5", "giảm 0,5% so với quí liền kề",
                                        period: ("2023-01", "2023-03"), published: "2023-04")) == "ok")
        // Two comparisons: the one after the number counts.
        #expect(verdict(try observation("crime_change_pct", "-1.9", "giảm 1,9% so với cùng kỳ năm 2022, giảm 0,5% so với quí liền kề",
                                        period: ("2023-01", "2023-03"), published: "2023-04")) == "ok")
    }

    @Test("a period may not end long after its publication")
    func periodAndPublication() throws {
        #expect(verdict(try observation("crimes_recorded", "562", "xảy ra 562 vụ", published: "2023-11")) == "ok")
        #expect(verdict(try observation("crimes_recorded", "562", "xảy ra 562 vụ", published: "2023-07"))
                == "refused: the period ends 2023-12, after the publication (2023-07): a figure cannot cover months after it was published (year reviews from November are accepted)")
        #expect(verdict(try observation("members", "6", "Công an 6 tỉnh ký kết giao ước", published: "2023-04")) == "ok")
    }

    static let base = header + """
        fixture-a,2024-01,province,Lào Cai,2023-01,2023-12,cases_cleared,450,exact,làm rõ 450/500 vụ
        fixture-a,2024-01,province,Lào Cai,2023-01,2023-12,crimes_social_order,500,exact,làm rõ 450/500 vụ
        fixture-a,2024-01,province,Sơn La,2023-01,2023-12,clearance_rate,80,exact,đạt 80%

        """

    @Test("duplicates, agreeing and conflicting sources; sorted insertion; canonical names")
    func merge() throws {
        let gazetteer = try Gazetteer.bundled()
        let existing = try FigureFile.read(text: FigureMergeTests.base, fileName: "base.csv", gazetteer: gazetteer)
        let incoming = try FigureFile.read(text: FigureMergeTests.header + """
            fixture-a,2024-01,province,Lào Cai,2023-01,2023-12,cases_cleared,450,exact,làm rõ 450/500 vụ
            fixture-b,2024-02,province,lao cai,2023-01,2023-12,cases_cleared,450,,điều tra làm rõ 450 vụ
            fixture-b,2024-02,province,Sơn La,2023-01,2023-12,clearance_rate,81.5,exact,"đạt 81,5%"
            fixture-b,2024-02,province,TP.HCM,2023-01,2023-12,clearance_rate,75,exact,đạt 75 %
            fixture-b,2024-02,province,Sơn La,2023-01,2023-12,cases_cleared,900,exact,làm rõ 90 vụ
            fixture-b,2024-02,province,TP.HCM,2023-01,2023-12,clearance_rate,75,exact,đạt 75 %

            """, fileName: "new.csv", gazetteer: gazetteer)
        let merge = FigureMerge(into: existing, adding: incoming, gazetteer: gazetteer)
        #expect(merge.entries.map { e -> String in
            switch e.outcome {
            case .added: return "added"
            case .refused: return "refused"
            case .duplicate(let at): return "duplicate of \(at.map { "\($0.file):\($0.line)" } ?? "?")"
            }
        } == ["duplicate of base.csv:2", "added", "added", "added", "refused", "duplicate of new.csv:5"])
        #expect(merge.entries[1].agreeing.map(\.source) == ["fixture-a"])
        #expect(merge.entries[1].normalised == ["unit \"lao cai\" → \"Lào Cai\"", "qualifier \"\" → \"exact\""])
        #expect(merge.entries[2].conflicting.map(\.exactValue.description) == ["80"])
        #expect(merge.entries[3].normalised == ["unit_type \"province\" → \"city\"", "unit \"TP.HCM\" → \"Hồ Chí Minh\""])
        #expect(merge.keptSorted)
        #expect(merge.csv == FigureMergeTests.header + """
            fixture-b,2024-02,city,Hồ Chí Minh,2023-01,2023-12,clearance_rate,75,exact,đạt 75 %
            fixture-a,2024-01,province,Lào Cai,2023-01,2023-12,cases_cleared,450,exact,làm rõ 450/500 vụ
            fixture-b,2024-02,province,Lào Cai,2023-01,2023-12,cases_cleared,450,exact,điều tra làm rõ 450 vụ
            fixture-a,2024-01,province,Lào Cai,2023-01,2023-12,crimes_social_order,500,exact,làm rõ 450/500 vụ
            fixture-a,2024-01,province,Sơn La,2023-01,2023-12,clearance_rate,80,exact,đạt 80%
            fixture-b,2024-02,province,Sơn La,2023-01,2023-12,clearance_rate,81.5,exact,"đạt 81,5%"

            """)
    }

    @Test("an unsorted file gets new rows at the end; its rows are written back as they were")
    func unsorted() throws {
        let gazetteer = try Gazetteer.bundled()
        let text = FigureMergeTests.header + """
            fixture-a,2024-01,province,Sơn La,2023-01,2023-12,clearance_rate,80.0,,đạt 80%
            fixture-a,2024-01,province,BR-VT,2023-01,2023-12,clearance_rate,70,exact,đạt 70%

            """
        let existing = try FigureFile.read(text: text, fileName: "mine.csv", gazetteer: gazetteer)
        let incoming = try FigureFile.read(text: FigureMergeTests.header + "fixture-b,,province,Lai Châu,2023-01,2023-12,clearance_rate,90,exact,đạt 90%\n",
                                           fileName: "new.csv", gazetteer: gazetteer)
        let merge = FigureMerge(into: existing, adding: incoming, gazetteer: gazetteer)
        #expect(!merge.keptSorted)
        #expect(merge.csv == text + "fixture-b,,province,Lai Châu,2023-01,2023-12,clearance_rate,90,exact,đạt 90%\n")
    }

    @Test("the bundled figures pass every check and merge into an empty file unchanged")
    func bundledRoundTrip() throws {
        let gazetteer = try Gazetteer.bundled()
        let bundled = try FigureFile.read(text: BundledFiles.reportedFigures + "\n", fileName: "Datasets/reported_figures.csv",
                                          gazetteer: gazetteer)
        let merge = FigureMerge(into: FigureFile(name: "empty.csv", rows: []), adding: bundled, gazetteer: gazetteer)
        #expect(merge.refused.isEmpty)
        #expect(merge.added.count == bundled.rows.count)
        #expect(merge.entries.allSatisfy { $0.normalised.isEmpty })
        #expect(merge.csv == BundledFiles.reportedFigures + "\n")
        // The warnings are exactly the rows the first curation flagged and kept (no "%" or no direction word),
        // and the two of the second gathering that continue an enumeration begun with "giảm" (Datasets/README.md).
        let warned = merge.entries.filter { $0.findings.contains { $0.finding.severity == .warning } }
            .map { "\($0.row.observation.unit.name) \($0.row.observation.period.start) \($0.row.observation.metric)" }
        #expect(warned == ["Cần Thơ 2020-01 traffic_injuries_change_pct", "Toàn quốc 2021-01 traffic_deaths_change_pct",
                           "Toàn quốc 2021-01 traffic_injuries_change_pct", "Kiên Giang 2019-01 crime_change_pct",
                           "Sóc Trăng 2023-01 traffic_injuries_change_count", "Đồng Nai 2025-01 traffic_injuries_change_pct"])
    }
}
