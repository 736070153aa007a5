import ArgumentParser
import CrimeData
import CrimeExtract
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `crimestats extract FILE... | -`: report texts → observations in the Datasets CSV schema (or JSON).
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract reported figures from Vietnamese report texts into the Datasets schema.",
        discussion: """
            Writes CSV (source,published,unit_type,unit,period_start,period_end,metric,value,qualifier,quote) \
            or, with --format json, every figure with its character offsets (Unicode scalars) and a confidence. \
            Figures with no unit or no period are not guessed: they are listed on standard error and under \
            "unattributed" in JSON. A summary per file goes to standard error; standard output stays pure CSV/JSON.
            Unreadable, binary, non-UTF-8, empty or oversized (> 64 MiB) input: a message and exit status 2, \
            nothing on standard output.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Argument(help: ArgumentHelp("Report text files (UTF-8); - for standard input.", valueName: "file"))
    var files: [String]

    @Option(help: "The source column (default: the file name as given; <stdin> for -).")
    var source: String?

    @Option(help: "The report's own unit, for figures that never name one (\"Công an tỉnh\", \"toàn tỉnh\"), e.g. \"Hà Giang\".")
    var unit: String?

    @Option(help: "Publication date YYYY-MM-DD or YYYY-MM: the period of figures whose report names none.")
    var published: String?

    @Option(help: "Output format: csv or json.")
    var format: Format = .csv

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one report file, or - for standard input") }
        if let published {
            let ok = (published.utf8.count == 7 || published.utf8.count == 10) && YearMonth(published.prefix(7)) != nil
                && (published.utf8.count == 7 || published.dropFirst(7).first == "-" && Int(published.suffix(2)).map { (1...31).contains($0) } == true)
            if !ok { throw ValidationError("--published must be YYYY-MM-DD or YYYY-MM, not \"\(published)\"") }
        }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be given only once") }
    }

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        let defaultUnit = try unit.map { try gazetteer.resolve($0).unit }
        // Read and check every file first: malformed input fails before anything is written.
        var texts: [(name: String, text: String)] = []
        for path in files {
            let name = path == "-" ? "<stdin>" : path
            texts.append((name, try ReportText.read(path: path, displayName: name)))
        }
        let extractor = ReportExtractor(gazetteer: gazetteer)
        let progress = ExtractRendering.Progress(total: texts.count, enabled: texts.count > 3 && isatty(2) == 1)
        var results: [(name: String, result: ExtractionResult)] = []
        for (index, file) in texts.enumerated() {
            progress.update(done: index, current: file.name)
            let result = extractor.extract(text: file.text, source: source ?? file.name, defaultUnit: defaultUnit,
                                           published: published)
            results.append((file.name, result))
        }
        progress.finish()
        let output = format == .csv ? ExtractRendering.csv(results.map(\.result))
            : ExtractRendering.json(results.map { ($0.name, $0.result) })
        Output.write(output)
        Output.writeError(ExtractRendering.summary(results.map { ($0.name, $0.result) }))
    }
}
