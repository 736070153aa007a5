import CrimeData

/// What a whole report says about itself: its sentences and paragraphs, the cluster or unit it is about,
/// and its own period.
struct DocumentContext {
    struct Sentence {
        var range: Range<Int>
        var paragraph: Int
        var headingTopic: Topic?
        /// The first lexeme of the sentence's paragraph.
        var paragraphStart: Int
    }

    let lexemes: [Lexeme]
    let tokens: [Token]
    /// The report text (for the names of districts and regions, as written).
    let source: String
    let defaultUnit: UnitRef?
    let published: YearMonth?
    private(set) var sentences: [Sentence] = []
    /// The cluster the report is about: the one it names most ("Cụm thi đua số II").
    var cluster: Int?
    /// The unit of figures that never name one.
    var ownUnit: UnitRef?
    /// Without a caller's unit or a cluster: the province the report names most after "Công an"/"CATP".
    var provinceUnit: Int?
    /// The report's own period: the caller's, else the first it names.
    private(set) var period: Period?
    /// Whether each lexeme is a period mention that is a comparison baseline ("so với năm 2019"). A flag
    /// per lexeme rather than a `Set` of indices: hashing an index for every period a figure looks back
    /// at was a fifth of `period(for:in:)` when measured.
    private(set) var isBaselineMention: [Bool] = []
    init(lexemes: [Lexeme], tokens: [Token], source: String, defaultUnit: UnitRef?, documentPeriod: Period?,
         published: YearMonth?) {
        self.lexemes = lexemes
        self.tokens = tokens
        self.source = source
        self.defaultUnit = defaultUnit
        self.published = published
        splitSentences()
        findBaselineMentions()
        findOwnUnit()
        period = documentPeriod ?? firstPeriod()
    }

    /// Sentences end at ".", "!", "?", "…" followed by a space, and at line breaks (paragraphs).
    private mutating func splitSentences() {
        var start = 0
        var paragraph = 0
        var heading: Topic? = nil
        // A heading on a line of its own ("Tội phạm về ma túy:" and a line break) heads the paragraphs after
        // it, up to the next such line; one that names no topic ("Tình hình tội phạm tháng 5/2024:") ends it.
        var lineHeading: Topic? = nil
        var paragraphStart = 0
        func close(_ end: Int) {
            guard end > start else { return }
            let range = start..<end
            if start == paragraphStart && lexemes[end - 1].mark == ":"
                && (end == lexemes.count || tokens[lexemes[end].first].lineBreakBefore) {
                lineHeading = DocumentContext.headingTopic(lexemes, range)
                heading = lineHeading
            } else if let h = DocumentContext.headingTopic(lexemes, range) {
                heading = h
            }
            sentences.append(Sentence(range: range, paragraph: paragraph, headingTopic: heading, paragraphStart: paragraphStart))
            start = end
        }
        // By index, with marks compared as scalars (``Lexeme/mark``): copying each lexeme and comparing its
        // text with four strings was most of this loop when measured.
        for i in lexemes.indices {
            // A line break starts a paragraph, also right after a sentence's full stop.
            if i > 0 && tokens[lexemes[i].first].lineBreakBefore {
                close(i)
                paragraph += 1
                heading = lineHeading
                paragraphStart = i
            }
            switch lexemes[i].mark {
            case ".", "!", "?", "…":
                let next = lexemes[i].last + 1
                if next >= tokens.count || tokens[next].spaceBefore { close(i + 1) }
            default: break
            }
        }
        close(lexemes.count)
    }

    /// "Tội phạm về ma túy: …" — a topic before a colon near the start of a sentence heads what follows.
    static func headingTopic(_ lexemes: [Lexeme], _ range: Range<Int>) -> Topic? {
        var best: Topic? = nil
        for j in range.prefix(10) {
            if lexemes[j].isPunct(":") { return best }
            if lexemes[j].isNumber { return nil }
            if let t = lexemes[j].topic, best.map({ t.specificity > $0.specificity }) ?? true { best = t }
        }
        return nil
    }

    /// What a sentence names of the domains of crime, for the sentences after it in its paragraph.
    enum NamedDomain: Equatable {
        /// It names no domain and no crime in general.
        case none
        /// It names one domain and nothing else: "Tội phạm về ma túy tiếp tục diễn biến phức tạp.", "Công an
        /// tỉnh phát hiện 242 vụ, bắt giữ 344 đối tượng phạm tội về ma túy."
        case one(Topic)
        /// It names crime in general ("phạm pháp hình sự", "trật tự xã hội"), or several domains: what came
        /// before no longer holds.
        case reset
    }

    /// The domains (``Topic/isNamedDomain``) a sentence names in words, not the ones its figures fall back
    /// to; other topics change nothing.
    static func namedDomain(_ lexemes: [Lexeme], _ range: Range<Int>) -> NamedDomain {
        var named: Topic? = nil
        for j in range {
            guard let t = lexemes[j].topic else { continue }
            if t.isGeneral { return .reset }
            guard t.isNamedDomain else { continue }
            if let n = named, n != t { return .reset }
            named = t
        }
        return named.map { .one($0) } ?? .none
    }

    private mutating func findBaselineMentions() {
        isBaselineMention = [Bool](repeating: false, count: lexemes.count)
        for i in lexemes.indices {
            guard case .period = lexemes[i].role else { continue }
            for j in max(0, i - 3)..<i {
                switch lexemes[j].role {
                case .compare, .baseline: isBaselineMention[i] = true
                case .word(let w) where w == "voi" || w == "binh": isBaselineMention[i] = true
                default: break
                }
            }
        }
    }

    private func firstPeriod() -> Period? {
        for (i, lexeme) in lexemes.enumerated() where !isBaselineMention[i] {
            guard case .period(let mention) = lexeme.role else { continue }
            if case .lastMonths = mention { continue }
            if case .yearToDate = mention { continue }
            if let p = mention.resolve(year: published?.year, document: nil, published: published) { return p }
        }
        return nil
    }

    /// The year of a mention that states none: the report's own year, else the publication year.
    var contextYear: Int? { period?.year ?? published?.year }
}
