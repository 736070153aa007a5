import CrimeData
import Foundation

/// A set of report paragraphs written blind, with the figures an analyst records from each: the JSON format
/// of the held-out sets (`[{id, context: {unit, published}, text, phenomena, figures: [...], review: [...]}]`).
///
/// Each expected figure is `{unit_type, unit, period_start, period_end, metric, value, qualifier}`; `review`
/// lists what the text does not settle (not scored as facts: extracting such a figure as a fact is a false
/// positive, sending it to review is neither a hit nor a miss).
public struct BlindParagraphSet: Sendable {
    public struct Paragraph: Sendable {
        public var id: String
        /// The report's own unit and publication date, as an analyst would give them to `extract`.
        public var unit: String?
        public var published: String?
        public var text: String
        public var phenomena: [String]
        public var figures: [ExpectedFigure]
        /// How many figures the set lists as undecided.
        public var reviewCount: Int
    }

    public struct ExpectedFigure: Sendable {
        public var unitType: UnitType?
        public var unit: String
        public var period: Period?
        public var metric: String
        public var value: DecimalValue
        public var qualifier: Qualifier
    }

    public var name: String
    public var paragraphs: [Paragraph]

    /// Reads a set; a malformed entry is an error naming the file and the entry.
    public static func load(path: String) throws -> BlindParagraphSet {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw DataError("\(path): cannot read the blind set (\(error.localizedDescription))")
        }
        guard let array = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            throw DataError("\(path): not a JSON array of paragraphs")
        }
        var paragraphs: [Paragraph] = []
        for (n, entry) in array.enumerated() {
            let id = (entry["id"].map { "\($0)" }) ?? "#\(n + 1)"
            func fail(_ what: String) -> DataError { DataError("\(path): paragraph \(id): \(what)") }
            guard let text = entry["text"] as? String else { throw fail("no text") }
            let context = entry["context"] as? [String: Any] ?? [:]
            var figures: [ExpectedFigure] = []
            for (k, f) in ((entry["figures"] as? [[String: Any]]) ?? []).enumerated() {
                guard let metric = f["metric"] as? String, let unit = f["unit"] as? String,
                      let value = BlindParagraphSet.decimal(f["value"]) else {
                    throw fail("figure \(k + 1) lacks a metric, unit or value")
                }
                let type = (f["unit_type"] as? String).flatMap(UnitType.init(rawValue:))
                let qualifier = (f["qualifier"] as? String).flatMap(Qualifier.init(rawValue:)) ?? .exact
                var period: Period? = nil
                if let s = (f["period_start"] as? String).flatMap({ YearMonth(Substring($0)) }),
                   let e = (f["period_end"] as? String).flatMap({ YearMonth(Substring($0)) }) {
                    period = Period(start: s, end: e)
                }
                figures.append(ExpectedFigure(unitType: type, unit: unit, period: period, metric: metric, value: value,
                                              qualifier: qualifier))
            }
            paragraphs.append(Paragraph(id: id, unit: context["unit"] as? String, published: context["published"] as? String,
                                        text: text, phenomena: (entry["phenomena"] as? [Any])?.map { "\($0)" } ?? [],
                                        figures: figures, reviewCount: (entry["review"] as? [Any])?.count ?? 0))
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return BlindParagraphSet(name: name, paragraphs: paragraphs)
    }

    /// A JSON number or string as a decimal ("88.7", 88.7, 2156, "-7,3").
    static func decimal(_ any: Any?) -> DecimalValue? {
        switch any {
        case let s as String: return DecimalValue(Substring(s)) ?? VietnameseNumber.parse(s)
        case let n as NSNumber: return DecimalValue(Substring("\(n)"))
        default: return nil
        }
    }
}

/// The score of extraction on a blind set: a figure is a hit when an expected figure of its paragraph has the
/// same unit, metric and value, and a period that overlaps; each expected figure matches once. The qualifier
/// is scored apart (how many hits also carry the expected qualifier). Only figures given as facts count as
/// extracted; figures sent to review are counted beside.
public struct BlindSetScore: Sendable {
    public var hits = 0
    public var extracted = 0
    public var expected = 0
    /// Hits whose qualifier is the expected one too.
    public var qualifierAgrees = 0
    /// Figures sent to review, and how many of them were expected facts.
    public var reviewed = 0
    public var reviewedExpected = 0
    public var misses: [String] = []
    public var extras: [String] = []
    /// Hits whose qualifier differs from the expected one ("id: metric=value/extracted, expected q").
    public var qualifierDifferences: [String] = []

    public init() {}

    public var precision: Double { extracted == 0 ? (expected == 0 ? 1 : 0) : Double(hits) / Double(extracted) }
    public var recall: Double { expected == 0 ? 1 : Double(hits) / Double(expected) }

    /// The matching key of a unit: its family (provincial units are one) and its folded name, punctuation dropped.
    static func unitKey(type: UnitType?, name: String) -> String {
        var n = name
        if type == .district { n = Gazetteer.districtName(VietnameseText.canonical(name)) }
        let folded = VietnameseText.foldedKey(n).unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == " " }
        let words = String(String.UnicodeScalarView(folded)).split(separator: " ").joined(separator: " ")
        let family = type.map { $0.isProvincial ? "provincial" : $0.rawValue } ?? "?"
        return family + ":" + words
    }

    static func overlaps(_ a: Period?, _ b: Period?) -> Bool {
        guard let a, let b else { return false }
        return a.start <= b.end && b.start <= a.end
    }

    /// One paragraph: `facts` are the figures given as read, `reviewed` those sent to review.
    /// Returns, for each fact and each figure sent to review, whether it is an expected figure (for calibrating
    /// confidence).
    @discardableResult
    public mutating func add(_ paragraph: BlindParagraphSet.Paragraph, facts: [ExtractedFigure],
                             reviewed sentToReview: [ExtractedFigure] = []) -> (facts: [Bool], reviewed: [Bool]) {
        var hitFlags: [Bool] = []
        var reviewFlags: [Bool] = []
        var open = paragraph.figures.indices.map { _ in true }
        func label(_ unit: String, _ period: Period?, _ metric: String, _ value: DecimalValue, _ q: Qualifier) -> String {
            "\(paragraph.id): \(unit)|\(period?.description ?? "?")|\(metric)=\(ExtractionScore.valueKey(value))/\(q.rawValue)"
        }
        func matching(_ f: ExtractedFigure) -> Int? {
            let key = f.unit.map { BlindSetScore.unitKey(type: $0.type, name: $0.name) }
            let value = ExtractionScore.valueKey(f.value)
            return paragraph.figures.indices.first { i in
                let e = paragraph.figures[i]
                return open[i] && e.metric == f.metric && ExtractionScore.valueKey(e.value) == value
                    && key == BlindSetScore.unitKey(type: e.unitType, name: e.unit) && BlindSetScore.overlaps(e.period, f.period)
            }
        }
        expected += paragraph.figures.count
        for f in facts {
            extracted += 1
            if let i = matching(f) {
                open[i] = false
                hits += 1
                hitFlags.append(true)
                if paragraph.figures[i].qualifier == f.qualifier { qualifierAgrees += 1 } else {
                    qualifierDifferences.append("\(paragraph.id): \(f.metric)=\(ExtractionScore.valueKey(f.value))/\(f.qualifier.rawValue), "
                                                + "expected \(paragraph.figures[i].qualifier.rawValue)")
                }
            } else {
                hitFlags.append(false)
                extras.append(label(f.unit?.name ?? "?", f.period, f.metric, f.value, f.qualifier))
            }
        }
        var stillOpen = open
        for f in sentToReview {
            reviewed += 1
            let key = f.unit.map { BlindSetScore.unitKey(type: $0.type, name: $0.name) }
            if let i = paragraph.figures.indices.first(where: { i in
                let e = paragraph.figures[i]
                return stillOpen[i] && e.metric == f.metric && ExtractionScore.valueKey(e.value) == ExtractionScore.valueKey(f.value)
                    && key == BlindSetScore.unitKey(type: e.unitType, name: e.unit) && BlindSetScore.overlaps(e.period, f.period)
            }) {
                stillOpen[i] = false
                reviewedExpected += 1
                reviewFlags.append(true)
            } else {
                reviewFlags.append(false)
            }
        }
        for (i, e) in paragraph.figures.enumerated() where open[i] {
            misses.append(label(e.unit, e.period, e.metric, e.value, e.qualifier))
        }
        return (hitFlags, reviewFlags)
    }

    /// "precision 0.950  recall 0.938  (120 hits / 126 extracted / 128 expected; qualifier right on 118 of 120 hits; …)".
    public var summary: String {
        func pct(_ x: Double) -> String { String(format: "%.3f", x) }
        return "precision \(pct(precision))  recall \(pct(recall))  (\(hits) hits / \(extracted) extracted / \(expected) expected; "
            + "qualifier right on \(qualifierAgrees) of \(hits) hits; \(reviewed) sent to review, \(reviewedExpected) of them expected facts)"
    }
}
