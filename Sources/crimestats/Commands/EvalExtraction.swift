import ArgumentParser
import CrimeData
import CrimeExtract
import Foundation

/// `crimestats eval-extraction` (hidden, development): precision and recall of `extract` on the seeds and
/// on the reference phrases. Used by `make eval`; needs ../shared.
struct EvalExtraction: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-extraction",
        abstract: "Score extraction against the seeds' figures and the reference phrases (development).",
        discussion: """
            Seeds: every *.txt in --seeds is extracted as a whole report and matched on unit, period, metric, \
            value and qualifier against the rows of the bundled Datasets/reported_figures.csv whose source \
            names "[seed FILE]". Phrases: rows of --phrases are grouped by quote; each quote is extracted with \
            the row's unit as the report's unit and the row's period as its period, and matched on metric, value \
            and qualifier. Precision = hits / figures extracted; recall = hits / expected rows.
            """,
        shouldDisplay: false)

    @Option(help: ArgumentHelp("Directory of seed report texts.", valueName: "dir"))
    var seeds: String

    @Option(help: ArgumentHelp("reference_figures CSV of short phrases (source_url,…,quote).", valueName: "csv"))
    var phrases: String

    @Flag(help: "List every miss and false positive.")
    var verbose = false

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        let extractor = ReportExtractor(gazetteer: gazetteer)
        let seedScore = try scoreSeeds(extractor)
        let phraseScore = try scorePhrases(extractor, gazetteer: gazetteer)
        var out = ""
        out += EvalExtraction.render("Seeds (\(seeds); unit, period, metric, value, qualifier)", seedScore, verbose: verbose)
        out += "\n"
        out += EvalExtraction.render("Phrases (\(phrases); metric, value, qualifier)", phraseScore, verbose: verbose)
        Output.write(out)
    }

    func scoreSeeds(_ extractor: ReportExtractor) throws -> ExtractionScore {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw DataError("no *.txt seed reports in \(seeds)") }
        let answers = try Dataset.bundled().observations
        var score = ExtractionScore()
        for name in names {
            let path = (seeds as NSString).appendingPathComponent(name)
            let text = try ReportText.read(path: path, displayName: path)
            let expected = answers.filter { $0.source.contains("[seed \(name)]") }
            let published = expected.first(where: { !$0.published.isEmpty })?.published
            let result = extractor.extract(text: text, source: name, defaultUnit: nil, published: published)
            score.add(extracted: result.figures.map { f in
                          let key = EvalExtraction.key(unit: f.unit, period: f.period, metric: f.metric, value: f.value,
                                                       qualifier: f.qualifier)
                          return .init(key: key, metric: f.metric, text: "\(name): \(key) — \"\(f.quote)\"")
                      },
                      expected: expected.map { o in
                          let key = EvalExtraction.key(unit: o.unit, period: o.period, metric: o.metric, value: o.exactValue,
                                                       qualifier: o.qualifier)
                          return .init(key: key, metric: o.metric, text: "\(name): \(key) — \"\(o.quote)\"")
                      })
        }
        return score
    }

    func scorePhrases(_ extractor: ReportExtractor, gazetteer: Gazetteer) throws -> ExtractionScore {
        var text = try ReportText.read(path: phrases, displayName: phrases)
        // The reference file names its first column source_url; the reader wants the Datasets name.
        if text.hasPrefix("source_url,") { text = "source," + text.dropFirst("source_url,".count) }
        var reader = ObservationReader(gazetteer: gazetteer)
        var groups: [String: [Observation]] = [:]
        var order: [String] = []
        try reader.read(text: text, fileName: phrases) { o in
            if groups[o.quote] == nil { order.append(o.quote) }
            groups[o.quote, default: []].append(o)
        }
        var score = ExtractionScore()
        for quote in order {
            guard let rows = groups[quote], let first = rows.first else { continue }
            let result = extractor.extract(text: quote, source: "phrase", defaultUnit: first.unit,
                                           documentPeriod: first.period,
                                           published: first.published.isEmpty ? nil : first.published)
            score.add(extracted: result.figures.map { f in
                          let key = "\(f.metric)=\(ExtractionScore.valueKey(f.value))/\(f.qualifier.rawValue)"
                          return .init(key: key, metric: f.metric, text: "\(key) ← \"\(quote)\"")
                      },
                      expected: rows.map { o in
                          let key = "\(o.metric)=\(ExtractionScore.valueKey(o.exactValue))/\(o.qualifier.rawValue)"
                          return .init(key: key, metric: o.metric, text: "\(key) ← \"\(quote)\"")
                      })
        }
        return score
    }

    static func key(unit: UnitRef?, period: Period?, metric: String, value: DecimalValue, qualifier: Qualifier) -> String {
        "\(unit?.name ?? "?")|\(period?.description ?? "?")|\(metric)=\(ExtractionScore.valueKey(value))/\(qualifier.rawValue)"
    }

    static func render(_ title: String, _ score: ExtractionScore, verbose: Bool) -> String {
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        let o = score.overall
        let f1 = o.precision + o.recall == 0 ? 0 : 2 * o.precision * o.recall / (o.precision + o.recall)
        var out = "\(title)\n"
        out += "  overall: precision \(pct(o.precision))  recall \(pct(o.recall))  F1 \(pct(f1))  "
            + "(\(o.hits) hits, \(o.extracted) extracted, \(o.expected) expected)\n"
        out += "  metric                                          expected extracted  hits  precision  recall\n"
        let rows = score.byMetric.sorted { a, b in
            a.value.expected != b.value.expected ? a.value.expected > b.value.expected : a.key < b.key
        }
        for (metric, t) in rows {
            let name = metric.padding(toLength: 46, withPad: " ", startingAt: 0)
            out += "  \(name) \(String(t.expected).leftPad(8)) \(String(t.extracted).leftPad(9)) \(String(t.hits).leftPad(5))"
                + "  \(pct(t.precision).leftPad(9))  \(pct(t.recall).leftPad(6))\n"
        }
        let weakest = rows.filter { $0.value.expected + $0.value.extracted >= 3 }
            .sorted { min($0.value.precision, $0.value.recall) < min($1.value.precision, $1.value.recall) }
            .prefix(5)
        out += "  weakest: " + weakest.map { "\($0.key) (P \(pct($0.value.precision)), R \(pct($0.value.recall)))" }
            .joined(separator: "; ") + "\n"
        if verbose {
            for m in score.misses { out += "  MISS \(m.text)\n" }
            for f in score.falsePositives { out += "  EXTRA \(f.text)\n" }
        }
        return out
    }
}

extension String {
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
