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
            and qualifier. Articles: the quotes of each source read together in file order, one paragraph; the \
            source's distinct figures against its distinct rows. Precision = hits / figures extracted; recall = \
            hits / expected rows.
            """,
        shouldDisplay: false)

    @Option(help: ArgumentHelp("Directory of seed report texts.", valueName: "dir"))
    var seeds: String?

    @Option(help: ArgumentHelp("reference_figures CSV of short phrases (source_url,…,quote).", valueName: "csv"))
    var phrases: String?

    @Option(help: ArgumentHelp("A blind paragraph set (JSON; repeatable).", valueName: "json"))
    var blind: [String] = []

    @Flag(help: "List every miss and false positive.")
    var verbose = false

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        let extractor = ReportExtractor(gazetteer: gazetteer)
        var out = try scoreBlindSets(extractor, gazetteer: gazetteer)
        if let seeds {
            let seedScore = try scoreSeeds(extractor, seeds: seeds)
            out += EvalExtraction.render("Seeds (\(seeds); unit, period, metric, value, qualifier)", seedScore, verbose: verbose)
            out += "\n"
        }
        guard let phrases else { Output.write(out); return }
        let phraseScore = try scorePhrases(extractor, gazetteer: gazetteer, phrases: phrases)
        out += EvalExtraction.render("Phrases (\(phrases); metric, value, qualifier)", phraseScore.raw, verbose: verbose)
        out += "  left out: \(phraseScore.membersLeftOut) `members` rows (counts of member provinces, not statistics)\n"
        out += "  of the \(phraseScore.raw.falsePositives.count) figures not expected for their quote, \(phraseScore.elsewhere) "
            + "are rows of the same source recorded under another quote\n"
        let s = phraseScore.stated.overall
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        out += "  breakdown: \(phraseScore.domainless) rows quote no word of their metric's domain "
            + "(\(phraseScore.domainlessHits) of them hit anyway); without them and their figures: precision "
            + "\(pct(s.precision))  recall \(pct(s.recall))  (\(s.hits) hits, \(s.extracted) extracted, \(s.expected) expected)\n"
        let articlesTitle = "Articles (the quotes of each of \(phraseScore.articleCount) sources read together, "
            + "in file order, one paragraph)"
        out += "\n" + EvalExtraction.render(articlesTitle, phraseScore.articles, verbose: verbose)
        Output.write(out)
    }

    func scoreSeeds(_ extractor: ReportExtractor, seeds: String) throws -> ExtractionScore {
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
            score.add(extracted: result.read.map { f in
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

    /// The phrase scores: raw, and without the rows whose quote names no word of their metric's domain.
    struct PhraseScores {
        var raw = ExtractionScore()
        /// Rows and figures left when quotes that name no domain for their metric are set aside.
        var stated = ExtractionScore()
        /// `members` rows left out: counts of member provinces, not statistics.
        var membersLeftOut = 0
        /// Rows whose quote names no domain word of their metric family, and how many of them were hits.
        var domainless = 0
        var domainlessHits = 0
        /// Extracted figures not expected for their quote that are rows of the same source under another quote.
        var elsewhere = 0
        /// Article by article: the quotes of each source, in file order, read as one paragraph; distinct
        /// (metric, value, qualifier) figures of the source against its distinct rows.
        var articles = ExtractionScore()
        var articleCount = 0
    }

    /// Words that name each metric family's domain, folded (no diacritics, lower case). A reference row of a
    /// family whose quote contains none of them ("Toàn quốc xảy ra 26.134 vụ" recorded as environment_cases
    /// because of a heading the quote leaves out) states no domain: no reading of the quote alone can give
    /// its metric. First matching prefix wins. General crime counts, clearances and offenders have no family.
    static let domainWords: [(prefixes: [String], words: [String])] = [
        (["drug_"], ["ma tuy", "heroin", "chat cam"]),
        (["economic_"], ["kinh te", "buon lau", "hang gia", "gian lan thuong mai"]),
        (["corruption_"], ["tham nhung", "chuc vu"]),
        (["environment_"], ["moi truong", "an toan thuc pham"]),
        (["traffic_"], ["giao thong", "tai nan", "tngt"]),
        (["crime_deaths", "crime_injuries"], ["pham toi", "toi pham", "hinh su", "pphs", "trat tu", "ttxh", "vu an", "giet"]),
        (["special_serious_"], ["dac biet nghiem trong"]),
        (["very_serious_"], ["rat nghiem trong"]),
        (["serious_"], ["nghiem trong", "trong an"]),
        (["murder_"], ["giet nguoi"]),
        (["fugitives_dangerous_"], ["nguy hiem"]),
        (["social_order_"], ["trat tu", "ttxh"]),
        (["cases_prosecuted", "defendants"], ["khoi to", "bi can", "truy to"]),
    ]

    /// Whether a quote names a domain word of the metric's family (true for metrics of no family).
    static func namesDomain(_ metric: String, quote: String) -> Bool {
        guard let family = domainWords.first(where: { f in f.prefixes.contains { metric.hasPrefix($0) } }) else { return true }
        let key = " " + VietnameseText.foldedKey(quote) + " "
        return family.words.contains { key.contains(" " + $0 + " ") }
    }

    func scorePhrases(_ extractor: ReportExtractor, gazetteer: Gazetteer, phrases: String) throws -> PhraseScores {
        var text = try ReportText.read(path: phrases, displayName: phrases)
        // The reference file names its first column source_url; the reader wants the Datasets name.
        if text.hasPrefix("source_url,") { text = "source," + text.dropFirst("source_url,".count) }
        var reader = ObservationReader(gazetteer: gazetteer)
        var groups: [String: [Observation]] = [:]
        var order: [String] = []
        var scores = PhraseScores()
        var bySource: [String: [(quote: String, key: String)]] = [:]
        try reader.read(text: text, fileName: phrases) { o in
            // Counts of member provinces ("Công an 7 tỉnh") are not statistics: not in the phrase set.
            if o.metric == "members" { scores.membersLeftOut += 1; return }
            if groups[o.quote] == nil { order.append(o.quote) }
            groups[o.quote, default: []].append(o)
            bySource[o.source, default: []].append((o.quote, EvalExtraction.phraseKey(o.metric, o.exactValue, o.qualifier)))
        }
        scores.articleCount = scoreArticles(extractor, order: order, groups: groups, into: &scores.articles)
        for quote in order {
            guard let rows = groups[quote], let first = rows.first else { continue }
            let result = extractor.extract(text: quote, source: "phrase", defaultUnit: first.unit,
                                           documentPeriod: first.period,
                                           published: first.published.isEmpty ? nil : first.published)
            let extracted: [ExtractionScore.Item] = result.read.map { f in
                let key = EvalExtraction.phraseKey(f.metric, f.value, f.qualifier)
                return .init(key: key, metric: f.metric, text: "\(key) ← \"\(quote)\"")
            }
            let expected: [ExtractionScore.Item] = rows.map { o in
                let key = EvalExtraction.phraseKey(o.metric, o.exactValue, o.qualifier)
                return .init(key: key, metric: o.metric, text: "\(key) ← \"\(quote)\"")
            }
            let before = scores.raw.falsePositives.count
            scores.raw.add(extracted: extracted, expected: expected)
            // Figures not expected here but recorded from the same source under another (overlapping) quote.
            let sources = Set(rows.map(\.source))
            for fp in scores.raw.falsePositives[before...] {
                let key = String(fp.text.prefix(while: { $0 != " " }))
                if sources.contains(where: { s in bySource[s, default: []].contains { $0.quote != quote && $0.key == key } }) {
                    scores.elsewhere += 1
                }
            }
            // Set aside rows whose quote names no domain of their metric, with one extracted figure of the same
            // value and qualifier each (whatever metric the extractor gave it).
            var keptExpected: [ExtractionScore.Item] = []
            var keptExtracted = extracted
            var hitsHere = ExtractionScore()
            hitsHere.add(extracted: extracted, expected: expected)
            let missed = Set(hitsHere.misses.map(\.key))
            for (row, item) in zip(rows, expected) {
                if EvalExtraction.namesDomain(row.metric, quote: quote) { keptExpected.append(item); continue }
                scores.domainless += 1
                if !missed.contains(item.key) { scores.domainlessHits += 1 }
                let valueKey = item.key.drop(while: { $0 != "=" })
                if let k = keptExtracted.firstIndex(where: { $0.key == item.key })
                    ?? keptExtracted.firstIndex(where: { $0.key.drop(while: { $0 != "=" }) == valueKey }) {
                    keptExtracted.remove(at: k)
                }
            }
            scores.stated.add(extracted: keptExtracted, expected: keptExpected)
        }
        return scores
    }

    /// Scores the quotes of each source read together, in file order, one sentence each: a figure that names
    /// no domain then has the sentences before it, as in the article. Returns the number of sources.
    func scoreArticles(_ extractor: ReportExtractor, order: [String], groups: [String: [Observation]],
                       into score: inout ExtractionScore) -> Int {
        var sources: [String] = []
        var quotesBySource: [String: [String]] = [:]
        var rowsBySource: [String: [Observation]] = [:]
        for quote in order {
            for row in groups[quote] ?? [] {
                if rowsBySource[row.source] == nil { sources.append(row.source) }
                rowsBySource[row.source, default: []].append(row)
                if quotesBySource[row.source]?.contains(quote) != true { quotesBySource[row.source, default: []].append(quote) }
            }
        }
        for source in sources {
            guard let rows = rowsBySource[source], let first = rows.first else { continue }
            let text = (quotesBySource[source] ?? []).map { q in
                q.hasSuffix(".") ? q : q + "."
            }.joined(separator: " ")
            let result = extractor.extract(text: text, source: "article", defaultUnit: first.unit,
                                           documentPeriod: first.period,
                                           published: first.published.isEmpty ? nil : first.published)
            var extractedKeys = Set<String>()
            let extracted: [ExtractionScore.Item] = result.read.compactMap { f in
                let key = EvalExtraction.phraseKey(f.metric, f.value, f.qualifier)
                guard extractedKeys.insert(key).inserted else { return nil }
                return .init(key: key, metric: f.metric, text: "\(key) ← \"\(f.quote)\" [\(source)]")
            }
            var expectedKeys = Set<String>()
            let expected: [ExtractionScore.Item] = rows.compactMap { o in
                let key = EvalExtraction.phraseKey(o.metric, o.exactValue, o.qualifier)
                guard expectedKeys.insert(key).inserted else { return nil }
                return .init(key: key, metric: o.metric, text: "\(key) ← \"\(o.quote)\" [\(source)]")
            }
            score.add(extracted: extracted, expected: expected)
        }
        return sources.count
    }

    static func phraseKey(_ metric: String, _ value: DecimalValue, _ qualifier: Qualifier) -> String {
        "\(metric)=\(ExtractionScore.valueKey(value))/\(qualifier.rawValue)"
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
