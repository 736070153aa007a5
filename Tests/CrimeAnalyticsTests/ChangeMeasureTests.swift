import CrimeAnalytics
import Testing

@Suite("Change measures and pooled rates")
struct ChangeMeasureTests {
    @Test("Year-over-year % change on A")
    func yearOverYearA() {
        let changes = YearOverYearChange.changes(in: Reference.seriesA)
        expectClose(
            changes.map { $0?.percent ?? .nan },
            [-2.171052632, -2.15198386, -1.718213058, -2.237762238, -2.00286123, -0.5839416058, -2.716593245,
             -1.811320755, -1.614142967], "% change")
    }

    @Test("Total change, CAGR, log-linear APC and index on A; CAGR on B")
    func wholeSeries() throws {
        expectClose(SeriesChange.totalPercentChange(of: Reference.seriesA), -15.78947368, "total")
        expectClose(SeriesChange.compoundAnnualGrowthRate(of: Reference.seriesA), -1.891332833, "CAGR A")
        expectClose(SeriesChange.compoundAnnualGrowthRate(from: 1520, to: 1280, periods: 9), -1.891332833, "CAGR A")
        expectClose(SeriesChange.compoundAnnualGrowthRate(of: Reference.seriesB), 3.512067051, "CAGR B")
        let apc = try #require(AnnualPercentChange(years: Reference.years2016to2025, values: Reference.seriesA))
        expectClose(apc.percent, -1.871005206, "APC")
        expectClose(apc.confidenceInterval?.lower, -1.971632545, "APC lower")
        expectClose(apc.confidenceInterval?.upper, -1.770274573, "APC upper")
        let base2016 = try #require(SeriesChange.indexed(Reference.seriesA, baseIndex: 0))
        expectClose(base2016.first ?? nil, 100)
        expectClose(base2016.last ?? nil, 84.21052632, "index 2016 end")
        let base2020 = try #require(SeriesChange.indexed(Reference.seriesA, baseIndex: 4))
        expectClose(base2020.first ?? nil, 108.7267525, "index 2020 start")
    }

    @Test("C = 0, 4, 3, 3, 7: differences and % change undefined after a zero")
    func zeroPrevious() {
        let changes = YearOverYearChange.changes(in: [0, 4, 3, 3, 7])
        #expect(changes.map { $0?.difference } == [4, -1, 0, 4])
        #expect(changes[0]?.percent == nil)
        expectClose(changes[1]?.percent, -25)
        expectClose(changes[2]?.percent, 0)
        expectClose(changes[3]?.percent, 133.3333333)
        #expect(SeriesChange.totalPercentChange(of: [0, 4, 3, 3, 7]) == nil)
        #expect(SeriesChange.compoundAnnualGrowthRate(of: [0, 4, 3, 3, 7]) == nil)
        #expect(SeriesChange.indexed([0, 4, 3], baseIndex: 0) == nil)
        #expect(SeriesChange.indexed([1, 4, 3], baseIndex: 7) == nil)
    }

    @Test("Percent versus percentage points")
    func pointsVersusPercent() {
        let up = YearOverYearChange(from: 40, to: 45)
        expectClose(up.percentagePoints, 5)
        expectClose(up.percent, 12.5)
        let down = YearOverYearChange(from: 12.5, to: 10)
        expectClose(down.percentagePoints, -2.5)
        expectClose(down.percent, -20)
    }

    @Test("NaN in input: changes around a gap are undefined")
    func nanInput() {
        let changes = YearOverYearChange.changes(in: [10, .nan, 12])
        #expect(changes.count == 2)
        #expect(changes[0] == nil && changes[1] == nil)
        #expect(YearOverYearChange.changes(in: [5]).isEmpty)
        #expect(AnnualPercentChange(years: [2020, 2021, 2022], values: [10, 0, 12]) == nil)
        #expect(AnnualPercentChange(years: [2020, 2021, 2022], values: [10, -1, 12]) == nil)
        let gap = AnnualPercentChange(years: [2020, 2021, 2022], values: [10, .nan, 12])
        #expect(gap?.confidenceInterval == nil)
    }

    @Test("Pooled 3-year rates are Σk/Σn, not the mean of rates")
    func pooledRates() throws {
        let cleared: [Double] = [512, 530, 520, 548, 560]
        let recorded: [Double] = [1398, 1370, 1362, 1325, 1301]
        let pooled = PooledRate.rolling(successes: cleared, trials: recorded, window: 3)
        expectClose(pooled.map { $0?.percent ?? .nan }, [37.82082324, 39.38871087, 40.8224674], "pooled")
        let meanOfRates = (0..<3).reduce(0.0) { $0 + 100 * cleared[$1] / recorded[$1] } / 3
        expectClose(meanOfRates, 37.82967597, "mean of rates (the wrong answer)")
        #expect(Swift.abs((pooled[0]?.percent ?? 0) - meanOfRates) > 1e-3)
        #expect(pooled[0]?.firstIndex == 0 && pooled[0]?.lastIndex == 2)
        let zeroBase = PooledRate.rolling(successes: [0, 0, 1], trials: [0, 0, 2], window: 2)
        #expect(zeroBase[0] == nil)
        expectClose(zeroBase[1]?.proportion, 0.5)
        #expect(PooledRate.rolling(successes: [1, .nan, 2], trials: [2, 3, 4], window: 2) == [nil, nil])
        #expect(PooledRate.rolling(successes: [1], trials: [2], window: 3).isEmpty)
    }
}
