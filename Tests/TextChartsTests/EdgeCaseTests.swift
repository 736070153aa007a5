import Testing
import TextCharts

/// Every chart under hostile data and widths: no trap, and the output properties still hold.
@Suite("Edge cases")
struct EdgeCaseTests {
    enum DataCase: String, CaseIterable, Sendable {
        case empty, one, allEqual, negatives, nonFinite, oneVersusMillion, longNames
    }

    static func values(_ data: DataCase) -> [(String, Double)] {
        let long = String(repeating: "Thành phố trực thuộc trung ương Thừa Thiên Huế ", count: 6)
        switch data {
        case .empty: return []
        case .one: return [("Hà Nội", 88.7)]
        case .allEqual: return [("Hà Nội", 5), ("Huế", 5), ("Lào Cai", 5)]
        case .negatives: return [("Hà Nội", -19.6), ("Huế", -0.1), ("Lào Cai", -300)]
        case .nonFinite: return [("Hà Nội", .nan), ("Huế", .infinity), ("Lào Cai", -.infinity), ("Đắk Lắk", 2)]
        case .oneVersusMillion: return [("Hà Nội", 1), ("Thành phố Hồ Chí Minh", 1e6)]
        case .longNames: return [(long, 1), ("Thu\u{031B}\u{0300}a Thie\u{0302}n Hue\u{0302}\u{0301}", 2), ("한국 👨‍👩‍👧", 3)]
        }
    }

    static func charts(_ data: DataCase) -> [(any TextChart, Bool)] {
        let pairs = values(data)
        let years = pairs.indices.map { 2016 + $0 }
        return [
            (Table(headers: ["Đơn vị", "Giá trị"], rows: pairs.map { [$0.0, NumberText.automatic($0.1)] }), true),
            (Table(headers: ["Đơn vị", "Giá trị"], rows: pairs.map { [$0.0, NumberText.automatic($0.1)] }, format: .markdown), false),
            (BarChart(bars: pairs.map { BarChart.Bar($0.0, $0.1) }, reference: pairs.first?.1), false),
            (LineChart(series: [.init(name: pairs.first?.0 ?? "", years: years, values: pairs.map(\.1))]), false),
            (SparklineChart(rows: pairs.map { .init($0.0, values: [$0.1, $0.1 / 2]) }), false),
            (DotPlot(rows: pairs.map { .init($0.0, estimate: $0.1, low: $0.1 - 1, high: $0.1 + 1) }, reference: 0), false),
            (FunnelPlot(points: pairs.map { .init($0.0, n: $0.1.magnitude * 100, rate: $0.1) }, target: 1,
                        limits95: .function { n in (1 - 10 / n, 1 + 10 / n) }, xScale: .logarithmic), false),
            (FunnelPlot(points: pairs.map { .init($0.0, n: $0.1, rate: $0.1) }, target: .nan,
                        limits998: .table([.init(n: 1, lower: .nan, upper: 2)])), false),
            (Paragraph(pairs.map(\.0).joined(separator: " "), hangingIndent: 4), false),
        ]
    }

    @Test(arguments: DataCase.allCases, [-3, 0, 1, 5, 10, 23, 80, 100_000])
    func neverTrapsAndKeepsProperties(data: DataCase, width: Int) {
        for (chart, isBox) in Self.charts(data) {
            for charset in Charset.allCases {
                for ambiguous in [AmbiguousWidth.narrow, .wide] {
                    let style = ChartStyle(width: width, charset: charset, color: true, ambiguousWidth: ambiguous)
                    OutputProperties.check(chart, style: style, isBoxTable: isBox)
                }
            }
        }
    }

    @Test func emptyInputsSayNoData() {
        let style = ChartStyle(width: 40)
        #expect(BarChart(bars: []).render(style: style) == "(no data)")
        #expect(DotPlot(rows: []).render(style: style) == "(no data)")
        #expect(LineChart(series: []).render(style: style) == "(no data)")
        #expect(Table(columns: [], rows: []).render(style: style) == "(no data)")
        #expect(BarChart(bars: []).render(style: ChartStyle(width: 4)) == "(no…")
    }
}
