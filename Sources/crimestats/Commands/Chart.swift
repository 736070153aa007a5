import ArgumentParser
import CrimeData
import TextCharts

/// `crimestats chart`: draw any CSV as a bar, line, sparkline or dot chart in the terminal.
struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw any CSV (with a header row) as a bar, line, spark or dot chart.",
        discussion: """
            bar:   --x LABEL-COLUMN --y VALUE-COLUMN
            line:  --x YEAR-COLUMN --y VALUE-COLUMN (repeatable), or --group COLUMN for one line per group
            spark: --y VALUE-COLUMN, one sparkline per --group (ordered by --x), on a shared scale
            dot:   --x LABEL-COLUMN --y ESTIMATE --low COLUMN --high COLUMN

            Empty cells are gaps. A cell that is not a number is an error naming its line and column. \
            Numbers may use "." or the Vietnamese "," as decimal mark ("88,7").
            """)

    @Argument(help: "bar, line, spark or dot.")
    var kind: ChartKind

    @Argument(help: "A CSV file, or - for standard input.")
    var file: String

    @Option(help: "Label (bar, dot) or x (line, spark) column.")
    var x: String?

    @Option(help: "Value column (repeatable for line).")
    var y: [String] = []

    @Option(help: "Column whose values split the rows into series (line, spark).")
    var group: String?

    @Option(help: "Lower interval column (dot).")
    var low: String?

    @Option(help: "Upper interval column (dot).")
    var high: String?

    @Option(help: "Field delimiter: a single character, or 'tab'.")
    var delimiter: String = ","

    @Option(help: "A reference value drawn as a line (bar, dot).")
    var reference: Double?

    @Option(help: "Chart title.")
    var title: String?

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard delimiterByte != nil else { throw ValidationError("--delimiter must be one ASCII character or 'tab'") }
        guard !y.isEmpty else { throw ValidationError("give --y VALUE-COLUMN") }
        if kind == .bar || kind == .dot, x == nil { throw ValidationError("\(kind.rawValue) needs --x LABEL-COLUMN") }
        if kind == .dot, low == nil || high == nil { throw ValidationError("dot needs --low and --high columns") }
    }

    var delimiterByte: UInt8? {
        if delimiter == "tab" || delimiter == "\\t" { return 9 }
        guard delimiter.utf8.count == 1, let b = delimiter.utf8.first, b < 0x80 else { return nil }
        return b
    }

    func run() throws {
        let table = try CSVColumns.read(path: file, delimiter: delimiterByte ?? 44)
        let style = display.chartStyle()
        let chart = try ChartBuilder(table: table, kind: kind, x: x, y: y, group: group, low: low, high: high,
                                     reference: reference).chart()
        var out = title.map { style.displayText($0) + "\n" } ?? ""
        out += chart.render(style: style) + "\n"
        Output.write(out)
    }
}

/// The kinds of `crimestats chart`.
enum ChartKind: String, ExpressibleByArgument, CaseIterable {
    case bar, line, spark, dot
}
