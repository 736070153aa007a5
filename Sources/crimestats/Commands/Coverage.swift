import ArgumentParser
import CrimeAnalytics
import CrimeData

/// `crimestats coverage`: what the data can do — unit × year × metric availability and each unit's jobs.
struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What the data can do: which units state what for which years, and which jobs each can do.",
        discussion: """
            Per unit and year (full years unless --span): C both counts of the clearance rate (cases cleared
            and crimes: the unit can enter a comparison), c one of them, r a stated rate only, · other figures.
            Per unit: years it can be compared, metrics with a trend (stated exactly for 3 or more years) and
            validation checks that could fail. --unit NAME shows that unit's metrics × years. CSV has one row per
            unit, year and metric; JSON every job's years.
            """)

    @Option(help: "Only this unit, shown as metrics × years (repeatable; any spelling `crimestats units` resolves).")
    var unit: [String] = []

    @Option(help: "Only this kind of unit (repeatable): national, cluster, region, city, province, district.")
    var unitType: [UnitType] = []

    @Option(help: "Which part of the year: year, h1, 9m, Nm (first N months), q1…q4, month.")
    var span: String = "year"

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard Span(option: span) != nil else {
            throw ValidationError("--span must be year, h1, 9m, Nm (first N months), q1…q4 or month, not \"\(span)\"")
        }
    }

    func run() throws {
        let gazetteer = try common.gazetteer()
        var dataset = try common.dataset()
        if !unitType.isEmpty { dataset = dataset.filter { unitType.contains($0.unit.type) } }
        let units = try unit.map { try gazetteer.resolve($0).unit }
        let coverage = DatasetCoverage(dataset: dataset, span: Span(option: span) ?? .year, gazetteer: gazetteer)
        let name = common.dataPaths.isEmpty ? "the bundled dataset" : common.dataPaths.joined(separator: ", ")
        Output.write(CoverageRendering.render(coverage, detail: units, format: common.format, style: common.chartStyle(),
                                              sourceName: name))
    }
}
