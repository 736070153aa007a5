import Foundation
import Testing

/// `trend` and `compare` give the reference values (../shared/reference/stats_vectors.md) through the CLI,
/// on CSV files written in the Datasets schema (Fixtures/trend-reference.csv, compare-funnel.csv).
@Suite("trend and compare through the CLI")
struct AnalysisCommandsEndToEndTests {
    func trends() throws -> [[String: Any]] {
        let r = try CommandRunner.run(["trend", "--metric", "all", "--data", CommandRunner.fixture("trend-reference.csv"),
                                       "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try parseJSON(r.stdout) as? [[String: Any]])
    }

    func series(_ unit: String, _ all: [[String: Any]]) throws -> [String: Any] {
        try #require(all.first { $0["unit"] as? String == unit })
    }

    @Test("series A: OLS, Theil–Sen, Mann–Kendall, CAGR, APC and yearly % changes")
    func seriesA() throws {
        let a = try series("Sơn La", try trends())
        let ols = try #require(a[object: "ols"])
        #expect(close(ols["slope"], -26.32727273))
        #expect(close(ols["intercept"], 54587.05455))
        #expect(close(ols["se"], 0.7454545455))
        #expect(close(ols["t"], -35.31707317))
        #expect(ols["df"] as? Int == 8)
        #expect(close(ols["p"], 4.522140282e-10, relative: 1e-6))
        #expect(close(ols["ci_low"], -28.04629399))
        #expect(close(ols["ci_high"], -24.60825146))
        #expect(close(ols["r2"], 0.9936269994))
        let sen = try #require(a[object: "theil_sen"])
        #expect(close(sen["slope"], -26.33333333))
        #expect(close(sen["ci_low"], -29.25))
        #expect(close(sen["ci_high"], -24.25))
        let mk = try #require(a[object: "mann_kendall"])
        #expect(mk["s"] as? Int == -45)
        #expect(close(mk["var_s"], 125))
        #expect(close(mk["z"], -3.93547964))
        #expect(close(mk["p"], 8.303070333e-05, relative: 1e-6))
        #expect(close(mk["tau"], -1))
        #expect(close(a["cagr_pct"], -1.891332833))
        #expect(close(a["apc_pct"], -1.871005206))
        #expect(close(a["apc_ci_low"], -1.971632545))
        #expect(close(a["apc_ci_high"], -1.770274573))
        let changes = try #require(a[array: "change_pct"])
        #expect(changes.first is NSNull)
        let expected = [-2.171052632, -2.15198386, -1.718213058, -2.237762238, -2.00286123, -0.5839416058, -2.716593245,
                        -1.811320755, -1.614142967]
        for (got, want) in zip(changes.dropFirst(), expected) { #expect(close(got, want)) }
        #expect(a["change_pp"] == nil)  // counts: no percentage points
    }

    @Test("series B (rates, 2019–2023) and D (ties): slopes, intervals, points")
    func seriesBD() throws {
        let all = try trends()
        let b = try series("Lai Châu", all)
        let ols = try #require(b[object: "ols"])
        #expect(close(ols["slope"], 1.38))
        #expect(close(ols["se"], 0.2934848094))
        #expect(close(ols["p"], 0.01819863652, relative: 1e-7))
        #expect(close(ols["ci_low"], 0.4460003528))
        #expect(close(ols["ci_high"], 2.313999647))
        #expect(close(b["cagr_pct"], 3.512067051))
        let points = try #require(b[array: "change_pp"])
        #expect(close(points[1], 2.3))
        let d = try series("Điện Biên", all)
        #expect(close(d[object: "theil_sen"]?["slope"], 0.6333333333))
        #expect(close(d[object: "theil_sen"]?["ci_low"], 0.28))
        #expect(close(d[object: "theil_sen"]?["ci_high"], 0.875))
        #expect(d[object: "mann_kendall"]?["s"] as? Int == 31)
        #expect(close(d[object: "mann_kendall"]?["var_s"], 120.3333333))
        #expect(close(d[object: "mann_kendall"]?["p"], 0.006241495264, relative: 1e-7))
        #expect(close(d[object: "ols"]?["slope"], 0.6260606061))
        #expect(close(d[object: "ols"]?["se"], 0.100792088))
    }

    @Test("a constant series and a two-year series give clear answers, not crashes")
    func edgeSeries() throws {
        let all = try trends()
        let constant = try series("Cao Bằng", all)
        #expect(close(constant[object: "ols"]?["slope"], 0))
        #expect(close(constant[object: "ols"]?["se"], 0))
        #expect(constant["mann_kendall"] is NSNull)  // all tied: undefined
        #expect(constant["theil_sen"] is NSNull || close(constant[object: "theil_sen"]?["slope"], 0))
        let two = try series("Lạng Sơn", all)
        #expect(two["n"] as? Int == 2)
        // No trend from fewer than 3 years: no fit, no rank test, no growth rate; the yearly change stays.
        #expect(two["ols"] is NSNull)
        #expect(two["theil_sen"] is NSNull)
        #expect(two["mann_kendall"] is NSNull)
        #expect(two["cagr_pct"] is NSNull)
        #expect(close((two["change_pct"] as? [Any])?.last, 10))
    }

    @Test("trend CSV has one row per series")
    func trendCSV() throws {
        let r = try CommandRunner.run(["trend", "--metric", "all", "--data", CommandRunner.fixture("trend-reference.csv"),
                                       "--format", "csv"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 5)
        #expect(lines.first?.hasPrefix("unit_type,unit,metric,n,first_year,last_year,last_value,ols_slope,ols_se") == true)
        #expect(lines.contains { $0.hasPrefix("province,Sơn La,crimes_recorded,10,2016,2025,1280,-26.3272727") })
    }

    func comparison(_ extra: [String] = []) throws -> [String: Any] {
        let r = try CommandRunner.run(["compare", "--data", CommandRunner.fixture("compare-funnel.csv"), "--year", "2023",
                                       "--format", "json"] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try parseJSON(r.stdout) as? [String: Any])
    }

    @Test("compare: the funnel reference (Spiegelhalter 2005) through the CLI")
    func funnel() throws {
        let c = try comparison()
        #expect(close(c["pooled_rate"], 78.02146395))
        let od = try #require(c[object: "overdispersion"])
        #expect(close(od["phi"], 1.145394413))
        #expect(close(od["p"], 0.2458712646, relative: 1e-7))
        #expect(close(od["tau2"], 1.445346377e-05, relative: 1e-6))
        #expect(c["funnel_limits"] as? String == "none")  // φ not significant: unadjusted limits
        let units = try #require(c[array: "units"] as? [[String: Any]])
        #expect(units.count == 10)
        let names = ["Hà Giang", "Cao Bằng", "Lào Cai", "Sơn La", "Lai Châu", "Điện Biên", "Lạng Sơn", "Yên Bái", "Tuyên Quang", "Thái Nguyên"]
        let z = [0.1987223571, -0.2560056905, -4.518639597, 0.8565415309, -0.8188568289, 1.015478935, -1.269772701,
                 2.804086479, 0.8781099138, -1.435854857]
        let ranks = [4.517506616, 5.979035586, 9.949336099, 3.410588447, 6.875297479, 3.64354061, 7.136601912, 2.335286708,
                     4.468857128, 6.683949415]
        for (i, name) in names.enumerated() {
            let u = try #require(units.first { $0["unit"] as? String == name })
            #expect(close(u["z"], z[i], relative: 1e-7), "\(name)")
            #expect(close(u["expected_rank"], ranks[i], relative: 1e-7), "\(name)")
            #expect(u["denominator_metric"] as? String == "crimes_recorded")
        }
        let laoCai = try #require(units.first { $0["unit"] as? String == "Lào Cai" })
        #expect(laoCai["flag"] as? String == "below998")
        let yenBai = try #require(units.first { $0["unit"] as? String == "Yên Bái" })
        #expect(yenBai["flag"] as? String == "above95")
        #expect(close(yenBai["rate"], 100.0 * 4850 / 6100))
        // Limit curves for plotting elsewhere: 41 bases from half the smallest (90/2) to 1.5 × the largest.
        let curves = try #require(c[array: "funnel_curves"] as? [[String: Any]])
        #expect(curves.count == 41)
        #expect(close(curves.first?["n"], 45, relative: 1e-12))
        #expect(close(curves.last?["n"], 16500, relative: 1e-12))
        let theta = 0.7802146395, s45 = (theta * (1 - theta) / 45).squareRoot()
        #expect(close(curves.first?["lower95"], 100 * (theta - 1.959963985 * s45), relative: 1e-8))
        #expect(close(curves.first?["upper998"], 100 * (theta + 3.090232306 * s45), relative: 1e-8))
    }

    @Test("compare: zero base, cleared > recorded and a rate without counts are not comparable, with reasons")
    func notComparable() throws {
        let c = try comparison()
        let list = try #require(c[array: "not_comparable"] as? [[String: Any]])
        let reasons = Dictionary(uniqueKeysWithValues: list.compactMap { item in
            (item["unit"] as? String).map { ($0, item["reason"] as? String ?? "") }
        })
        #expect(reasons["Bắc Kạn"] == "zero base (crimes_recorded = 0)")
        #expect(reasons["Phú Thọ"] == "cases_cleared 104 exceeds crimes_recorded 100 (clearances can include earlier years' cases)")
        #expect(reasons["Hòa Bình"] == "only the rate is stated, no cases_cleared count")
        #expect(close(list.first { $0["unit"] as? String == "Hòa Bình" }?["stated_rate"], 88.7))
    }

    @Test("compare --pairs: 45 pairs with Holm-adjusted p")
    func pairs() throws {
        let c = try comparison(["--pairs"])
        let pairs = try #require(c[array: "pairs"] as? [[String: Any]])
        #expect(pairs.count == 45)
        #expect(pairs.allSatisfy { ($0["p_holm"] as? Double ?? 0) >= ($0["p"] as? Double ?? 1) })
    }

    @Test("compare --overdispersion additive uses the additive limits")
    func additive() throws {
        let c = try comparison(["--overdispersion", "additive"])
        #expect(c["funnel_limits"] as? String == "additive")
    }
}
