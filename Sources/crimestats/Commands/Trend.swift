import ArgumentParser
import CrimeAnalytics
import CrimeData

/// `crimestats trend`: OLS, Theil–Sen, Mann–Kendall, CAGR, APC and yearly changes per unit.
struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Trend of one or more metrics per unit: OLS, Theil–Sen, Mann–Kendall, CAGR, APC, yearly changes.",
        discussion: """
            --metric all analyses every metric. Only exact figures of one span enter a series (qualified \
            figures such as "trên 80%" do not). No trend from fewer than 3 years: such series are listed \
            with their figures in one line, and a metric whose every series is that short is one line, not \
            a table. Counts of member units and commendations are not statistics and are not trended. \
            Theil–Sen and Mann–Kendall also need 3 years that do not all tie. Charts break their lines at \
            missing years. Series that cross the 1 July 2025 reorganisation are marked †.
            """)

    @OptionGroup var selection: SelectionOptions
    @OptionGroup var common: CommonOptions

    /// Series analysed and written together in CSV output.
    static let chunk = 20_000

    @Option(help: "Confidence level of the intervals.")
    var level: Double = 0.95

    func validate() throws {
        try common.rejectHTML(command: "trend")
        guard !selection.metric.isEmpty else { throw ValidationError("give --metric (repeatable) or --metric all") }
        guard level > 0.5, level < 1 else { throw ValidationError("--level must be between 0.5 and 1") }
    }

    func run() throws {
        let gazetteer = try common.gazetteer()
        let filter = try selection.filter(gazetteer: gazetteer)
        var collector = SeriesCollector(span: selection.spanValue)
        if common.dataPaths.isEmpty {
            for o in try Dataset.bundled().observations where filter.includes(o) { collector.add(o) }
        } else {
            // Streamed: a large file never sits in memory as rows.
            var reader = ObservationReader(gazetteer: gazetteer, keepsProvenance: false)
            for path in common.dataPaths { try reader.read(path: path) { if filter.includes($0) { collector.add($0) } } }
        }
        let series = collector.series()
        if common.format == .csv {
            // Every input row has been read and checked, so nothing below can fail: CSV goes out in chunks of
            // series (each chunk one batched fit), which keeps memory to one chunk's results.
            Output.write(TrendRendering.csvHeader)
            for start in stride(from: 0, to: series.count, by: Trend.chunk) {
                let part = Array(series[start..<min(series.count, start + Trend.chunk)])
                Output.write(TrendRendering.csv(TrendAnalysis.analyse(part, confidenceLevel: level), header: false))
            }
            return
        }
        let trends = TrendAnalysis.analyse(series, confidenceLevel: level)
        Output.write(TrendRendering.render(trends, format: common.format, lang: common.lang, style: common.chartStyle(),
                                           span: selection.spanValue))
    }
}
