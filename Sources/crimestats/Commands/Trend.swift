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
            missing years. Series that cross the 1 July 2025 reorganisation are marked †. \
            --cluster N keeps the cluster and its members; --aggregate adds the \
            members' sum (or pooled rate) as a series of its own, in the years every member states it.
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
            try common.pointingToExtract {
                for path in common.dataPaths { try reader.read(path: path) { if filter.includes($0) { collector.add($0) } } }
            }
        }
        var series = collector.series()
        var aggregates: [ClusterAggregate] = []
        if selection.aggregate, let n = try selection.clusterNumber(gazetteer: gazetteer) {
            // The members' sums (or pooled rates) as series of their own, next to the cluster's reported series.
            let dataset = common.dataPaths.isEmpty ? try Dataset.bundled() : try Dataset.load(paths: common.dataPaths, gazetteer: gazetteer)
            let metrics = selection.metric.contains("all") ? series.filter { $0.unit == .cluster(n) }.map(\.metric) : selection.metric
            for id in metrics {
                let aggregate = try ClusterAggregate(dataset: dataset, gazetteer: gazetteer, cluster: n, metric: id,
                                                     span: selection.spanValue, years: selection.yearRange)
                aggregates.append(aggregate)
                // Right after the cluster's own series of the metric (or first, when it has none).
                if !aggregate.series.years.isEmpty {
                    let at = series.firstIndex { $0.unit == .cluster(n) && $0.metric == id }.map { $0 + 1 } ?? 0
                    series.insert(aggregate.series, at: at)
                }
            }
        }
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
        var text = TrendRendering.render(trends, format: common.format, lang: common.lang, style: common.chartStyle(),
                                         span: selection.spanValue)
        if common.format == .text || common.format == .markdown {
            for a in aggregates {
                let incomplete = a.years.filter { $0.membershipStated && $0.aggregate == nil }
                let complete = a.years.filter { $0.aggregate != nil }.map(\.year)
                var note = "\(a.cluster.name), members' \(a.metric.isRate ? "pooled rate" : "sum") of \(a.metric.id): "
                note += complete.isEmpty ? "no year in which every member states it" : "every member states it in \(CompareRendering.yearList(complete))"
                if !incomplete.isEmpty {
                    note += "; not in " + incomplete.map { "\($0.year) (\($0.missing.count) of \($0.members.count) missing)" }.joined(separator: ", ")
                }
                note += ". `crimestats table --metric \(a.metric.id) --cluster \(a.cluster.clusterNumber ?? 0) --aggregate` shows the years."
                text += common.format == .markdown ? "\n" + note + "\n" : Prose.paragraph(note, style: common.chartStyle())
            }
        }
        Output.write(text)
    }
}
