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
            which. Without --year, the year with the most such units is compared (ties: the latest), and the \
            output says why. Scope the units with --unit (repeatable), --cluster N (its members that year, from \
            the membership table), --region NAME (a GSO socio-economic region) and --unit-type. A single \
            comparable unit is reported as such, not ranked. --stated lists the rates units state that year, \
            with their qualifiers ("trên 82%" is not 82): as stated, no interval, not comparable in the \
            statistical sense. Funnel flags use the overdispersion-adjusted (additive τ²) limits when the φ test \
            is significant at 5% (--overdispersion auto), and say which limits were used. Expected ranks \
            (1 = highest) carry the uncertainty a league table hides. When the \
            table is too narrow for the width, a note names every column left out.
            """)

    @Option(help: "clearance_rate or serious_clearance_rate.")
    var metric: String = "clearance_rate"

    @Option(help: "The year to compare (default: the year with the most comparable units; ties: the latest).")
    var year: Int?

    @Option(help: "Only this unit (repeatable; any spelling `crimestats units` resolves).")
    var unit: [String] = []

    @Option(help: ArgumentHelp("Only the members of this cluster in the year compared (e.g. 2 or \"Cụm thi đua số II\").", valueName: "n"))
    var cluster: String?

    @Option(help: ArgumentHelp("Only the provinces of this socio-economic region (e.g. \"Tây Nguyên\", \"Đông Nam Bộ\").", valueName: "name"))
    var region: String?

    @Option(help: "Only this kind of unit (repeatable): province, city, cluster, … (default: provinces and cities).")
    var unitType: [UnitType] = []

    @Option(help: "Which part of the year: year, h1, 9m, Nm, q1…q4, month.")
    var span: String = "year"

    @Flag(help: "List the rates units state that year, qualifiers kept (as stated: no interval, not comparable).")
    var stated = false

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
        let gazetteer = try common.gazetteer()
        let scope = try UnitScope(units: unit, cluster: cluster, region: region, gazetteer: gazetteer)
        // Named units set the kinds compared when --unit-type is not given (e.g. clusters).
        let named = Set(scope.units.map(\.type))
        let types = Set(!unitType.isEmpty ? unitType
                        : (!named.isEmpty && scope.cluster == nil && scope.region == nil ? Array(named) : [.province, .city]))
        let dataset = try common.dataset().filter { types.contains($0.unit.type) }
        let spanValue = Span(option: span) ?? .year
        let within: (Int) -> Set<UnitRef>? = { scope.units(in: $0, gazetteer: gazetteer) }
        let context = CompareRendering.Context(scope: scope.isEmpty ? nil : scope, gazetteer: gazetteer, unitTypes: types,
                                               yearGiven: year != nil)
        // The year: as given, else the best covered (for --stated: the most units stating a rate).
        let choice = year != nil ? nil
            : (stated ? StatedRates.bestYear(in: dataset, metric: metric, span: spanValue, scope: within)
               : RateComparison.bestCoveredYear(in: dataset, metric: metric, span: spanValue, scope: within))
        guard let chosen = year ?? choice?.year else {
            Output.write(CompareRendering.nothing(metric: metric, context: context, stated: stated, format: common.format,
                                                 lang: common.lang, style: common.chartStyle()))
            return
        }
        let allowed = within(chosen)
        let inScope = dataset.filter { allowed?.contains($0.unit) ?? true }
        let rates = try StatedRates(dataset: inScope, metric: metric, year: chosen, span: spanValue)
        let shown = context.with(choice: choice, scopeUnits: allowed, statingRate: rates.units.count)
        if stated {
            Output.write(CompareRendering.renderStated(rates, choice: choice, context: shown, format: common.format,
                                                       lang: common.lang, style: common.chartStyle()))
            return
        }
        let comparison = try RateComparison(dataset: inScope, metric: metric, year: chosen, span: spanValue,
                                            overdispersion: overdispersion, pairs: pairs)
        Output.write(CompareRendering.render(comparison, format: common.format, lang: common.lang, style: common.chartStyle(),
                                             chart: chart, context: shown))
    }
}

/// `--chart` of `compare`.
enum CompareChart: String, ExpressibleByArgument, CaseIterable {
    case dot, funnel, none
}
