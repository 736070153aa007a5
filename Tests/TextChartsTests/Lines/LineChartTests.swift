import Testing
import TextCharts

@Suite("Line charts")
struct LineChartTests {
    @Test func axesLegendAndGaps() {
        let chart = LineChart(series: [
            .init(name: "Hà Nội", years: [2019, 2020, 2021, 2022], values: [80, nil, 90, 100]),
        ], height: 4)
        let lines = chart.lines(style: ChartStyle(width: 30, charset: .ascii))
        // ASCII: points are the series marker, the line between them another character.
        #expect(lines == [
            "100+                       ..*",
            "   |                   ....   ",
            " 90+                 *.       ",
            " 80+*                         ",
            "   ++-------+--------+-------+",
            "    2019   2020     2021  2022",
            "*.. Ha Noi",
        ])
    }

    @Test("a year missing from the list breaks the line as a nil value does")
    func missingYearsAreGaps() {
        let listed = LineChart.Series(name: "Huế", years: [2019, 2021, 2022], values: [80, 90, 100])
        #expect(listed.points.map(\.x) == [2019, 2020, 2021, 2022])
        #expect(listed.points.map(\.y) == [80, nil, 90, 100])
        let explicit = LineChart(series: [.init(name: "Huế", years: [2019, 2020, 2021, 2022], values: [80, nil, 90, 100])], height: 4)
        let implicit = LineChart(series: [listed], height: 4)
        for style in [ChartStyle(width: 30, charset: .ascii), ChartStyle(width: 30)] {
            #expect(explicit.lines(style: style) == implicit.lines(style: style))
        }
    }

    @Test func brailleInUnicode() {
        let chart = LineChart(series: [.init(name: "Huế", years: [2020, 2021], values: [1, 2])], height: 2)
        let lines = chart.lines(style: ChartStyle(width: 12))
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("2┤"))
        #expect(lines[0].unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) } || lines[1].unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
        #expect(lines[4] == "● Huế")
    }

    @Test func edgeCases() {
        #expect(LineChart(series: []).lines(style: ChartStyle()) == ["(no data)"])
        #expect(LineChart(series: [.init(name: "x", years: [2020], values: [nil])]).lines(style: ChartStyle()) == ["(no data)"])
        let single = LineChart(series: [.init(name: "Huế", years: [2024], values: [88.6])])
        #expect(single.lines(style: ChartStyle(width: 40)).contains { $0.contains("2024") })
        let noisy = LineChart(series: [.init(name: "Huế", points: [.init(x: .nan, y: 1), .init(x: 2020, y: .infinity), .init(x: 2021, y: 3)])])
        #expect(noisy.lines(style: ChartStyle(width: 40)).last == "(skipped 2 non-finite values: Huế, Huế)")
    }
}
