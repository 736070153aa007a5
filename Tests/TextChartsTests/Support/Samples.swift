import Testing
import TextCharts

/// Realistic (illustrative) figures for Vietnamese provinces and clusters.
enum Samples {
    static let clearance: [(unit: String, recorded: Double, cleared: Double, rate: Double)] = [
        ("Hà Nội", 3210, 2805, 87.4),
        ("Thừa Thiên Huế", 1045, 935, 89.5),
        ("Bà Rịa - Vũng Tàu", 1681, 1311, 78.0),
        ("Đắk Lắk", 2156, 1912, 88.7),
        ("Cụm thi đua số 2", 5873, 5330, 90.8),
        ("Lào Cai", 345, 340, 98.6),
        ("Thành phố Hồ Chí Minh", 8120, 6415, 79.0),
    ]

    static let pooled = 85.6

    static var table: Table {
        Table(
            columns: [
                Table.Column("Đơn vị"), Table.Column("Án ghi nhận"), Table.Column("Điều tra khám phá"), Table.Column("Tỷ lệ %"),
                Table.Column("Ghi chú"),
            ],
            rows: clearance.enumerated().map { index, row in
                [
                    Table.Cell(row.unit),
                    Table.Cell(NumberText.fixed(row.recorded, fractionDigits: 0)),
                    index == 5 ? .missing : Table.Cell(NumberText.fixed(row.cleared, fractionDigits: 0)),
                    Table.Cell(NumberText.fixed(row.rate, fractionDigits: 1), mark: index == 3 ? "*" : nil),
                    Table.Cell(index == 3 ? "báo cáo 88,7% không khớp số án" : index == 2 ? "nguồn: Công an tỉnh" : ""),
                ]
            }
        )
    }

    static var bars: BarChart {
        BarChart(
            bars: clearance.map { BarChart.Bar($0.unit, $0.rate) }, reference: pooled, referenceLabel: "pooled rate",
            format: { NumberText.fixed($0, fractionDigits: 1) + "%" }
        )
    }

    static var changes: BarChart {
        BarChart(
            bars: [
                .init("Hà Nội", -19.6), .init("Thừa Thiên Huế", 4.2), .init("Bà Rịa - Vũng Tàu", -7.5),
                .init("Đắk Lắk", 12.25), .init("Cụm thi đua số 2", -3.1), .init("Lào Cai", 0),
                .init("Quảng Ninh", .nan),
            ],
            order: .given, format: { ($0 > 0 ? "+" : "") + NumberText.fixed($0, fractionDigits: 1) + "%" }
        )
    }

    static var trend: LineChart {
        let years = Array(2016...2025)
        return LineChart(series: [
            .init(name: "Hà Nội", years: years, values: [82.1, 83.5, 84.0, 85.2, 86.9, 86.1, 87.4, 88.0, 88.6, 89.3]),
            .init(name: "Thừa Thiên Huế", years: years, values: [78.0, 80.4, nil, 83.9, 85.0, 87.2, 89.5, 88.1, 90.2, nil]),
            .init(name: "Đắk Lắk", years: years, values: [90.5, 89.0, 88.2, 86.0, 87.1, 88.7, 88.0, 86.5, 85.9, 87.0]),
        ])
    }

    static var sparklines: SparklineChart {
        SparklineChart(
            rows: [
                .init("Hà Nội", values: [82.1, 83.5, 84.0, 85.2, 86.9, 86.1, 87.4, 88.0, 88.6, 89.3], summary: "89.3"),
                .init("Thừa Thiên Huế", values: [78.0, 80.4, nil, 83.9, 85.0, 87.2, 89.5, 88.1, 90.2, nil], summary: "90.2"),
                .init("Bà Rịa - Vũng Tàu", values: [75, 75, 75, 75, 75, 75, 75, 75, 75, 75], summary: "75.0"),
                .init("Lào Cai", values: [95.0, 96.1, 97.3, 98.6], summary: "98.6"),
            ],
            domain: 70...100
        )
    }

    static var dots: DotPlot {
        DotPlot(
            rows: [
                .init("Hà Nội", estimate: 87.4, low: 86.2, high: 88.5),
                .init("Thừa Thiên Huế", estimate: 89.5, low: 87.5, high: 91.2),
                .init("Bà Rịa - Vũng Tàu", estimate: 78.0, low: 76.0, high: 79.9),
                .init("Lào Cai", estimate: 98.6, low: 96.7, high: 99.4),
                .init("Cụm thi đua số 2", estimate: 90.8, low: nil, high: nil),
            ],
            reference: pooled, referenceLabel: "pooled",
            format: { NumberText.fixed($0, fractionDigits: 1) }
        )
    }

    /// Binomial-style limits computed here, in the test, as a caller would (the module computes none).
    static func limits(z: Double) -> @Sendable (Double) -> (lower: Double, upper: Double) {
        { n in
            let p = pooled / 100
            let se = (p * (1 - p) / max(n, 1)).squareRoot()
            return (100 * (p - z * se), 100 * (p + z * se))
        }
    }

    static var funnel: FunnelPlot {
        FunnelPlot(
            points: clearance.map { FunnelPlot.Point($0.unit, n: $0.recorded, rate: $0.rate) },
            target: pooled, targetLabel: "pooled",
            limits95: .function(limits(z: 1.959964)),
            limits998: .table([100, 300, 1000, 3000, 10000].map { n in
                let band = limits(z: 3.090232)(n)
                return FunnelPlot.LimitPoint(n: n, lower: band.lower, upper: band.upper)
            }),
            height: 12, xScale: .logarithmic,
            rateFormat: { NumberText.fixed($0, fractionDigits: 1) },
            countFormat: { NumberText.fixed($0, fractionDigits: 0) }
        )
    }
}

/// Every chart kind that has goldens.
enum ChartKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case tableBox = "table-box"
    case tablePlain = "table-plain"
    case tableMarkdown = "table-markdown"
    case bar = "bar"
    case barNegative = "bar-negative"
    case line = "line"
    case sparkline = "sparkline"
    case dot = "dot"
    case funnel = "funnel"

    var testDescription: String { rawValue }

    var chart: any TextChart {
        switch self {
        case .tableBox: Samples.table
        case .tablePlain: { var table = Samples.table; table.format = .plain; return table }()
        case .tableMarkdown: { var table = Samples.table; table.format = .markdown; return table }()
        case .bar: Samples.bars
        case .barNegative: Samples.changes
        case .line: Samples.trend
        case .sparkline: Samples.sparklines
        case .dot: Samples.dots
        case .funnel: Samples.funnel
        }
    }
}

/// A golden rendering variant: charset, colour, width.
struct GoldenVariant: Sendable, CustomTestStringConvertible {
    var charset: Charset
    var color: Bool
    var width: Int

    static let all: [GoldenVariant] = Charset.allCases.flatMap { charset in
        [false, true].flatMap { color in [40, 80].map { GoldenVariant(charset: charset, color: color, width: $0) } }
    }

    var style: ChartStyle { ChartStyle(width: width, charset: charset, color: color) }
    var name: String { "\(charset.rawValue).\(color ? "color" : "plain").w\(width)" }
    var testDescription: String { name }
}
