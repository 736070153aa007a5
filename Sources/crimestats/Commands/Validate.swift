import ArgumentParser
import CrimeAnalytics
import CrimeData
import CrimeExtract

/// `--rounding`: how reporters are assumed to round percentages.
enum RoundingChoice: String, ExpressibleByArgument, CaseIterable {
    case upOrDown = "up-or-down", halfUp = "half-up", halfDown = "half-down", halfEven = "half-even", truncate

    var mode: RoundingMode {
        switch self {
        case .upOrDown: return .upOrDown
        case .halfUp: return .halfUp
        case .halfDown: return .halfDown
        case .halfEven: return .halfEven
        case .truncate: return .truncate
        }
    }
}

/// `--fail-on`: the least severe finding that makes the exit status 1.
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning
}

/// `crimestats validate`: check the percentages, changes and totals reports state against their counts.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check stated percentages, changes and totals against the counts stated with them.",
        discussion: """
            Checks the bundled dataset, or the given files: Datasets-schema CSV or JSON (- for stdin), or report \
            texts (.txt, or report text on stdin: extracted first, and findings cite the text's lines; \
            --show-extracted lists what was read). A percentage with d decimals stands for ±½·10⁻ᵈ; counts that \
            fall outside are an error, with the bases and counts that would fit. One-off check:

              crimestats validate --rate 88,7 --numerator 1681 --denominator 2156

            Exit status: 1 when an error (or, with --fail-on warning, a warning) is found; 2 for bad input.
            """)

    @Argument(help: ArgumentHelp("Datasets-schema CSV files (- for stdin) or report texts (.txt).", valueName: "file"))
    var files: [String] = []

    @Option(help: "How stated percentages were rounded: up-or-down (either half up or half down), half-up, half-down, half-even or truncate.")
    var rounding: RoundingChoice = .upOrDown

    @Option(help: "Tolerance for “gần” (nearly) and “khoảng” (about), in percent of the figure.")
    var tolerance: String = "5"

    @Option(help: "Exit with status 1 on findings of this severity or worse: error or warning.")
    var failOn: FailLevel = .error

    @Option(help: "Text and markdown: list errors, warnings (errors and warnings) or all findings in full; the others are counted. Default: all for a one-off check, warnings otherwise. JSON and CSV always hold all.")
    var show: ShowLevel?

    @Option(help: "One-off check: a stated percentage (88,7 or 88.7).")
    var rate: String?

    @Option(help: "One-off check: the count the percentage is of (1681 or 1.681).")
    var numerator: String?

    @Option(help: "One-off check: the base (2156 or 2.156).")
    var denominator: String?

    @Flag(help: "For report texts: list the figures extracted (and those sent to review) before the findings.")
    var showExtracted = false

    @Option(help: "For report texts: the report's own unit, as for extract --unit.")
    var unit: String?

    @Option(help: "For report texts: the publication date YYYY-MM-DD or YYYY-MM, as for extract --published.")
    var published: String?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try common.rejectHTML(command: "validate")
        guard let t = Validate.decimal(tolerance), t.units >= 0, t.doubleValue < 100 else {
            throw ValidationError("--tolerance must be a percentage from 0 to under 100, not \"\(tolerance)\"")
        }
        if rate == nil && (numerator != nil || denominator != nil) {
            throw ValidationError("--numerator and --denominator go with --rate")
        }
        if let rate {
            guard Validate.decimal(rate) != nil else { throw ValidationError("--rate \"\(rate)\" is not a number (write 88,7 or 88.7)") }
            guard numerator != nil || denominator != nil else {
                throw ValidationError("--rate needs --numerator, --denominator or both")
            }
            if !files.isEmpty || !common.dataPaths.isEmpty {
                throw ValidationError("--rate checks one figure; give no files or --data with it")
            }
            for (name, text) in [("--numerator", numerator), ("--denominator", denominator)] {
                if let text, Validate.count(text) == nil {
                    throw ValidationError("\(name) \"\(text)\" is not a whole number of zero or more")
                }
            }
        }
    }

    func run() throws {
        let options = FigureValidator.Options(rounding: rounding.mode,
                                              tolerancePercent: Validate.decimal(tolerance) ?? DecimalValue(units: 5, scale: 0))
        let gazetteer = try common.gazetteer()
        let validator = FigureValidator(options: options, gazetteer: gazetteer)
        let report: ValidationReport
        if let rate, let stated = Validate.decimal(rate) {
            let k = numerator.flatMap(Validate.count), n = denominator.flatMap(Validate.count)
            var quote = "--rate \(rate)"
            if let numerator { quote += " --numerator \(numerator)" }
            if let denominator { quote += " --denominator \(denominator)" }
            report = ValidationReport(findings: validator.checkRate(stated: stated, numerator: k, denominator: n,
                                                                    source: Catalog(common.format == .json || common.format == .csv ? .en : common.lang)(.sourceCommandLine),
                                                                    quote: quote).map { [$0] } ?? [])
        } else {
            var extracted: [ReportTexts.Extracted] = []
            report = validator.validate(try observations(gazetteer: gazetteer, extracted: &extracted))
            if showExtracted && (common.format == .text || common.format == .markdown) {
                Output.write(ExtractRendering.extractedList(extracted, style: common.chartStyle()))
            }
        }
        let settings = ValidationRendering.Settings(rounding: options.rounding, tolerance: options.tolerancePercent,
                                                    shown: (show ?? (rate != nil ? .all : .warnings)).severity)
        Output.write(ValidationRendering.render(report, settings: settings, format: common.format, lang: common.lang,
                                                style: common.chartStyle()))
        let summary = report.summary
        if summary.errors > 0 || (failOn == .warning && summary.warnings > 0) {
            throw ExitCode(1)
        }
    }

    /// The figures to check: the files given (CSV, stdin, report texts), else --data or the bundled dataset.
    func observations(gazetteer: Gazetteer, extracted: inout [ReportTexts.Extracted]) throws -> [Observation] {
        guard !files.isEmpty else { return try common.dataset().observations }
        let defaultUnit = try unit.map { name in
            try ReportUnit.resolve(name, gazetteer: gazetteer, year: published.flatMap { Int($0.prefix(4)) } ?? 2024).unit
        }
        var observations: [Observation] = []
        var csv: [String] = []
        func flushCSV() throws {
            guard !csv.isEmpty else { return }
            observations += try Dataset.load(paths: csv, gazetteer: gazetteer).observations
            csv = []
        }
        for path in files {
            if path.lowercased().hasSuffix(".txt") {
                try flushCSV()
                let text = try ReportText.read(path: path, displayName: path)
                let e = ReportTexts.extract(text: text, name: path, gazetteer: gazetteer, unit: defaultUnit, published: published)
                extracted.append(e)
                observations += e.result.observations
            } else if path == "-" {
                // Standard input is looked at first: Datasets CSV, JSON (also `extract --format json`), or report text.
                try flushCSV()
                let bytes = try InputFile.readAll(path: "-", limit: 1 << 30)
                var reader = ObservationReader(gazetteer: gazetteer)
                switch StandardInput.kind(of: bytes) {
                case .json: try reader.read(jsonBytes: bytes, name: "<stdin>") { observations.append($0) }
                case .csv:
                    let text = String(decoding: bytes, as: UTF8.self)
                    try reader.read(text: text, fileName: "<stdin>") { observations.append($0) }
                case .reportText:
                    let text = try ReportText.decode(bytes, file: "<stdin>")
                    let e = ReportTexts.extract(text: text, name: "<stdin>", gazetteer: gazetteer, unit: defaultUnit,
                                                published: published)
                    extracted.append(e)
                    observations += e.result.observations
                }
            } else {
                csv.append(path)
            }
        }
        try flushCSV()
        return observations
    }

    /// A decimal written the Vietnamese or the English way ("88,7", "88.7").
    static func decimal(_ text: String) -> DecimalValue? {
        VietnameseNumber.parse(text) ?? DecimalValue(Substring(text.trimmingWhitespaceForOption()))
    }

    /// A whole count ≥ 0 ("1681", "1.681").
    static func count(_ text: String) -> Int64? {
        guard let v = decimal(text)?.integerValue, v >= 0 else { return nil }
        return v
    }
}

extension String {
    func trimmingWhitespaceForOption() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

/// Report texts (.txt, or text on standard input) turned into observations before validation.
enum ReportTexts {
    struct Extracted {
        var name: String
        var text: String
        var result: ExtractionResult
    }

    /// What `extract` reads from a report text (the name as given is the source): findings on these figures cite
    /// the text's own lines.
    static func extract(text: String, name: String, gazetteer: Gazetteer, unit: UnitRef?, published: String?) -> Extracted {
        let extractor = ReportExtractor(gazetteer: gazetteer)
        return Extracted(name: name, text: text,
                         result: extractor.extract(text: text, source: name, defaultUnit: unit, published: published))
    }
}

/// `--show` of `validate`.
enum ShowLevel: String, ExpressibleByArgument, CaseIterable {
    case errors, warnings, all

    var severity: ValidationFinding.Severity {
        switch self {
        case .errors: return .error
        case .warnings: return .warning
        case .all: return .info
        }
    }
}
