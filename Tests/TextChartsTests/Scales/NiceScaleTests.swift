import Testing
@testable import TextCharts

@Suite("Nice scales and number text")
struct NiceScaleTests {
    @Test(arguments: [
        (0.0, 97.0, 6, [0.0, 20, 40, 60, 80, 100]),
        (75.0, 95.0, 6, [75.0, 80, 85, 90, 95]),
        (-19.6, 12.25, 6, [-20.0, -10, 0, 10, 20]),
        (0.0, 1.0, 6, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (1.0, 1_000_000.0, 6, [0.0, 200_000, 400_000, 600_000, 800_000, 1_000_000]),
        (5.0, 5.0, 6, [4.4, 4.6, 4.8, 5.0, 5.2, 5.4, 5.6]),
        (0.0, 0.0, 6, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
    ] as [(Double, Double, Int, [Double])])
    func ticks(minimum: Double, maximum: Double, count: Int, expected: [Double]) {
        let scale = NiceScale(minimum: minimum, maximum: maximum, maxTicks: count)
        #expect(scale.ticks.count == expected.count)
        for (tick, value) in zip(scale.ticks, expected) {
            #expect(abs(tick - value) < 1e-9 * max(1, abs(value)))
        }
    }

    @Test func niceNumbers() {
        #expect(NiceScale.niceNumber(97, round: false) == 100)
        #expect(NiceScale.niceNumber(20, round: true) == 20)
        #expect(NiceScale.niceNumber(0.025, round: true) == 0.02)
        #expect(NiceScale.niceNumber(0.031, round: true) == 0.05)
        #expect(NiceScale.niceNumber(4.2, round: true) == 5)
        #expect(NiceScale.niceNumber(7.5, round: true) == 10)
        #expect(NiceScale(minimum: 0, maximum: 97).fractionDigits == 0)
        #expect(NiceScale(minimum: 0, maximum: 1).fractionDigits == 1)
    }

    @Test func degenerateInputNeverTraps() {
        for (low, high) in [(Double.nan, 1), (1, .nan), (.nan, .nan), (-.infinity, .infinity), (10, -10),
                            (-1e308, 1e308), (1e-300, 2e-300), (.greatestFiniteMagnitude, .greatestFiniteMagnitude)] {
            let scale = NiceScale(minimum: low, maximum: high)
            #expect(!scale.ticks.isEmpty)
            #expect(scale.ticks.count <= 200)
        }
        #expect(NiceScale(minimum: 10, maximum: -10).ticks.first == -10)
    }

    @Test(arguments: [
        (88.7, 1, "88.7"), (88.65, 1, "88.7"), (-0.04, 1, "0.0"), (-3.15, 1, "-3.2"), (2156, 0, "2156"),
        (0.125, 3, "0.125"), (1e6, 0, "1000000"), (Double.nan, 1, "NaN"), (Double.infinity, 0, "inf"),
        (-Double.infinity, 2, "-inf"), (12.25, 1, "12.3"), (0.5, 0, "1"),
    ] as [(Double, Int, String)])
    func fixed(value: Double, digits: Int, expected: String) {
        #expect(NumberText.fixed(value, fractionDigits: digits) == expected)
    }

    @Test func automaticFormatting() {
        #expect(NumberText.automatic(88.7) == "88.7")
        #expect(NumberText.automatic(2156) == "2156")
        #expect(NumberText.automatic(1234.5) == "1235")
        #expect(NumberText.automatic(0.125) == "0.125")
        #expect(NumberText.automatic(-19.6) == "-19.6")
        #expect(NumberText.automatic(1e20) == "1e+20")
    }

    @Test func mathWithoutLibm() {
        #expect(ChartMath.floor(-2.5) == -3)
        #expect(ChartMath.ceil(2.1) == 3)
        #expect(ChartMath.round(2.5) == 3)
        #expect(ChartMath.round(-2.5) == -3)
        #expect(abs(ChartMath.log10(1000) - 3) < 1e-12)
        #expect(abs(ChartMath.log10(2) - 0.301_029_995_663_981_2) < 1e-12)
        #expect(abs(ChartMath.power10(real: 2.5) - 316.227_766_016_837_9) < 1e-9)
        #expect(ChartMath.decimalExponent(0.0999) == -2)
        #expect(ChartMath.clampedInt(.nan, 0...5) == 0)
        #expect(ChartMath.clampedInt(1e300, 0...5) == 5)
    }
}
