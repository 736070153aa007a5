import ArgumentParser
import CrimeAnalytics
import CrimeData

/// `crimestats merge`: adds gathered figures to a Datasets-schema file, checked against their quotes.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge gathered figures into a Datasets-schema CSV file, each checked against its quote.",
        discussion: """
            Every row of NEW must read as the Datasets schema (else nothing is written, exit 2). Each is then
            checked against its quote: the value is among its numbers (Vietnamese forms: 2.156, 88,7%,
            "năm" = 5), a percentage carries "%", cases are not persons, the qualifier matches the word
            before the number (trên, hơn, gần, khoảng, dưới, từ … trở lên), a change has the sign of its
            direction word (giảm, tăng), "so với năm YYYY" is the metric's baseline, and the period ends at
            most two months after publication. Refused rows are listed with file:line:column and reason and
            not added (exit 1); the rest are added, units in canonical form. The same figure from the same
            source is a duplicate, reported and not added twice; another source's figure for the same unit,
            period and metric is kept as its own row (agreeing or conflicting: `validate` reports the
            conflicts). FILE is written atomically, only when something is added (it is created when missing);
            a file in the Datasets order stays sorted.
            """)

    @Argument(help: ArgumentHelp("CSV files of new figures (Datasets schema; `source_url` is read as `source`).", valueName: "new.csv"))
    var files: [String]

    @Option(help: ArgumentHelp("The CSV file to merge into (e.g. Datasets/reported_figures.csv).", valueName: "file"))
    var into: String

    @Flag(help: "Check and summarise only; write nothing.")
    var dryRun = false

    @Option(help: "Summary format: text, markdown or json.")
    var format: OutputFormat = .text

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give the CSV file(s) of new figures, e.g. crimestats merge new.csv --into mine.csv") }
        guard format != .csv else {
            throw ValidationError("the merged figures go to --into \(into); the summary is text, markdown or json")
        }
        if into == "-" { throw ValidationError("--into names a file to write (standard output carries the summary)") }
        if files.contains(into) { throw ValidationError("\(into) is both the file to merge and the file merged into") }
    }

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        let existing: FigureFile
        let created = !Merge.exists(into)
        existing = created ? FigureFile(name: into, rows: []) : try FigureFile.read(path: into, gazetteer: gazetteer)
        var target = existing
        var merges: [FigureMerge] = []
        for path in files {
            let incoming = try FigureFile.read(path: path, gazetteer: gazetteer)
            let merge = FigureMerge(into: target, adding: incoming, gazetteer: gazetteer)
            merges.append(merge)
            target = FigureFile(name: into, rows: merge.rows, hasSchemaHeader: true)
        }
        let findings = MergeRendering.validationOfAdded(merges, all: target.rows.map(\.observation), gazetteer: gazetteer)
        let summary = MergeRendering.Summary(files: files, into: into, created: created, before: existing, after: target,
                                             merges: merges, dryRun: dryRun, headerRewritten: !created && !existing.hasSchemaHeader,
                                             validation: findings)
        if !dryRun && summary.writes {
            let text = FigureFile.csv(target.rows)
            try AtomicFile.write(path: into) { write in try write(text) }
        }
        Output.write(MergeRendering.render(summary, format: format, style: display.chartStyle()))
        if merges.contains(where: { !$0.refused.isEmpty }) { throw ExitCode(1) }
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}

#if canImport(Glibc)
import Glibc
#endif
