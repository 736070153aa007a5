import Testing
import TextCharts

@Suite("Bar charts")
struct BarChartTests {
    let integer: @Sendable (Double) -> String = { NumberText.fixed($0, fractionDigits: 0) }

    @Test func eighthPrecision() {
        // width 20 = label 1 + space + 16 bar cells + space + value 1; 8 → 16 cells, so 1 unit = 16 eighths.
        let chart = BarChart(bars: [.init("a", 8), .init("b", 4), .init("c", 3.3), .init("d", 0)], format: integer)
        #expect(chart.lines(style: ChartStyle(width: 20)) == [
            "a ████████████████ 8",
            "b ████████         4",
            "c ██████▋          3",
            "d                  0",
        ])
        #expect(chart.lines(style: ChartStyle(width: 20, charset: .ascii))[2] == "c #######          3")
    }

    @Test func negativesGrowLeftFromTheAxis() {
        // 15 bar cells: zero axis after 8, one scale of 14 eighths per unit on both sides.
        let chart = BarChart(bars: [.init("a", -4), .init("b", 4), .init("c", -1.25)], order: .given, format: integer)
        #expect(chart.lines(style: ChartStyle(width: 20)) == [
            "a  ███████        -4",
            "b         ███████  4",
            "c       ██        -1",
        ])
    }

    @Test func referenceLineAndSorting() {
        let chart = BarChart(bars: [.init("Hà Nội", 2), .init("Huế", 8)], reference: 6, referenceLabel: "pooled", format: integer)
        let lines = chart.lines(style: ChartStyle(width: 24))
        #expect(lines == [
            "Huế    ███████████████ 8",
            "Hà Nội ███▊       │    2",
            "│ pooled 6",
        ])
    }

    @Test func nonFiniteValuesAreSkippedAndNoted() {
        let chart = BarChart(bars: [.init("Hà Nội", .nan), .init("Huế", .infinity), .init("Lào Cai", 1)])
        let lines = chart.lines(style: ChartStyle(width: 60))
        #expect(lines.count == 2)
        #expect(lines[1] == "(skipped 2 non-finite values: Hà Nội, Huế)")
        #expect(BarChart(bars: []).lines(style: ChartStyle(width: 40)) == ["(no data)"])
    }

    @Test(arguments: [1.0, 1e6, 1e-9, 1e300])
    func largerValuesNeverDrawShorterBars(scale: Double) {
        let values = [0.0, 0.01, 0.5, 0.51, 0.999, 1, 2, 3.5, 7, 1000, -0.5, -0.51, -3, -1000].map { $0 * scale }
        let chart = BarChart(bars: values.enumerated().map { .init("u\($0.offset)", $0.element) }, order: .given)
        for width in [10, 17, 40, 80, 200] {
            for charset in Charset.allCases {
                let style = ChartStyle(width: width, charset: charset)
                OutputProperties.checkBarMonotonic(chart, style: style)
                OutputProperties.check(chart, style: style)
            }
        }
    }
}

extension BarChartTests {
    @Test func negativeHalfCells() {
        // 16 bar cells split 8 | 8, 16 eighths per unit: -1.25 → 20 eighths = 2 cells and a half.
        let chart = BarChart(bars: [.init("a", -4), .init("b", 4), .init("c", -1.25)], order: .given, format: { _ in "" })
        #expect(chart.lines(style: ChartStyle(width: 18)) == [
            "a ████████        ",
            "b         ████████",
            "c      ▐██        ",
        ])
        #expect(chart.lines(style: ChartStyle(width: 18, charset: .ascii))[2] == "c      ###        ")
    }
}
