import Foundation
import Testing

/// What the bundled data can do, through the CLI: the year `compare` chooses and why, the units each scope
/// selects, stated rates with their qualifiers, the single-unit message, `coverage`, and cluster aggregates
/// (on Fixtures/aggregate-cluster1.csv, figures written for the test for the five cities of Cụm 1 in 2022).
@Suite("coverage, scoped comparisons and cluster aggregates")
struct CoverageAndScopeEndToEndTests {
    func json(_ arguments: [String], status: Int32 = 0) throws -> [String: Any] {
        let r = try CommandRunner.run(arguments + ["--format", "json"])
        #expect(r.status == status, "\(r.stderr)")
        return try #require(try parseJSON(r.stdout) as? [String: Any])
    }

    func names(_ value: Any?, key: String = "unit") -> [String] {
        (value as? [[String: Any]] ?? []).compactMap { $0[key] as? String }
    }

    @Test("compare with no options: 2015, the year with the most comparable provinces and cities (2), and why")
    func bestYear() throws {
        let c = try json(["compare"])
        #expect(c["year"] as? Int == 2015)
        #expect(names(c["units"]) == ["Đà Nẵng", "Hà Nội"])
        #expect(c["single_unit"] as? Bool == false)
        let chosen = try #require(c[object: "year_chosen"])
        #expect(chosen["reason"] as? String
                == "2015 is compared: it has the most units stating both counts (2: Đà Nẵng, Hà Nội); 2016, 2018–2025 have 1 each. Give --year for another year.")
        let byYear = try #require(chosen["comparable_units_by_year"] as? [String: Int])
        #expect(byYear == ["2015": 2, "2016": 1, "2018": 1, "2019": 1, "2020": 1, "2021": 1, "2022": 1, "2023": 1, "2024": 1, "2025": 1])
        let text = try CommandRunner.run(["compare", "--width", "100"])
        #expect(text.stdout.hasPrefix("""
            clearance rate — 2015 (year)
            2015 is compared: it has the most units stating both counts (2: Đà Nẵng, Hà Nội); 2016, 2018–2025
              have 1 each. Give --year to compare another year.
            """.replacingOccurrences(of: "to compare another year", with: "for another year")))
    }

    @Test("clusters: one comparable cluster a year at most, so a message, not a rank")
    func singleCluster() throws {
        let c = try json(["compare", "--unit-type", "cluster"])
        #expect(c["year"] as? Int == 2023)
        #expect(c["single_unit"] as? Bool == true)
        let units = try #require(c[array: "units"] as? [[String: Any]])
        #expect(names(units) == ["Cụm thi đua số 1"])
        #expect(units.first?["expected_rank"] is NSNull)
        #expect(units.first?["numerator"] as? Int == 6938)
        #expect(units.first?["denominator"] as? Int == 9554)
        let text = try CommandRunner.run(["compare", "--unit-type", "cluster", "--width", "100"])
        #expect(text.stdout.contains("Only Cụm thi đua số 1 states both counts for 2023: 6,938 cases cleared of 9,554 crimes recorded,"))
        #expect(text.stdout.contains("72.6% (95% Wilson 71.7–73.5%). A comparison needs at least two units: there is nothing to rank"))
        #expect(!text.stdout.contains("exp. rank"))
    }

    @Test("--cluster: that year's members from the membership table")
    func clusterScope() throws {
        let c = try json(["compare", "--cluster", "1"])
        #expect(c["year"] as? Int == 2015)
        let scope = try #require(c[object: "scope"])
        #expect(scope["cluster"] as? Int == 1)
        #expect(scope["units_in_scope"] as? [String] == ["Cần Thơ", "Đà Nẵng", "Hà Nội", "Hải Phòng", "Hồ Chí Minh"])
        #expect(names(c["units"]) == ["Đà Nẵng", "Hà Nội"])
        let roman = try json(["compare", "--cluster", "Cụm thi đua số II", "--year", "2020"])
        #expect(roman[object: "scope"]?["units_in_scope"] as? [String]
                == ["Cao Bằng", "Điện Biên", "Hà Giang", "Lai Châu", "Lạng Sơn", "Lào Cai", "Sơn La"])
        #expect(names(roman["units"]).isEmpty)
        let none = try CommandRunner.run(["compare", "--cluster", "2", "--width", "100"])
        #expect(none.status == 0)
        #expect(none.stdout == """
            No unit states both counts for clearance_rate in any year within the scope: members of Cụm thi đua
              số 2 (stated for 2016, 2017, 2018, 2020, 2023, 2024); `--stated` lists the rates that are stated.

            """)
    }

    @Test("--region and --unit: the units selected, the year chosen among them")
    func regionAndUnits() throws {
        let r = try json(["compare", "--region", "dong nam bo"])
        #expect(r[object: "scope"]?["region"] as? String == "Đông Nam Bộ")
        #expect(r[object: "scope"]?["units_in_scope"] as? [String]
                == ["Bà Rịa - Vũng Tàu", "Bình Dương", "Bình Phước", "Đồng Nai", "Hồ Chí Minh", "Tây Ninh"])
        #expect(r["year"] as? Int == 2025)  // 1 unit in each of 2018–2022 and 2025: the latest
        #expect(names(r["units"]) == ["Tây Ninh"])
        let u = try json(["compare", "--unit", "TP.HCM", "--unit", "Da Nang"])
        #expect(u[object: "scope"]?["units"] as? [String] == ["Đà Nẵng", "Hồ Chí Minh"])
        #expect(u["year"] as? Int == 2022)
        #expect(names(u["units"]) == ["Hồ Chí Minh"])
        let bad = try CommandRunner.run(["compare", "--region", "Tây Bắc"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("crimestats: error: unknown region \"Tây Bắc\"; the regions are: Bắc Trung Bộ và duyên hải miền Trung;"))
    }

    @Test("--stated --year 2022: every unit stating a rate, qualifiers kept, labelled not comparable")
    func stated() throws {
        let s = try json(["compare", "--stated", "--year", "2022"])
        #expect(s["label"] as? String == "as stated, no interval: not comparable in the statistical sense")
        #expect(s["units"] as? Int == 8)
        let statements = try #require(s[array: "statements"] as? [[String: Any]])
        #expect(statements.map { "\($0["unit"] ?? "") \($0["qualifier"] ?? "") \($0["value"] ?? "")" } == [
            "Cần Thơ nearly 90", "Đồng Nai more_than 81", "Gia Lai exact 84.4", "Hà Nội exact 87.3", "Hồ Chí Minh exact 74.33",
            "Lạng Sơn exact 96.28", "Lào Cai exact 97", "Quảng Ninh exact 85.7",
        ])
        #expect(statements.map { $0["as_written"] as? String ?? "" }.prefix(2) == ["gần 90%", "hơn 81%"])
        #expect(statements.filter { $0["both_counts_stated"] as? Bool == true }.map { $0["unit"] as? String ?? "" } == ["Hồ Chí Minh"])
        let text = try CommandRunner.run(["compare", "--stated", "--year", "2022", "--width", "100"])
        #expect(text.stdout.hasPrefix("clearance rate — 2022 (year), as stated\nAs stated, no interval: not comparable in the statistical sense.\n"))
        #expect(text.stdout.contains("│ Đồng Nai    │   >81% │ hơn 81%    │ —      │"))
        let best = try json(["compare", "--stated"])
        #expect(best["year"] as? Int == 2022)
    }

    @Test("coverage: the matrix (golden), each unit's jobs (JSON), every line within the width")
    func coverage() throws {
        let text = try CommandRunner.run(["coverage", "--width", "100"])
        #expect(text.status == 0, "\(text.stderr)")
        try Golden.check(text.stdout, "coverage-w100.txt")
        for width in ["60", "100"] {
            let r = try CommandRunner.run(["coverage", "--width", width])
            #expect(r.stdout.split(separator: "\n").allSatisfy { $0.count <= Int(width) ?? 0 }, "width \(width)")
        }
        let c = try json(["coverage"])
        #expect(c[object: "best_compare_year"]?["year"] as? Int == 2015)
        let units = try #require(c[array: "units"] as? [[String: Any]])
        #expect(units.count == 43)
        let hcm = try #require(units.first { $0["unit"] as? String == "Hồ Chí Minh" })
        #expect(hcm["compare_years"] as? [Int] == [2018, 2019, 2020, 2021, 2022])
        #expect((hcm["trends"] as? [[String: Any]])?.first { $0["metric"] as? String == "clearance_rate" }?["years"] as? [Int]
                == [2018, 2019, 2020, 2021, 2022])
        let rateTrends = units.filter { u in (u["trends"] as? [[String: Any]] ?? []).contains { $0["metric"] as? String == "clearance_rate" } }
        #expect(names(rateTrends) == ["Toàn quốc", "Hà Nội", "Hồ Chí Minh"])
        #expect((c["other_span_units"] as? [String])?.count == 15)
        let csv = try CommandRunner.run(["coverage", "--format", "csv", "--unit-type", "city"])
        #expect(csv.stdout.hasPrefix("unit_type,unit,year,metric,exact,qualified,compare_ready,trend_years\n"))
        #expect(csv.stdout.contains("\ncity,Hồ Chí Minh,2019,clearance_rate,1,0,true,5\n"))
        let one = try CommandRunner.run(["coverage", "--unit", "TP.HCM", "--width", "100"])
        #expect(one.stdout.contains("Compare (clearance rate, both counts): 2018–2022.\n"))
    }

    @Test("table --cluster 1 --aggregate: the members' sum and pooled rate beside the cluster's own, missing members named")
    func aggregate() throws {
        let data = CommandRunner.fixture("aggregate-cluster1.csv")
        let a = try json(["table", "--data", data, "--metric", "crimes_social_order", "--cluster", "1", "--aggregate", "--from", "2022"])
        let years = try #require(a[array: "years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int ?? 0 } == [2022, 2023, 2024])
        #expect(years[0]["aggregate"] as? Double == 9120)
        #expect(years[0]["difference"] as? Double == -20)
        #expect((years[0]["reported"] as? [String: Any])?["value"] as? Double == 9100)
        #expect(years[1]["aggregate"] is NSNull)
        #expect(years[1]["missing"] as? [String] == ["Cần Thơ", "Hải Phòng"])
        #expect(years[1]["partial_sum"] as? Double == 7900)
        #expect((years[1]["reported"] as? [String: Any])?["qualifier"] as? String == "about")
        #expect(years[2]["stating"] as? [String] == [])
        let rate = try json(["table", "--data", data, "--metric", "clearance_rate", "--cluster", "1", "--aggregate", "--from", "2022", "--to", "2022"])
        let y = try #require((rate[array: "years"] as? [[String: Any]])?.first)
        #expect(y["pooled_cleared"] as? Int == 7300)
        #expect(y["pooled_base"] as? Int == 9120)
        #expect(close(y["aggregate"], 100.0 * 7300 / 9120))
        let text = try CommandRunner.run(["table", "--data", data, "--metric", "crimes_social_order", "--cluster", "1", "--aggregate",
                                          "--from", "2022", "--width", "90"])
        #expect(text.stdout.contains("│ members' sum                   │ 9,120 │      — │    — │"))
        #expect(text.stdout.contains("2023: 2 of 5 members state no figure (Cần Thơ, Hải Phòng); the 3 stating it give 7,900"))
        let trend = try CommandRunner.run(["trend", "--data", data, "--metric", "crimes_social_order", "--cluster", "1", "--aggregate",
                                           "--format", "json"])
        let series = try #require(try parseJSON(trend.stdout) as? [[String: Any]])
        #expect(names(series) == ["Cụm thi đua số 1", "Cụm thi đua số 1, members' sum", "Cần Thơ", "Đà Nẵng", "Hà Nội", "Hải Phòng", "Hồ Chí Minh"])
        let noCluster = try CommandRunner.run(["table", "--metric", "crimes_recorded", "--aggregate"])
        #expect(noCluster.status == 2)
        #expect(noCluster.stderr.contains("--aggregate sums a cluster's members: give --cluster N"))
    }
}
