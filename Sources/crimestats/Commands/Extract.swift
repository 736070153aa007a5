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
            A figure the text does not settle (its subject may be a crime type or a district, its period is a \
            campaign or only the publication date, its percentage may not be a clearance rate…) is not given as a \
            fact: it goes to review with the reason — "needs_review" in JSON; in CSV only with --include-uncertain, \
            which adds the columns status (read or review) and reason. --review prints every figure with its \
            sentence for a reader to check. A summary per file goes to standard error; standard output stays pure \
            CSV/JSON.
            --unit accepts a province or city, a cluster, "Toàn quốc", a district or town ("Xuyên Mộc", "huyện \
            Xuyên Mộc", "TP Pleiku") or an ad-hoc region ("5 tỉnh Tây Nguyên", "7 tỉnh, thành giáp ranh"); \
            --unit-type settles a name that could be either.
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

    @Option(help: "The kind of --unit when its name does not say: province, city, cluster, national, district or region.")
    var unitType: UnitType?

    @Option(help: "Output format: csv or json.")
    var format: Format = .csv

    @Flag(help: "CSV: add the figures sent to review, with the columns status (read or review) and reason.")
    var includeUncertain = false

    @Option(help: "Send read figures below this confidence (0…1) to review.")
    var minConfidence: Double?

    @Flag(help: "Print every figure, read or for review, with its sentence, the number highlighted, its metric, unit, period and reason (text for a reader, not CSV).")
    var review = false

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one report file, or - for standard input") }
        if let published {
            let ok = (published.utf8.count == 7 || published.utf8.count == 10) && YearMonth(published.prefix(7)) != nil
                && (published.utf8.count == 7 || published.dropFirst(7).first == "-" && Int(published.suffix(2)).map { (1...31).contains($0) } == true)
            if !ok { throw ValidationError("--published must be YYYY-MM-DD or YYYY-MM, not \"\(published)\"") }
        }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be given only once") }
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1, not \(minConfidence)")
        }
        if review && includeUncertain { throw ValidationError("--include-uncertain is for CSV; --review already shows every figure") }
    }

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        let year = published.flatMap { Int($0.prefix(4)) } ?? 2024
        var defaultUnit: UnitRef? = nil
        if let unit {
            let resolved = try ReportUnit.resolve(unit, as: unitType, gazetteer: gazetteer, year: year)
            defaultUnit = resolved.unit
            if let note = resolved.note { Output.writeError("note: \(note)\n") }
        }
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
            var result = extractor.extract(text: file.text, source: source ?? file.name, defaultUnit: defaultUnit,
                                           published: published)
            if let minConfidence { result = result.requiring(confidence: minConfidence) }
            results.append((file.name, result))
        }
        progress.finish()
        let output: String
        if review {
            output = ExtractRendering.review(zip(texts, results).map { ($0.0.name, $0.0.text, $0.1.result) },
                                             style: display.chartStyle())
        } else if format == .csv {
            output = includeUncertain ? ExtractRendering.csvWithStatus(results.map(\.result), source: { i in
                source ?? results[i].name
            }, published: published ?? "") : ExtractRendering.csv(results.map(\.result))
        } else {
            output = ExtractRendering.json(results.map { ($0.name, $0.result) })
        }
        Output.write(output)
        Output.writeError(ExtractRendering.summary(results.map { ($0.name, $0.result) }))
    }
}
