import Testing
import TextCharts

@Suite("Dot plots")
struct DotPlotTests {
    @Test func whiskersDotsAndReference() {
        let plot = DotPlot(
            rows: [.init("Hà Nội", estimate: 50, low: 40, high: 60), .init("Huế", estimate: 80, low: 90, high: 70)],
            reference: 55, referenceLabel: "pooled", format: { NumberText.fixed($0, fractionDigits: 0) }, showsValues: false
        )
        #expect(plot.lines(style: ChartStyle(width: 30)) == [
            "Hà Nội ├───●──┼─┤",
            "Huế           │     ├────●───┤",
            "       ┬───┬────┬───┬────┬───┬",
            "       40  50   60  70   80 90",
            "│ pooled 55",
        ])
    }

    @Test func asciiAndSkippedRows() {
        let plot = DotPlot(rows: [.init("Đắk Lắk", estimate: 1, low: 0, high: 2), .init("Huế", estimate: .nan)])
        let lines = plot.lines(style: ChartStyle(width: 40, charset: .ascii))
        #expect(lines[0].hasPrefix("Dak Lak |"))
        #expect(lines[0].contains("o"))
        #expect(lines.last == "(skipped 1 non-finite value: Hue)")
        #expect(DotPlot(rows: []).lines(style: ChartStyle()) == ["(no data)"])
    }
}
