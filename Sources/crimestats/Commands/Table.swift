import ArgumentParser
import CrimeAnalytics
import CrimeData

/// `crimestats table`: one metric as a unit × year table.
struct Table: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A unit × year table of one metric, or several metrics side by side per unit and year.",
        discussion: """
            One --metric: a unit × year table with the change from the previous year (in % for counts, in \
            percentage points for rates). Several --metric options (e.g. --metric crimes_recorded --metric \
            cases_cleared --metric clearance_rate): one row per unit and year, one column per metric. Missing \
            cells stay missing. A cell stated differently by two sources shows the later-published value, \
            marked *, and the other values are listed below the table. Qualified figures ("trên 80%") show \
            their bound. \
            --cluster N keeps the cluster and its members; --aggregate shows, per year, the cluster's own figure \
            beside its members' sum (counts) or pooled rate (rates), given only when every member states it.
            """)

    @OptionGroup var selection: SelectionOptions
    @OptionGroup var common: CommonOptions

    func validate() throws {
        try common.rejectHTML(command: "table")
    }

    func run() throws {
        let dataset = try common.dataset()
        let metrics = try selection.tableMetrics(words: Catalog(common.lang))
        if selection.aggregate, let n = try selection.clusterNumber(gazetteer: common.gazetteer()) {
            guard metrics.count == 1, let metric = metrics.first else {
                throw ValidationError(Catalog(common.lang)(.errorAggregateOneMetric))
            }
            let aggregate = try ClusterAggregate(dataset: dataset, gazetteer: common.gazetteer(), cluster: n, metric: metric.id,
                                                 span: selection.spanValue, years: selection.yearRange)
            Output.write(AggregateRendering.render(aggregate, format: common.format, lang: common.lang, style: common.chartStyle()))
            return
        }
        let filtered = dataset.filtered(by: try selection.filter(gazetteer: common.gazetteer()))
        let tables = metrics.compactMap { filtered.table(metric: $0.id, span: selection.spanValue) }
        if tables.count == 1, let table = tables.first {
            Output.write(TableRendering.render(table, format: common.format, lang: common.lang, style: common.chartStyle()))
        } else {
            Output.write(TableRendering.renderSideBySide(tables, format: common.format, lang: common.lang, style: common.chartStyle()))
        }
    }
}
