import Testing
import TextCharts

@Suite("Funnel plots")
struct FunnelPlotTests {
    let table = FunnelPlot.Limits.table([
        .init(n: 100, lower: 70, upper: 100), .init(n: 1000, lower: 82, upper: 90), .init(n: 500, lower: 80, upper: 92),
    ])

    @Test func tabulatedLimitsInterpolateAndHold() {
        #expect(table.band(at: 10)! == (70, 100))
        #expect(table.band(at: 5000)! == (82, 90))
        #expect(table.band(at: 750)! == (81, 91))
        #expect(table.band(at: 300)! == (75, 96))
        #expect(FunnelPlot.Limits.table([]).band(at: 1) == nil)
        #expect(FunnelPlot.Limits.function { _ in (.nan, 1) }.band(at: 1) == nil)
        #expect(FunnelPlot.Limits.function { _ in (5, 1) }.band(at: 1)! == (1, 5))
    }

    @Test func positionsAndTheListBelow() {
        let plot = FunnelPlot(
            points: [.init("Hà Nội", n: 1000, rate: 95), .init("Huế", n: 1000, rate: 88), .init("Lào Cai", n: 100, rate: 60)],
            target: 86, limits95: .function { _ in (84, 89) }, limits998: table
        )
        #expect(plot.position(of: plot.points[0]) == .above998)
        #expect(plot.position(of: plot.points[1]) == .inside)
        #expect(plot.position(of: plot.points[2]) == .below998)
        #expect(plot.position(of: .init("x", n: 1000, rate: 89.5)) == .above95)
        #expect(plot.position(of: .init("x", n: 1000, rate: 83)) == .below95)
        let lines = plot.lines(style: ChartStyle(width: 60))
        #expect(lines.suffix(2) == ["▲ Hà Nội above 99.8% limit (95, n 1000)", "▼ Lào Cai below 99.8% limit (60, n 100)"])
        let ascii = plot.lines(style: ChartStyle(width: 60, charset: .ascii))
        #expect(ascii.suffix(2) == ["^ Ha Noi above 99.8% limit (95, n 1000)", "v Lao Cai below 99.8% limit (60, n 100)"])
    }

    @Test func edgeCases() {
        #expect(FunnelPlot(points: [], target: 1).lines(style: ChartStyle()) == ["(no data)"])
        let one = FunnelPlot(points: [.init("Huế", n: 0, rate: 50), .init("Hà Nội", n: 10, rate: .nan)], target: 50, xScale: .logarithmic)
        #expect(one.lines(style: ChartStyle()) == ["(no data)", "(skipped 2 non-finite values: Huế, Hà Nội)"])
    }
}
