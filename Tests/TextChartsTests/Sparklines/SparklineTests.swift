import Testing
import TextCharts

@Suite("Sparklines")
struct SparklineTests {
    @Test func levelsOverAnExplicitDomain() {
        let style = ChartStyle()
        #expect(Sparkline([1, 2, 3, 4, 5, 6, 7, 8], domain: 1...8).render(style: style) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline([1, nil, 8, .nan], domain: 1...8).render(style: style) == "▁ █ ")
        #expect(Sparkline([50, 50], domain: 0...100).render(style: style) == "▅▅")
        #expect(Sparkline([-5, 500], domain: 0...100).render(style: style) == "▁█")
        #expect(Sparkline([1, 2, 3, 4, 5, 6, 7, 8], domain: 1...8).render(style: ChartStyle(charset: .ascii)) == "_.-:=+*#")
    }

    @Test func degenerateDomainsDrawTheMiddleLevel() {
        #expect(Sparkline([75, 75, 75]).render(style: ChartStyle()) == "▄▄▄")
        #expect(Sparkline([3, 4], domain: 5...5).render(style: ChartStyle()) == "▄▄")
        #expect(Sparkline([]).render(style: ChartStyle()) == "")
        #expect(Sparkline([nil, nil]).render(style: ChartStyle()) == "  ")
    }

    @Test func sharedDomainAndWidth() {
        #expect(Sparkline.sharedDomain([[1, nil], [.nan, 9], [-2]]) == -2...9)
        #expect(Sparkline.sharedDomain([[nil]]) == nil)
        #expect(Sparkline([1, 2, 3, 4], domain: 1...4).render(style: ChartStyle(width: 2)) == "▆█")
    }

    @Test func chartStatesTheScale() {
        let chart = SparklineChart(rows: [.init("Hà Nội", values: [1, 2], summary: "2"), .init("Huế", values: [2, 1])])
        #expect(chart.lines(style: ChartStyle(width: 20)) == ["Hà Nội ▁█ 2", "Huế    █▁  ", "(scale 1 – 2)"])
        #expect(SparklineChart(rows: []).lines(style: ChartStyle()) == ["(no data)"])
    }
}
