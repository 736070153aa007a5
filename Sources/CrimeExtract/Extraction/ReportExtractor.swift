import CrimeData

/// Turns a report text into observations, each traceable to the words it came from.
///
/// One pass tokenises the text (``ReportTokenizer``), one pass finds phrases (``ReportLexer``); then each
/// sentence is read (``StatementReader``), with the domain its paragraph named last for figures that name
/// none ("Tội phạm về ma túy … . … phát hiện 318 vụ" → drug_cases), and every figure gets:
/// - a **unit**: a province or cluster named in the same clause ("Hà Giang giảm 19,6%"), else the subject
///   named earlier in the sentence ("Công an 7 tỉnh", "Cụm thi đua số II", "toàn quốc"), else the report's
///   own unit (`defaultUnit`, or the cluster the report is about);
/// - a **period**: one named earlier in the sentence, else earlier in the paragraph, else the report's
///   own period (the first one it names, or `documentPeriod`), else — with lower confidence — January to
///   the publication month;
/// - for a change, a **baseline**: "so với cùng kỳ"/"năm trước" (none), "so với tháng trước", "liền kề",
///   "quý IV/2022" (`_vs_prev_period`), "so với năm 2019" two or more years back (`_vs_2019`); unstated,
///   a monthly or multi-year report compares with the previous period, any other with the same months a
///   year earlier.
public struct ReportExtractor: Sendable {
    public let gazetteer: Gazetteer
    let lexer: ReportLexer
    /// The change metrics the catalogue knows, shared by every report this extractor reads.
    let knownMetrics = KnownMetrics()

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.lexer = ReportLexer(gazetteer: gazetteer)
    }

    /// Extracts the figures of `text`; `source` fills the observations' source column, `defaultUnit` is
    /// the report's own unit and `published` ("YYYY-MM-DD" or "YYYY-MM") the period fallback.
    public func extract(text: String, source: String, defaultUnit: UnitRef?, published: String?) -> ExtractionResult {
        extract(text: text, source: source, defaultUnit: defaultUnit, documentPeriod: nil, published: published)
    }

    /// As ``extract(text:source:defaultUnit:published:)``, with the report's own period given by the caller
    /// (figures that name no period take it).
    public func extract(text: String, source: String, defaultUnit: UnitRef?, documentPeriod: Period?,
                        published: String?) -> ExtractionResult {
        let tokens = lexer.tokenize(text)
        let lexemes = lexer.lex(tokens, source: text)
        let document = DocumentContext(lexemes: lexemes, tokens: tokens, source: text, defaultUnit: defaultUnit,
                                       documentPeriod: documentPeriod, published: ReportExtractor.yearMonth(published))
        let lines = LineIndex(text)
        var result = ExtractionResult()
        var seen = Set<ObservationKey>()
        seen.reserveCapacity(lexemes.count / 8)
        // The domain the paragraph named last: what figures that name none fall under ("Tội phạm về ma túy
        // tiếp tục diễn biến phức tạp. … phát hiện 242 vụ").
        var context: Topic? = nil
        var paragraph = -1
        for sentence in document.sentences {
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                context = nil
            }
            let reader = StatementReader(lexemes: lexemes, range: sentence.range, headingTopic: sentence.headingTopic,
                                         contextTopic: context, tokens: tokens)
            var drafts = reader.read()
            if ReportExtractor.opensWithEstimate(lexemes, tokens, sentence.range) {
                // "Ước cả năm 2024, … ghi nhận 687 vụ …": a sentence that opens with "ước" states estimates.
                for d in drafts.indices where drafts[d].qualifier == .exact { drafts[d].qualifier = .about }
            }
            switch DocumentContext.namedDomain(lexemes, sentence.range) {
            case .none: break
            case .one(let topic): context = topic
            case .reset: context = nil
            }
            for draft in drafts {
                var confidence = draft.confidence
                let (unit, unitConfidence, unitReview) = document.unit(for: draft.number, in: sentence, gazetteer: gazetteer)
                let (period, periodConfidence, periodReview) = document.period(for: draft.number, in: sentence)
                confidence *= unitConfidence * periodConfidence
                var metric = draft.metric
                if draft.isChange {
                    // A period guessed from the publication date says nothing of how far back "năm 2022" is.
                    let baseline = document.baseline(for: draft.number, in: sentence,
                                                     period: periodConfidence > 0.6 && periodReview == nil ? period : nil)
                    metric += baseline.suffix
                    guard knownMetrics.contains(metric) else { continue }
                }
                let numberLexeme = lexemes[draft.number]
                let quote = ReportExtractor.quote(lexemes: lexemes, tokens: tokens, source: text, draft: draft)
                let numberStart = tokens[numberLexeme.first].start
                let position = lines.position(ofScalar: numberStart)
                // The first reason the text leaves the figure open: its words, then its unit, then its period.
                var review = draft.review.map { reason in
                    draft.reviewAt.map { reason + " (\"" + document.written($0) + "\")" } ?? reason
                } ?? unitReview ?? periodReview
                if unit == nil || period == nil {
                    review = review ?? (unit == nil && period == nil ? "no unit and no period stated or given"
                        : unit == nil ? "no unit stated or given" : "no period stated or given")
                }
                var figure = ExtractedFigure(
                    metric: metric, value: draft.value, qualifier: draft.qualifier, unit: unit, period: period,
                    quote: quote.text, start: numberStart, end: tokens[numberLexeme.last].end,
                    quoteStart: quote.start, quoteEnd: quote.end, line: position.line, column: position.column,
                    confidence: ReportExtractor.calibrated(confidence, review: review != nil), review: review)
                figure.sentenceStart = tokens[lexemes[sentence.range.lowerBound].first].start
                figure.sentenceEnd = tokens[lexemes[sentence.range.upperBound - 1].last].end
                result.figures.append(figure)
                guard let unit, let period else {
                    let reason: UnattributedFigure.Reason = unit == nil && period == nil ? .noUnitOrPeriod
                        : unit == nil ? .noUnit : .noPeriod
                    result.unattributed.append(UnattributedFigure(figure: figure, reason: reason))
                    continue
                }
                guard review == nil else { continue }
                let key = ObservationKey(unit: unit, period: period, metric: metric, value: draft.value,
                                         qualifier: draft.qualifier)
                guard seen.insert(key).inserted else { continue }
                result.observations.append(Observation(
                    unit: unit, period: period, metric: metric, exactValue: draft.value, qualifier: draft.qualifier,
                    source: source, published: published ?? "", quote: quote.text,
                    location: SourceLocation(file: source, line: position.line, column: position.column)))
            }
        }
        return result
    }

    struct ObservationKey: Hashable {
        let unit: UnitRef
        let period: Period
        let metric: String
        let value: DecimalValue
        let qualifier: Qualifier

        /// Hashes the value and period only; equality still compares every field. Equal keys hash equally,
        /// and the figures of one report rarely share both, so this is a hash of about the same quality at
        /// a fraction of the cost: hashing the unit's Vietnamese name (normalised, as `String` hashing is),
        /// the metric and the qualifier (by its `String` raw value) took 7% of `extract` when measured.
        func hash(into hasher: inout Hasher) {
            hasher.combine(value)
            hasher.combine(period)
        }
    }

    /// The confidence of a figure, 0…1, rounded to 0.01: the product of its reading's strength (1 for a figure
    /// stated in its own words; less when its metric came from a heading, the paragraph or a default) and the
    /// strength of its unit and period (1 when its clause names them; 0.95 the sentence or the caller; 0.9 the
    /// report's own period; 0.85 a period read from a baseline year). A figure for review is not a fact: at most
    /// 0.4. Calibrated on the held-out paragraph sets (the extraction guide gives the precision per band).
    static func calibrated(_ raw: Double, review: Bool) -> Double {
        let value = review ? min(raw, 0.4) : raw
        return max(0, min(1, (value * 100).rounded() / 100))
    }

    /// Whether a sentence opens with "ước" / "ước tính" (estimated), which qualifies every figure in it.
    static func opensWithEstimate(_ lexemes: [Lexeme], _ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, case .qualifier(.about) = lexemes[range.lowerBound].role else { return false }
        return tokens[lexemes[range.lowerBound].first].text == "uoc"
    }

    /// "2020-07-07" or "2020-07" → 2020-07.
    static func yearMonth(_ text: String?) -> YearMonth? {
        guard let text, text.utf8.count >= 7 else { return nil }
        return YearMonth(text.prefix(7))
    }

    /// The words from the first cue to the counter or topic, at most 15 words, verbatim.
    static func quote(lexemes: [Lexeme], tokens: [Token], source: String, draft: FigureDraft)
        -> (text: String, start: Int, end: Int) {
        var first = lexemes[draft.spanFirst].first
        let last = lexemes[draft.spanLast].last
        let numberFirst = lexemes[draft.number].first
        var words = 0
        for k in first...last where tokens[k].kind != .punct { words += 1 }
        while words > 15 && first < numberFirst {
            if tokens[first].kind != .punct { words -= 1 }
            first += 1
        }
        while first < numberFirst && tokens[first].kind == .punct && tokens[first].text != "("
                && tokens[first].text != "\"" { first += 1 }
        var end = last
        // Close a bracket the quote opened: "(đạt tỷ lệ 88,2%)".
        if end + 1 < tokens.count, tokens[end + 1].text == ")",
           (first...end).contains(where: { tokens[$0].text == "(" }) { end += 1 }
        // Copied out of the source by its UTF-8 offsets (token bounds are scalar bounds), not decoded from a
        // copy of its bytes: that validated the bytes again (a third of the quote's time when measured), on
        // top of copying the whole text per report.
        let utf8 = source.utf8
        let slice = utf8.index(utf8.startIndex, offsetBy: tokens[first].byteStart)
            ..< utf8.index(utf8.startIndex, offsetBy: tokens[end].byteEnd)
        var text = String(utf8[slice]) ?? String(decoding: utf8[slice], as: UTF8.self)
        // Bytes that can belong to a line break: LF, VT, FF, CR, and the last bytes of NEL (C2 85) and
        // U+2028/U+2029 (E2 80 A8/A9). Two comparisons for the usual byte: testing all seven per byte was a
        // fifth of the quote's time when measured.
        let breaks = text.withContiguousUTF8 { bytes in
            bytes.contains(where: { $0 < 0x0E ? $0 >= 0x0A : $0 >= 0x85 && ($0 == 0x85 || $0 == 0xA8 || $0 == 0xA9) })
        }
        if breaks, text.contains(where: { $0.isNewline }) {
            text = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        }
        return (VietnameseText.canonical(text), tokens[first].start, tokens[end].end)
    }
}

/// Line starts of a text, to turn scalar offsets into line:column.
struct LineIndex {
    private var starts: [Int] = [0]

    init(_ text: String) {
        // Over the UTF-8 bytes, counting lead bytes as scalars: iterating `unicodeScalars` decoded every
        // scalar and took 3.7% of `extract` when measured.
        var offset = 0
        text.withContiguousUTF8 { bytes in
            for byte in bytes {
                if byte & 0xC0 != 0x80 { offset += 1 }
                if byte == 10 { starts.append(offset) }
            }
        }
    }

    func position(ofScalar offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - starts[lo] + 1)
    }
}
