import CrimeAnalytics
import Numerics
import PropertyBased
import Testing

@Suite("OLS trend fits")
struct TrendFitTests {
    @Test("Series A (counts 2016–2025)")
    func seriesA() throws {
        let fit = try #require(TrendFit(years: Reference.years2016to2025, values: Reference.seriesA))
        expectClose(fit.slope, -26.32727273, "slope")
        expectClose(fit.intercept, 54587.05455, "intercept")
        expectClose(fit.standardError, 0.7454545455, "SE")
        expectClose(fit.tStatistic, -35.31707317, "t")
        #expect(fit.degreesOfFreedom == 8)
        expectClose(fit.pValue, 4.522140282e-10, "p")
        expectClose(fit.confidenceInterval?.lower, -28.04629399, "CI lower")
        expectClose(fit.confidenceInterval?.upper, -24.60825146, "CI upper")
        expectClose(fit.rSquared, 0.9936269994, "R²")
    }

    @Test("Series B (rates 2019–2023)")
    func seriesB() throws {
        let fit = try #require(TrendFit(years: Reference.yearsB, values: Reference.seriesB))
        expectClose(fit.slope, 1.38, "slope")
        expectClose(fit.intercept, -2745, "intercept")
        expectClose(fit.standardError, 0.2934848094, "SE")
        expectClose(fit.tStatistic, 4.702117302, "t")
        #expect(fit.degreesOfFreedom == 3)
        expectClose(fit.pValue, 0.01819863652, "p")
        expectClose(fit.confidenceInterval?.lower, 0.4460003528, "CI lower")
        expectClose(fit.confidenceInterval?.upper, 2.313999647, "CI upper")
        expectClose(fit.rSquared, 0.8805252451, "R²")
    }

    @Test("Batched: A, D and E in one GEMM")
    func batchedReference() throws {
        let y = try Matrix([Reference.seriesA, Reference.seriesD, Reference.seriesE])
        let batch = try TrendFit.batched(values: y, years: Reference.years2016to2025)
        expectClose(batch.slope, [-26.32727273, 0.6260606061, 0.5939393939], "slopes")
        expectClose(batch.standardError, [0.7454545455, 0.100792088, 0.3096845161], "SE")
        let a = try #require(batch[0])
        expectClose(a.intercept, 54587.05455)
        expectClose(a.tStatistic, -35.31707317)
        expectClose(a.pValue, 4.522140282e-10)
        expectClose(a.confidenceInterval?.lower, -28.04629399)
        expectClose(a.confidenceInterval?.upper, -24.60825146)
        expectClose(a.rSquared, 0.9936269994)
    }

    @Test("Batched, slopes and SE only: the same slopes and SE, no inference")
    func batchedSlopeAndStandardError() throws {
        let y = Reference.seriesA + Reference.seriesD + Reference.seriesE
        let years = Reference.years2016to2025
        let lean = try TrendFit.batched(values: y, seriesCount: 3, years: years, statistics: .slopeAndStandardError)
        expectClose(lean.slope, [-26.32727273, 0.6260606061, 0.5939393939], "slopes")
        expectClose(lean.standardError, [0.7454545455, 0.100792088, 0.3096845161], "SE")
        expectClose(lean.intercept[0], 54587.05455)
        #expect(lean.pValue.allSatisfy { $0.isNaN })
        #expect(lean.tStatistic.allSatisfy { $0.isNaN })
        #expect(lean.lowerBound.allSatisfy { $0.isNaN })
        #expect(lean.rSquared.allSatisfy { $0.isNaN })
    }

    @Test("n < 3 is undefined, not SE 0; n < 2 is no fit")
    func tooFewYears() throws {
        let two = try #require(TrendFit(years: [2024, 2025], values: [10, 14]))
        #expect(two.slope == 4)
        #expect(two.standardError == nil)
        #expect(two.tStatistic == nil)
        #expect(two.pValue == nil)
        #expect(two.confidenceInterval == nil)
        #expect(two.rSquared == nil)
        #expect(TrendFit(years: [2025], values: [3]) == nil)
        #expect(TrendFit(years: [], values: []) == nil)
        #expect(TrendFit(years: [2020, 2020, 2020], values: [1, 2, 3]) == nil)
        #expect(TrendFit(years: [2020, 2021], values: [1, 2, 3]) == nil)
        // NaN leaves two usable years.
        let gap = try #require(TrendFit(years: [2020, 2021, 2022], values: [1, .nan, 3]))
        #expect(gap.observationCount == 2)
        #expect(gap.standardError == nil)
        let batch = try TrendFit.batched(values: [10, 14, 5, .nan, .nan, .nan], seriesCount: 2, years: [2024, 2025, 2026].map(Double.init))
        #expect(batch[1] == nil)
        #expect(batch.observationCount == [3, 0])
    }

    @Test("Constant series: SSE 0, slope 0, t and p undefined")
    func constantSeries() throws {
        let values = [Double](repeating: 0.1, count: 10)
        let fit = try #require(TrendFit(years: Reference.years2016to2025, values: values))
        #expect(fit.slope == 0)
        #expect(fit.residualSumOfSquares == 0)
        #expect(fit.standardError == 0)
        #expect(fit.tStatistic == nil)
        #expect(fit.pValue == nil)
        #expect(fit.rSquared == nil)
        let batch = try TrendFit.batched(values: values, seriesCount: 1, years: Reference.years2016to2025)
        #expect(batch[0] == fit)
    }

    @Test("Perfect linear fit: SE 0, t = ±∞, p = 0")
    func perfectFit() throws {
        let values = Reference.years2016to2025.map { 1500 - 12.5 * ($0 - 2016) }
        let fit = try #require(TrendFit(years: Reference.years2016to2025, values: values))
        expectClose(fit.slope, -12.5, relative: 1e-13)
        #expect(fit.standardError == 0)
        #expect(fit.tStatistic == -.infinity)
        #expect(fit.pValue == 0)
        #expect(fit.rSquared == 1)
        let batch = try TrendFit.batched(values: values, seriesCount: 1, years: Reference.years2016to2025)
        #expect(batch.standardError == [0])
        #expect(batch.tStatistic == [-.infinity])
        #expect(batch.pValue == [0])
    }

    @Test("Shape errors throw")
    func shapeErrors() {
        #expect(throws: StatisticsError.self) {
            try TrendFit.batched(values: [1, 2, 3], seriesCount: 2, years: [2020, 2021])
        }
        #expect(throws: StatisticsError.self) {
            try TrendFit.batched(values: [1, 2], seriesCount: 1, years: [2020, 2021], confidenceLevel: 1.5)
        }
    }

    /// Random series (seeded), a share of them with NaN gaps, fitted batched and one by one.
    static func compareBatchedWithSingle(seed: UInt64, seriesCount: Int, yearCount: Int, gapRate: Double) throws {
        var rng = SplitMix64(seed: seed)
        let years = (0..<yearCount).map { Double(2000 + $0) }
        var values: [Double] = []
        values.reserveCapacity(seriesCount * yearCount)
        for _ in 0..<seriesCount {
            let level = Double.random(in: -100...5000, using: &rng)
            let slope = Double.random(in: -50...50, using: &rng)
            let noise = Double.random(in: 0.1...200, using: &rng)
            let gappy = Double.random(in: 0..<1, using: &rng) < gapRate
            for t in 0..<yearCount {
                if gappy && Double.random(in: 0..<1, using: &rng) < 0.3 {
                    values.append(.nan)
                } else {
                    values.append(level + slope * Double(t) + noise * Double.random(in: -1...1, using: &rng))
                }
            }
        }
        let batch = try TrendFit.batched(values: values, seriesCount: seriesCount, years: years)
        for s in 0..<seriesCount {
            let row = Array(values[(s * yearCount)..<((s + 1) * yearCount)])
            let single = TrendFit(years: years, values: row)
            let batched = batch[s]
            #expect((single == nil) == (batched == nil), "series \(s)")
            guard let single, let batched else { continue }
            #expect(single.observationCount == batched.observationCount)
            // 1e-10 relative, with an absolute floor at the rounding level of the data: a slope near 0
            // (|Σx̃y| ≪ Σ|x̃y|) has no relative accuracy in any floating-point method.
            let scale = row.filter(\.isFinite).map(Swift.abs).max() ?? 1
            let slopeFloor = 1e-12 * scale
            let se = single.standardError ?? 1
            let pairs: [(Double?, Double?, Double, String)] = [
                (single.slope, batched.slope, slopeFloor, "slope"),
                (single.intercept, batched.intercept, slopeFloor * (1 + Swift.abs(single.meanYear)), "intercept"),
                (single.standardError, batched.standardError, 0, "SE"),
                (single.tStatistic, batched.tStatistic, se > 0 ? slopeFloor / se : 0, "t"),
                (single.pValue, batched.pValue, 1e-13, "p"), (single.rSquared, batched.rSquared, 1e-13, "R²"),
                (single.confidenceInterval?.lower, batched.confidenceInterval?.lower, slopeFloor, "lower"),
                (single.confidenceInterval?.upper, batched.confidenceInterval?.upper, slopeFloor, "upper"),
            ]
            for (expected, actual, floor, label) in pairs {
                #expect((expected == nil) == (actual == nil), "series \(s) \(label)")
                if let expected, let actual, expected.isFinite {
                    #expect(
                        actual.isApproximatelyEqual(to: expected, absoluteTolerance: floor, relativeTolerance: 1e-10),
                        "series \(s) \(label): \(actual) vs \(expected)")
                } else {
                    #expect(expected == actual, "series \(s) \(label)")
                }
            }
        }
    }

    @Test("Batched equals per-series on seeded random data, with NaN gaps")
    func batchedEqualsSingleSeeded() throws {
        try Self.compareBatchedWithSingle(seed: 20_250_101, seriesCount: 500, yearCount: 10, gapRate: 0)
        try Self.compareBatchedWithSingle(seed: 42, seriesCount: 500, yearCount: 12, gapRate: 0.4)
        try Self.compareBatchedWithSingle(seed: 7, seriesCount: 50, yearCount: 70, gapRate: 0.5)
    }

    @Test("Property: batched OLS equals per-series OLS")
    func batchedEqualsSingleProperty() async {
        await propertyCheck(
            count: 60, input: Gen.uint64(in: 0 ... .max), Gen.int(in: 1...40), Gen.int(in: 2...25), Gen.int(in: 0...10)
        ) { seed, seriesCount, yearCount, gapTenths in
            try Self.compareBatchedWithSingle(
                seed: seed, seriesCount: seriesCount, yearCount: yearCount, gapRate: Double(gapTenths) / 10)
        }
    }
}
