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
        guard !dataPaths.isEmpty else { return try Dataset.bundled() }
        return try pointingToExtract { try Dataset.load(paths: dataPaths, gazetteer: try gazetteer()) }
    }

    /// Runs `body`, which reads --data; report text piped in where figures are expected gets a message that says
    /// so, and how to extract it first.
    func pointingToExtract<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DataError where error.location?.file == "<stdin>" && error.location?.line == 1
            && error.message.hasPrefix("missing column") {
            throw DataError(error.message + ". If standard input is report text, extract it first: "
                            + "crimestats extract - --unit UNIT --published YYYY-MM | crimestats \(commandName) --data -",
                            at: error.location)
        }
    }

    /// The command's name, for messages ("table", "trend").
    var commandName: String {
        let args = CommandLine.arguments.dropFirst()
        return args.first(where: { !$0.hasPrefix("-") }) ?? "table"
    }

    /// How text output is drawn (see ``DisplayOptions/chartStyle()``).
    func chartStyle() -> ChartStyle { display.chartStyle() }
}
