import Testing
import TextCharts

@Suite("Golden renderings")
struct GoldenTests {
    @Test("every chart kind in every charset, colour and width", arguments: ChartKind.allCases, GoldenVariant.all)
    func golden(kind: ChartKind, variant: GoldenVariant) {
        let chart = kind.chart
        Golden.check(chart.render(style: variant.style), named: "\(kind.rawValue).\(variant.name)")
        OutputProperties.check(chart, style: variant.style, isBoxTable: kind == .tableBox)
        if let bars = chart as? BarChart {
            OutputProperties.checkBarMonotonic(bars, style: variant.style)
        }
    }

    @Test("renderings fit when ambiguous characters are two cells wide", arguments: ChartKind.allCases)
    func ambiguousWide(kind: ChartKind) {
        for width in [40, 80] {
            let style = ChartStyle(width: width, charset: .unicode, color: true, ambiguousWidth: .wide)
            OutputProperties.check(kind.chart, style: style, isBoxTable: kind == .tableBox)
        }
    }
}
