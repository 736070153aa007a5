import ArgumentParser
import CrimeAnalytics
import CrimeData

/// `crimestats report`: the main job — trend tables, the latest comparison and the validation summary.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The report on the data: yearly trend tables, the latest clearance comparison, validation summary.",
        discussion: """
            Exits 0 whatever validation finds (use `crimestats validate` for a failing status).

            --format markdown writes a report to publish, its figures citing their sources in footnotes; \
            --format html writes one self-contained page (inline CSS and SVG charts, every figure linked to \
            its source, readable on a phone). --lang vi writes every word in Vietnamese, with Vietnamese \
            numbers (88,7%, 2.156) and dates (15/12/2023).
            """)

    @Option(help: "How many validation findings to show in full.")
    var top: Int = 5

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard common.format != .csv else { throw ValidationError("report is text, markdown or json; use table/trend/compare for CSV") }
        guard (0...100).contains(top) else { throw ValidationError("--top must be 0 … 100") }
    }

    func run() throws {
        let dataset = try common.dataset()
        let gazetteer = try common.gazetteer()
        let content = ReportContent.build(dataset: dataset, gazetteer: gazetteer,
                                          sourceName: common.dataPaths.joined(separator: ", "))
        Output.write(ReportRendering.render(content, format: common.format, lang: common.lang, style: common.chartStyle(), top: top))
    }
}
