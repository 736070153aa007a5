import ArgumentParser
import CrimeAnalytics
import CrimeData

extension OverdispersionMode: ExpressibleByArgument {}

/// `crimestats compare`: one year's clearance rates across units, with intervals, funnel flags and ranks.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare one year's clearance rate across units: Wilson intervals, funnel plot, expected ranks.",
        discussion: """
            Only units that state both counts (cases cleared and crimes) for the year enter; the base is \
            crimes_social_order where that is the count stated, else crimes_recorded, and the output says \
            which. Funnel flags use the overdispersion-adjusted (additive τ²) limits when the φ test is \
            significant at 5% (--overdispersion auto), and say which limits were used. Expected ranks \
            (1 = highest) carry the uncertainty a league table hides. When the table is too narrow for the \
            width, a note names every column left out.
            """)

    @Option(help: "clearance_rate or serious_clearance_rate.")
    var metric: String = "clearance_rate"

    @Option(help: "The year to compare (default: the latest year with at least two comparable units).")
    var year: Int?

    @Option(help: "Only this kind of unit (repeatable): province, city, cluster, … (default: provinces and cities).")
    var unitType: [UnitType] = []

    @Option(help: "Which part of the year: year, h1, 9m, Nm, q1…q4, month.")
    var span: String = "year"

    @Option(help: "Funnel limits: auto, none, multiplicative or additive.")
    var overdispersion: OverdispersionMode = .auto

    @Flag(help: "Also list every pair's difference with its Newcombe interval and Holm-adjusted p.")
    var pairs = false

    @Option(help: "Text chart: dot (intervals) or funnel.")
    var chart: CompareChart = .dot

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try common.rejectHTML(command: "compare")
        guard let m = MetricCatalog.metric(metric), m.numerator != nil, !m.denominators.isEmpty else {
            throw ValidationError("--metric must be a rate with counts: clearance_rate, serious_clearance_rate, special_serious_clearance_rate or reports_resolution_rate")
        }
        guard Span(option: span) != nil else { throw ValidationError("bad --span \"\(span)\"") }
    }

    func run() throws {
        let types = Set(unitType.isEmpty ? [.province, .city] : unitType)
        let dataset = try common.dataset().filter { types.contains($0.unit.type) }
        let spanValue = Span(option: span) ?? .year
        let chosenYear = try year ?? RateComparison.latestComparableYear(in: dataset, metric: metric, span: spanValue)
            ?? { throw DataError(Catalog(common.lang)(.errorNoComparableYear, ["metric": .text(metric)])) }()
        let comparison = try RateComparison(dataset: dataset, metric: metric, year: chosenYear, span: spanValue,
                                            overdispersion: overdispersion, pairs: pairs)
        Output.write(CompareRendering.render(comparison, format: common.format, lang: common.lang,
                                             style: common.chartStyle(), chart: chart, unitTypes: types))
    }
}

/// `--chart` of `compare`.
enum CompareChart: String, ExpressibleByArgument, CaseIterable {
    case dot, funnel, none
}
