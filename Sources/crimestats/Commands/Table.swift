import ArgumentParser
import CrimeAnalytics
import CrimeData

/// `crimestats table`: one metric as a unit × year table.
struct Table: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A unit × year table of one metric, with the change from the previous year.",
        discussion: """
            Changes are in % for counts and in percentage points for rates. Missing cells stay missing.
            A cell stated differently by two sources shows the later-published value, marked *, and the
            other values are listed below the table. Qualified figures ("trên 80%") show their bound.
            --cluster N keeps the cluster and its members; --aggregate shows, per year, the cluster's own figure
            beside its members' sum (counts) or pooled rate (rates), given only when every member states it.
            """)

    @OptionGroup var selection: SelectionOptions
    @OptionGroup var common: CommonOptions

    func run() throws {
        let dataset = try common.dataset()
        let metric = try selection.singleMetric()
        if selection.aggregate, let n = try selection.clusterNumber(gazetteer: common.gazetteer()) {
            let aggregate = try ClusterAggregate(dataset: dataset, gazetteer: common.gazetteer(), cluster: n, metric: metric.id,
                                                 span: selection.spanValue, years: selection.yearRange)
            Output.write(AggregateRendering.render(aggregate, format: common.format, lang: common.lang, style: common.chartStyle()))
            return
        }
        let filtered = dataset.filtered(by: try selection.filter(gazetteer: common.gazetteer()))
        guard let table = filtered.table(metric: metric.id, span: selection.spanValue) else {
            throw DataError("unknown metric \(metric.id)")
        }
        Output.write(TableRendering.render(table, format: common.format, lang: common.lang, style: common.chartStyle()))
    }
}
