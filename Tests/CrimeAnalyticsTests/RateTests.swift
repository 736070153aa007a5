import CrimeAnalytics
import Testing

@Suite("Rates: intervals, two-proportion tests, homogeneity, trend, multiple testing")
struct RateTests {
    struct IntervalCase: Sendable, CustomTestStringConvertible {
        let k: Int, n: Int
        let wilson: (Double, Double), agrestiCoull: (Double, Double), clopperPearson: (Double, Double)
        var testDescription: String { "\(k)/\(n)" }
    }

    static let intervalCases: [IntervalCase] = [
        IntervalCase(
            k: 412, n: 1000, wilson: (0.3818873113, 0.4427861982), agrestiCoull: (0.3818854563, 0.4427880532),
            clopperPearson: (0.3812915143, 0.4432281115)),
        IntervalCase(k: 0, n: 15, wilson: (0, 0.203883301), agrestiCoull: (0, 0.238563115), clopperPearson: (0, 0.2180193609)),
        IntervalCase(k: 15, n: 15, wilson: (0.796116699, 1), agrestiCoull: (0.761436885, 1), clopperPearson: (0.7819806391, 1)),
    ]

    @Test("Wilson, Agresti–Coull, Clopper–Pearson (95 %)", arguments: intervalCases)
    func intervals(_ c: IntervalCase) throws {
        let w = try ProportionInterval.wilson(successes: c.k, trials: c.n)
        expectClose(w.lower, c.wilson.0, "Wilson lower")
        expectClose(w.upper, c.wilson.1, "Wilson upper")
        let ac = try ProportionInterval.agrestiCoull(successes: c.k, trials: c.n)
        expectClose(ac.lower, c.agrestiCoull.0, "AC lower")
        expectClose(ac.upper, c.agrestiCoull.1, "AC upper")
        let cp = try ProportionInterval.clopperPearson(successes: c.k, trials: c.n)
        expectClose(cp.lower, c.clopperPearson.0, "CP lower")
        expectClose(cp.upper, c.clopperPearson.1, "CP upper")
        #expect(cp.method == .clopperPearson && w.method == .wilson && ac.method == .agrestiCoull)
    }

    @Test("0/0, k > n and negative counts throw typed errors")
    func invalidCounts() {
        #expect(throws: StatisticsError.zeroBase) { try ProportionInterval.wilson(successes: 0, trials: 0) }
        #expect(throws: StatisticsError.successesExceedTrials(successes: 12, trials: 10)) {
            try ProportionInterval.clopperPearson(successes: 12, trials: 10)
        }
        #expect(throws: StatisticsError.negativeCount) { try ProportionInterval.agrestiCoull(successes: -1, trials: 10) }
        #expect(throws: StatisticsError.self) { try ProportionInterval.wilson(successes: 1, trials: 10, confidenceLevel: 1) }
        #expect(throws: StatisticsError.zeroBase) { try TwoProportionZTest(successes: 0, trials: 0, versus: 1, trials: 2) }
        #expect(throws: StatisticsError.self) { try ProportionDifference(successes: 3, trials: 2, versus: 1, trials: 2) }
    }

    @Test("Newcombe difference and pooled z: 412/1000 vs 365/1000")
    func twoProportionsLarge() throws {
        let d = try ProportionDifference(successes: 412, trials: 1000, versus: 365, trials: 1000)
        expectClose(d.difference, 0.047)
        expectClose(d.confidenceInterval.lower, 0.004279624068)
        expectClose(d.confidenceInterval.upper, 0.08947934736)
        let z = try TwoProportionZTest(successes: 412, trials: 1000, versus: 365, trials: 1000)
        expectClose(z.z, 2.156200378)
        expectClose(z.pValue, 0.03106802205)
    }

    @Test("Newcombe difference and pooled z: 7/23 vs 0/15")
    func twoProportionsSmall() throws {
        let d = try ProportionDifference(successes: 7, trials: 23, versus: 0, trials: 15)
        expectClose(d.difference, 0.3043478261)
        expectClose(d.confidenceInterval.lower, 0.05222972045)
        expectClose(d.confidenceInterval.upper, 0.5086575627)
        let z = try TwoProportionZTest(successes: 7, trials: 23, versus: 0, trials: 15)
        expectClose(z.z, 2.365602023)
        expectClose(z.pValue, 0.01800078287)
        let bothZero = try TwoProportionZTest(successes: 0, trials: 23, versus: 0, trials: 15)
        #expect(bothZero.z == nil && bothZero.pValue == nil)
    }

    @Test("χ² homogeneity with the small-expected-count warning")
    func homogeneity() throws {
        let test = try HomogeneityTest(successes: [3, 9, 1, 12], trials: [10, 20, 8, 25])
        expectClose(test.statistic, 3.820121053)
        #expect(test.degreesOfFreedom == 3)
        expectClose(test.pValue, 0.2815543736)
        expectClose(test.smallestExpectedCount, 3.174603175)
        #expect(test.hasSmallExpectedCounts)
        let withZero = try HomogeneityTest(successes: [3, 9, 0, 1, 12], trials: [10, 20, 0, 8, 25])
        #expect(withZero.excludedIndices == [2])
        expectClose(withZero.statistic, 3.820121053)
        #expect(throws: StatisticsError.self) { try HomogeneityTest(successes: [3, 11], trials: [10, 10]) }
        #expect(throws: StatisticsError.self) { try HomogeneityTest(successes: [3], trials: [10]) }
        let allZero = try HomogeneityTest(successes: [0, 0], trials: [10, 20])
        #expect(allZero.statistic == nil && allZero.pValue == nil)
    }

    @Test("Cochran–Armitage trend (R prop.trend.test)")
    func cochranArmitage() throws {
        let cleared = [480, 502, 515, 530, 556], recorded = [1200, 1210, 1190, 1205, 1215]
        let test = try CochranArmitageTest(successes: cleared, trials: recorded)
        #expect(test.scores == [-2, -1, 0, 1, 2])
        expectClose(test.z, 3.112369616)
        expectClose(test.chiSquared, 9.686844628)
        expectClose(test.pValue, 0.001855919743)
        let shifted = try CochranArmitageTest(successes: cleared, trials: recorded, scores: [1, 2, 3, 4, 5])
        expectClose(shifted.z, 3.112369616)
        #expect(throws: StatisticsError.self) { try CochranArmitageTest(successes: [1, 2], trials: [2]) }
    }

    @Test("Holm and Benjamini–Hochberg")
    func multipleTesting() {
        let p = [0.01, 0.04, 0.03, 0.005, 0.20]
        expectClose(PValueAdjustment.holm(p), [0.04, 0.09, 0.09, 0.025, 0.2], "Holm")
        expectClose(PValueAdjustment.benjaminiHochberg(p), [0.025, 0.05, 0.05, 0.025, 0.2], "BH")
        let withNaN = PValueAdjustment.holm([0.01, .nan, 0.04])
        #expect(withNaN[1].isNaN)
        expectClose(withNaN[0], 0.02)
        expectClose(withNaN[2], 0.04)
        #expect(PValueAdjustment.benjaminiHochberg([]).isEmpty)
    }
}
