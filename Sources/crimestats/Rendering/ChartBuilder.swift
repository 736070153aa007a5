import CrimeData
import TextCharts

/// Builds a TextCharts chart from CSV columns for `crimestats chart`.
struct ChartBuilder {
    let table: CSVColumns
    let kind: ChartKind
    let x: String?
    let y: [String]
    let group: String?
    let low: String?
    let high: String?
    let reference: Double?

    func chart() throws -> any TextChart {
        switch kind {
        case .bar:
            let label = try table.column(x ?? ""), value = try table.column(y[0])
            var bars: [BarChart.Bar] = []
            for i in table.rows.indices {
                guard let v = try table.number(row: i, column: value) else { continue }
                bars.append(BarChart.Bar(table.text(row: i, column: label), v))
            }
            return BarChart(bars: bars, order: .given, reference: reference)
        case .dot:
            let label = try table.column(x ?? ""), value = try table.column(y[0])
            let lo = try table.column(low ?? ""), hi = try table.column(high ?? "")
            var rows: [DotPlot.Row] = []
            for i in table.rows.indices {
                guard let v = try table.number(row: i, column: value) else { continue }
                rows.append(DotPlot.Row(table.text(row: i, column: label), estimate: v,
                                        low: try table.number(row: i, column: lo), high: try table.number(row: i, column: hi)))
            }
            return DotPlot(rows: rows, reference: reference)
        case .line:
            return LineChart(series: try series())
        case .spark:
            let lines = try series()
            return SparklineChart(rows: lines.map { s in SparklineChart.Row(s.name, values: s.points.map(\.y)) })
        }
    }

    /// Series by --group (one per distinct value, in order of appearance) or by --y columns; x from --x or row order.
    func series() throws -> [LineChart.Series] {
        let xIndex = try x.map { try table.column($0) }
        let yIndexes = try y.map { try table.column($0) }
        func xValue(_ i: Int) throws -> Double? { try xIndex.map { try table.number(row: i, column: $0) } ?? Double(i + 1) }
        if let group {
            let g = try table.column(group)
            var order: [String] = []
            var points: [String: [LineChart.Point]] = [:]
            for i in table.rows.indices {
                let key = table.text(row: i, column: g)
                guard let xv = try xValue(i) else { continue }
                if points[key] == nil { order.append(key) }
                points[key, default: []].append(LineChart.Point(x: xv, y: try table.number(row: i, column: yIndexes[0])))
            }
            return order.map { LineChart.Series(name: $0, points: (points[$0] ?? []).sorted { $0.x < $1.x }) }
        }
        return try zip(y, yIndexes).map { name, column in
            var points: [LineChart.Point] = []
            for i in table.rows.indices {
                guard let xv = try xValue(i) else { continue }
                points.append(LineChart.Point(x: xv, y: try table.number(row: i, column: column)))
            }
            return LineChart.Series(name: name, points: points.sorted { $0.x < $1.x })
        }
    }
}
