import CrimeAnalytics
import Testing

@Suite("Funnel plot, overdispersion, expected ranks, pairwise comparisons")
struct FunnelPlotTests {
    static let trials = [90, 310, 640, 1100, 1800, 2600, 3900, 6100, 8800, 11000]
    static let successes = [71, 240, 452, 870, 1390, 2050, 3010, 4850, 6900, 8520]
    static let units = (0..<10).map { UnitRate(name: "U\($0 + 1)", successes: successes[$0], trials: trials[$0]) }

    @Test("Target, critical values and limits (Spiegelhalter 2005 reference)")
    func limits() throws {
        let funnel = try FunnelPlot(units: Self.units)
        expectClose(funnel.target, 0.7802146395, "θ₀")
        expectClose(FunnelPlot.z95, 1.959963985, "z95")
        expectClose(FunnelPlot.z998, 3.090232306, "z99.8")
        let p = funnel.points
        #expect(p.count == 10)
        expectClose(p[0].limits.lower95, 0.6946620293)
        expectClose(p[1].limits.lower95, 0.7341175323)
        expectClose(p[9].limits.lower95, 0.7724761148)
        expectClose(p[0].limits.upper95, 0.8657672497)
        expectClose(p[1].limits.upper95, 0.8263117467)
        expectClose(p[9].limits.upper95, 0.7879531643)
        expectClose(p[0].limits.upper998, 0.9151035671)
        expectClose(p[1].limits.upper998, 0.8528949393)
        expectClose(p[9].limits.upper998, 0.7924158021)
        expectClose(
            p.map(\.zScore),
            [0.1987223571, -0.2560056905, -4.518639597, 0.8565415309, -0.8188568289, 1.015478935, -1.269772701,
             2.804086479, 0.8781099138, -1.435854857], "z")
        for point in p {
            expectClose(point.standardError, (funnel.target * (1 - funnel.target) / Double(point.unit.trials)).squareRoot())
        }
    }

    @Test("Overdispersion: winsorised φ, test, τ², adjusted limits")
    func overdispersion() throws {
        let funnel = try FunnelPlot(units: Self.units)
        let od = try #require(funnel.overdispersion)
        expectClose(od.lowerWinsorBound, -1.744133331, "winsor lo")
        expectClose(od.upperWinsorBound, 1.194339689, "winsor hi")
        expectClose(od.phi, 1.145394413, "φ")
        expectClose(od.testStatistic, 11.45394413, "Iφ")
        #expect(od.degreesOfFreedom == 9)
        expectClose(od.pValue, 0.2458712646, "p")
        expectClose(od.unwinsorisedPhi, 3.526650055, "raw φ")
        expectClose(od.tauSquared, 1.445346377e-05, "τ²")
        expectClose(funnel.points[0].additiveLimits.lower998, 0.6448150581, "additive 99.8 lo")
        expectClose(funnel.points[0].multiplicativeLimits.lower998, 0.6358523264, "multiplicative 99.8 lo")
        // φ test not significant → auto uses the unadjusted limits, and says so.
        #expect(funnel.adjustmentUsed == .none)
        #expect(funnel.requestedMode == .auto)
        #expect(funnel.points.map(\.flagLimits) == funnel.points.map(\.limits))
    }

    @Test("Flags per unit under each mode")
    func flags() throws {
        let plain = try FunnelPlot(units: Self.units)
        #expect(plain.points[2].flag == .below998)
        #expect(plain.points[7].flag == .above95)
        #expect(plain.points[0].flag == .within)
        let additive = try FunnelPlot(units: Self.units, mode: .additive)
        #expect(additive.adjustmentUsed == .additive)
        #expect(additive.points.map(\.flagLimits) == additive.points.map(\.additiveLimits))
        expectClose(additive.points[0].flagLimits.lower998, 0.6448150581)
        let multiplicative = try FunnelPlot(units: Self.units, mode: .multiplicative)
        #expect(multiplicative.adjustmentUsed == .multiplicative)
        expectClose(multiplicative.points[2].adjustedZScore, -4.518639597 / 1.145394413.squareRoot())
        let curve = plain.limits(atTrials: 90)
        expectClose(curve.lower95, 0.6946620293)
        // A strongly overdispersed set: auto switches to the additive limits.
        let spread = (0..<8).map { UnitRate(name: "V\($0)", successes: 300 + 60 * $0, trials: 1000) }
        let auto = try FunnelPlot(units: spread)
        #expect(try #require(auto.overdispersion).pValue < 0.05)
        #expect(auto.adjustmentUsed == .additive)
    }

    @Test("Expected ranks (1 = highest)")
    func expectedRanks() {
        let ranks = ExpectedRank.expectedRanks(of: Self.units)
        expectClose(
            ranks.map(\.expectedRank),
            [4.517506616, 5.979035586, 9.949336099, 3.410588447, 6.875297479, 3.64354061, 7.136601912, 2.335286708,
             4.468857128, 6.683949415], "expected rank")
        expectClose(ranks.reduce(0) { $0 + $1.expectedRank }, 55, relative: 1e-12)
    }

    @Test("0 % and 100 %: step function when both standard errors are 0")
    func extremes() {
        let units = [
            UnitRate(name: "none", successes: 0, trials: 12), UnitRate(name: "all", successes: 9, trials: 9),
            UnitRate(name: "all too", successes: 4, trials: 4), UnitRate(name: "half", successes: 5, trials: 10),
        ]
        let ranks = ExpectedRank.expectedRanks(of: units).map(\.expectedRank)
        #expect(ranks.allSatisfy { $0.isFinite })
        #expect(ranks[0] > 3.99)  // beaten surely by the 100 % units (step), almost surely by "half"
        #expect(ranks[1] == ranks[2])
        expectClose(ranks.reduce(0, +), 10, relative: 1e-12)
        #expect(ExpectedRank.expectedRanks(proportions: [1, 1, 0], standardErrors: [0, 0, 0]) == [1.5, 1.5, 3])
    }

    @Test("Zero bases and k > n are excluded with a reason, never a crash")
    func exclusions() throws {
        var units = Self.units
        units.append(UnitRate(name: "empty", successes: 0, trials: 0))
        units.append(UnitRate(name: "over 100 %", successes: 130, trials: 120))
        let funnel = try FunnelPlot(units: units)
        #expect(funnel.points.count == 10)
        #expect(funnel.excluded.map(\.reason) == [.zeroBase, .successesExceedTrials])
        expectClose(funnel.target, 0.7802146395)
        #expect(ExpectedRank.expectedRanks(of: units).count == 10)
        #expect(throws: StatisticsError.self) { try FunnelPlot(units: [UnitRate(name: "x", successes: 0, trials: 0)]) }
        let single = try FunnelPlot(units: [UnitRate(name: "x", successes: 3, trials: 10)])
        #expect(single.overdispersion == nil && single.adjustmentUsed == .none)
    }

    @Test("Pairwise: Newcombe CI, pooled z, Holm across all pairs")
    func pairwise() throws {
        let units = [
            UnitRate(name: "A", successes: 412, trials: 1000), UnitRate(name: "B", successes: 365, trials: 1000),
            UnitRate(name: "C", successes: 7, trials: 23), UnitRate(name: "D", successes: 0, trials: 15),
            UnitRate(name: "E", successes: 1, trials: 0),
        ]
        let pairs = PairwiseComparison.all(units)
        #expect(pairs.count == 6)
        let ab = try #require(pairs.first { $0.first.name == "A" && $0.second.name == "B" })
        expectClose(ab.confidenceInterval.lower, 0.004279624068)
        expectClose(ab.pValue, 0.03106802205)
        let cd = try #require(pairs.first { $0.first.name == "C" && $0.second.name == "D" })
        expectClose(cd.confidenceInterval.upper, 0.5086575627)
        let adjusted = PValueAdjustment.holm(pairs.map { $0.pValue ?? .nan })
        expectClose(pairs.map { $0.adjustedPValue ?? .nan }, adjusted)
        #expect(pairs.allSatisfy { ($0.adjustedPValue ?? 0) >= ($0.pValue ?? 0) })
    }
}
