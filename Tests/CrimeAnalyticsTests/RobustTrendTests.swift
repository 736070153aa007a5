import CrimeAnalytics
import Testing

@Suite("Theil–Sen and Mann–Kendall")
struct RobustTrendTests {
    @Test("Theil–Sen on A and D")
    func theilSen() throws {
        let a = try #require(TheilSenFit(years: Reference.years2016to2025, values: Reference.seriesA))
        expectClose(a.slope, -26.33333333, "A slope")
        expectClose(a.confidenceInterval.lower, -29.25, "A lower")
        expectClose(a.confidenceInterval.upper, -24.25, "A upper")
        let d = try #require(TheilSenFit(years: Reference.years2016to2025, values: Reference.seriesD))
        expectClose(d.slope, 0.6333333333, "D slope")
        expectClose(d.confidenceInterval.lower, 0.28, "D lower")
        expectClose(d.confidenceInterval.upper, 0.875, "D upper")
        // scipy.stats.theilslopes intercept: median(y) − slope·median(x)
        expectClose(a.intercept, 1384 + 26.33333333333333 * 2020.5, relative: 1e-12)
    }

    @Test("Mann–Kendall on A and D (pymannkendall original_test)")
    func mannKendall() throws {
        let a = try #require(MannKendallTest(values: Reference.seriesA))
        #expect(a.s == -45)
        expectClose(a.variance, 125)
        expectClose(a.z, -3.93547964)
        expectClose(a.pValue, 8.303070333e-05)
        expectClose(a.tau, -1)
        let d = try #require(MannKendallTest(values: Reference.seriesD))
        #expect(d.s == 31)
        expectClose(d.variance, 120.3333333)
        expectClose(d.z, 2.734817065)
        expectClose(d.pValue, 0.006241495264)
        expectClose(d.tau, 0.6888888889)
    }

    @Test("All ties or n < 3: undefined")
    func undefined() {
        let flat = [Double](repeating: 42, count: 6)
        #expect(MannKendallTest(values: flat) == nil)
        #expect(TheilSenFit(years: (0..<6).map(Double.init), values: flat) == nil)
        #expect(MannKendallTest(values: [1, 2]) == nil)
        #expect(TheilSenFit(years: [2020, 2021], values: [1, 2]) == nil)
        #expect(MannKendallTest(values: [1, .nan, .nan, 2]) == nil)
        #expect(TheilSenFit(years: [2020, 2020, 2020], values: [1, 2, 3]) == nil)
    }

    @Test("NaN values are dropped")
    func nanDropped() throws {
        var values = Reference.seriesA
        values.insert(.nan, at: 3)
        let test = try #require(MannKendallTest(values: values))
        #expect(test.s == -45)
        var years = Reference.years2016to2025
        years.insert(2030, at: 3)
        let fit = try #require(TheilSenFit(years: years, values: values))
        expectClose(fit.slope, -26.33333333)
    }
}
