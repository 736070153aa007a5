import ArgumentParser
import CrimeData
import TextCharts

extension ColorChoice: ExpressibleByArgument {}
extension CharsetChoice: ExpressibleByArgument {}

/// How text output looks: width, colour, charset, language. Every command that prints for people takes these.
struct DisplayOptions: ParsableArguments {
    @Option(help: "Colour: auto (NO_COLOR, FORCE_COLOR, TTY), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Width of text output in terminal cells (default: the terminal's, else COLUMNS, else 80).")
    var width: Int?

    @Option(help: "Labels and numbers: en (88.7%, 2,156) or vi (88,7%, 2.156).")
    var lang: Language = .en

    @Option(help: "Characters for charts: auto, unicode or ascii (ascii transliterates names).")
    var charset: CharsetChoice = .auto

    func validate() throws {
        if let width, width < 20 || width > 1000 {
            throw ValidationError("--width must be between 20 and 1000 cells, not \(width)")
        }
    }

    /// How text output is drawn: `--width`, else the terminal's (TIOCGWINSZ), else COLUMNS, else 80;
    /// colour by `--color` > NO_COLOR / FORCE_COLOR > TERM=dumb > TTY; charset by `--charset` > locale.
    func chartStyle() -> ChartStyle {
        let environment = Terminal.environment()
        let colour = OutputPolicy.colorEnabled(color, environment: environment,
                                               isTerminal: Terminal.standardOutputIsTerminal)
        return ChartStyle(width: width ?? Terminal.width(environment: environment),
                          charset: OutputPolicy.charset(charset, environment: environment), color: colour)
    }
}

/// Options every analysis command takes: data and format, plus the display options.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A Datasets-schema CSV file to use instead of the bundled dataset (repeatable; - for stdin).",
        valueName: "path"))
    var dataPaths: [String] = []

    @Option(help: "Output format: text, markdown, csv or json (report: text, markdown, json or html).")
    var format: OutputFormat = .text

    @OptionGroup var display: DisplayOptions

    var lang: Language { display.lang }

    /// Every command but `report` writes text, markdown, CSV or JSON.
    func rejectHTML(command: String) throws {
        if format == .html {
            throw ValidationError("--format html is for `crimestats report`; \(command) writes text, markdown, csv or json")
        }
    }

    /// The gazetteer (bundled).
    func gazetteer() throws -> Gazetteer { try Gazetteer.bundled() }

    /// The bundled dataset, or the files given with --data.
    func dataset() throws -> Dataset {
        dataPaths.isEmpty ? try Dataset.bundled() : try Dataset.load(paths: dataPaths, gazetteer: try gazetteer())
    }

    /// How text output is drawn (see ``DisplayOptions/chartStyle()``).
    func chartStyle() -> ChartStyle { display.chartStyle() }
}
