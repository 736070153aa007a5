import CrimeData

/// Reads the figures of one sentence: which numbers are statistics, and what each one states.
///
/// A number is a candidate when "%" or a counter follows it (``Counter``), or it is the numerator of a
/// fraction with a counter ("48/58 vụ"). Then, nearest cue first:
/// - a change word right before it ("giảm 19,6%", "tăng 224 vụ", "ít hơn 0,27%") makes it a change;
///   a number grouped after a change ("giảm 2.704 vụ (-5,43%)", "tương đương 5,2%") is the same change;
/// - "đạt" / "tỷ lệ" before a percentage make it a rate: of the topic named before it ("án rất nghiêm
///   trọng và đặc biệt nghiêm trọng đạt 93%"), else of the clearance count just stated, else the
///   clearance rate;
/// - otherwise a count, whose metric comes from ``MetricRule`` with the verb before it and the topic
///   after it, or after the group it belongs to ("2.156 vụ, với 3.066 đối tượng phạm tội về trật tự
///   xã hội"), or before it in the sentence ("trong đó án rất nghiêm trọng … 345 vụ").
/// Not statistics: targets ("chỉ tiêu", "phấn đấu"), target-relative figures ("vượt 15,7%"), shares
/// ("chiếm 24,9%"), baselines of "(180/183 vụ)" after a change, numbers after "ngày/tháng/năm/số/khoá".
struct StatementReader {
    let lexemes: [Lexeme]
    let range: Range<Int>
    /// The topic of a heading ("Tội phạm về ma túy: …") the sentence falls under.
    let headingTopic: Topic?
    /// The domain of the sentences before it in its paragraph (``ReportExtractor``): a domain such as drugs
    /// applies to figures that name none; crime in general (``Topic/isGeneral``) changes nothing.
    var contextTopic: Topic? = nil
    /// The tokens, for what lexemes do not keep (capitals: "An Khê 4 vụ" names a place).
    var tokens: [Token] = []

    /// The context domain when it is a domain, not crime in general.
    var contextDomain: Topic? { contextTopic.flatMap { $0.isGeneral ? nil : $0 } }

    struct Candidate {
        var k: Int
        var start: Int
        var end: Int
        var value: DecimalValue
        var percent: Bool
        var sign: Int
        var counter: Counter?
        var denominator: DecimalValue?
        var qualifier: Qualifier
    }

    enum Kind { case count, change, rate, skipped }

    struct Reading {
        var kind: Kind = .skipped
        var metric: String? = nil
        /// For a change: the metric whose change it is, and the sign.
        var changeBase: String? = nil
        var sign: Int = 0
        var topic: Topic? = nil
        var counter: Counter? = nil
        /// Sent to review: a change of it is unsettled too.
        var review = false
    }

    struct Region {
        /// "tổng số vụ khám phá là 512 vụ": a subject that says the cases are cleared ones.
        var clearedSubject = false
        var action: (Int, Action)? = nil
        var change: (Int, Int)? = nil
        var rate: Int? = nil
        /// The most specific topic named in the region (a counter of reports names crime reports), the
        /// nearest on a tie. Chosen as the scan goes rather than from a list of the topics met: that array,
        /// allocated for every figure, cost more than the choice.
        var topic: (Int, Topic)? = nil
        var target = false
        var exceed = false
        var share = false
        var total = false
        var clearWord = false
        var rateWord = false
        var comparative: (Int, Int)? = nil
        /// A counter before the change word: the subject of "số người chết giảm 4,7%".
        var subject: Counter? = nil
        /// Crime in general named with a subject of cases: "số vụ phạm pháp hình sự giảm 17,4%".
        var subjectTopic: Topic? = nil

        /// Takes the topic at lexeme `j` as ``topic`` when it is more specific than the one met so far.
        mutating func consider(topic t: Topic, at j: Int) {
            if topic.map({ t.specificity > $0.1.specificity }) ?? true { topic = (j, t) }
        }
    }

    static let notStatisticAfter: Set<String> = [
        "ngay", "thang", "nam", "quy", "luc", "gio", "khoa", "dieu", "khoan", "so", "lan", "thu", "muc",
        "sang", "chieu", "toi", "dem", "hotline", "sdt", "dt", "phong", "doi", "to", "xa", "phuong", "quan", "huyen",
        // "chiếm đoạt 2,3 tỷ đồng của 17 người": whose, not who did it.
        "cua",
    ]

    // MARK: - Candidates

    func candidates() -> [Candidate] {
        var out: [Candidate] = []
        var k = range.lowerBound
        while k < range.upperBound {
            defer { k += 1 }
            guard case .number(let value, let percent, let sign) = lexemes[k].role else { continue }
            if k > range.lowerBound, case .word(let w) = lexemes[k - 1].role, StatementReader.notStatisticAfter.contains(w) {
                continue
            }
            var c = Candidate(k: k, start: k, end: k, value: value, percent: percent, sign: sign, counter: nil,
                              denominator: nil, qualifier: .exact)
            if percent {
                // nothing more
            } else if !value.isInteger {
                // "41,52 số người bị thương": a count is a whole number; this is a share with its "%" left out.
                continue
            } else if k + 1 < range.upperBound, let counter = lexemes[k + 1].counter {
                c.counter = counter
                c.end = k + 1
            } else if k + 3 < range.upperBound, lexemes[k + 1].isPunct("/"),
                      case .number(let d, false, _) = lexemes[k + 2].role, let counter = lexemes[k + 3].counter {
                c.counter = counter
                c.denominator = d
                c.end = k + 3
            } else {
                continue
            }
            if k > range.lowerBound {
                switch lexemes[k - 1].role {
                case .qualifier(let q):
                    c.qualifier = q
                    c.start = k - 1
                case .reach where k - 1 > range.lowerBound:
                    // "ước đạt 88,5%": the qualifier of the rate stands before its verb.
                    if case .qualifier(let q) = lexemes[k - 2].role { c.qualifier = q }
                case .action:
                    // "ước điều tra làm rõ 820 vụ": an estimate, said before the verbs.
                    var j = k - 1
                    while j > range.lowerBound, lexemes[j].action != nil { j -= 1 }
                    if j < k - 1, case .qualifier(.about) = lexemes[j].role, !tokens.isEmpty,
                       tokens[lexemes[j].first].text == "uoc" {
                        c.qualifier = .about
                    }
                case .from:
                    let look = (c.end + 1)..<min(range.upperBound, c.end + 4)
                    if look.contains(where: { if case .orMore = lexemes[$0].role { return true } else { return false } }) {
                        c.qualifier = .atLeast
                        c.start = k - 1
                    }
                default: break
                }
            }
            // Room for a sentence's figures at its first one: growing from empty, one reallocation per
            // doubling, was over a quarter of this scan when measured.
            if out.isEmpty { out.reserveCapacity(8) }
            out.append(c)
            k = c.end
        }
        return out
    }

    // MARK: - Context

    func region(before c: Candidate, from lower: Int) -> Region {
        var r = Region()
        var j = c.start - 1
        var depth = 0
        while j >= lower {
            // Words inside brackets that closed before the figure are not its words.
            if lexemes[j].isPunct(")") { depth += 1 } else if lexemes[j].isPunct("("), depth > 0 { depth -= 1 }
            if depth > 0, case .topic = lexemes[j].role { j -= 1; continue }
            if lexemes[j].isPunct(";") || lexemes[j].isPunct(":") { break }
            switch lexemes[j].role {
            case .action(let a):
                if r.action == nil { r.action = (j, a) }
                if a == .clear { r.clearWord = true }
            case .change(let s): if r.change == nil { r.change = (j, s) }
            case .rate:
                if r.rate == nil { r.rate = j }
                r.rateWord = true
            case .reach: if r.rate == nil { r.rate = j }
            case .topic(let t): r.consider(topic: t, at: j)
            case .target: r.target = true
            case .exceed: if c.k - j <= 3 { r.exceed = true }
            case .share: if c.k - j <= 3 { r.share = true }
            case .total: if r.action == nil { r.total = true }
            case .comparative(let s): if r.comparative == nil && c.k - j <= 2 { r.comparative = (j, s) }
            case .counter(let counter):
                if counter == .reports { r.consider(topic: .crimeReports, at: j) }
                if counter == .clearedCases { r.clearedSubject = true }
                if r.subject == nil, let ch = r.change, ch.0 == j + 1, counter != .people { r.subject = counter }
                if r.subject == nil, let ch = r.change, ch.0 == j + 2, counter == .cases,
                   let t = lexemes[j + 1].topic, t.isGeneral {
                    r.subject = counter
                    r.subjectTopic = t
                }
            default: break
            }
            j -= 1
        }
        return r
    }

    /// The most specific topic in the words after a figure, up to the next verb, number or clause mark.
    func tailTopic(after c: Candidate) -> (Topic, Int)? {
        var best: (Topic, Int)? = nil
        var j = c.end + 1
        var steps = 0
        scan: while j < range.upperBound && steps < 9 {
            switch lexemes[j].role {
            case .topic(let t):
                if best.map({ t.specificity > $0.0.specificity }) ?? true { best = (t, j) }
            // "tăng 3,2% do tội phạm lừa đảo qua mạng tăng mạnh": a cause, not the subject.
            case .word("do"), .word("vi"), .word("chu"):
                break scan
            case .number, .action, .change, .rate, .reach, .compare, .baseline, .province, .cluster, .memberGroup,
                 .national, .ownUnit, .period, .subset, .target, .total:
                break scan
            case .punct:
                // Marks compared as scalars (``Lexeme/mark``): an array literal of strings, built and searched
                // at every mark, was most of this scan when measured.
                let p = lexemes[j].mark
                if p == ",", j + 1 < range.upperBound, best == nil {
                    if lexemes[j + 1].topic != nil { break }
                    if case .word("va") = lexemes[j + 1].role { break }
                }
                switch p {
                case ";", ",", "(", ")", ":", ".", "/": break scan
                default: break
                }
            default: break
            }
            j += 1
            steps += 1
        }
        return best
    }

    /// Whether only separators, counters, topics and plain words stand between two figures.
    func linked(_ a: Candidate, _ b: Candidate) -> Bool {
        let between = (a.end + 1)..<b.start
        guard between.count <= 8 else { return false }
        for j in between {
            switch lexemes[j].role {
            case .punct:
                switch lexemes[j].mark {
                case ";", ":", ".", "…": return false
                default: continue
                }
            case .word, .topic, .counter, .equivalent, .qualifier, .ignored: continue
            default: return false
            }
        }
        return true
    }

    /// The topic a metric implies for figures grouped with it ("bắt giữ 206 vụ, 326 đối tượng").
    static func impliedTopic(_ metric: String?) -> Topic? {
        guard let metric else { return nil }
        if metric.hasPrefix("drug_") { return .drugs }
        if metric.hasPrefix("economic_") { return .economic }
        if metric.hasPrefix("corruption_") { return .corruption }
        if metric.hasPrefix("environment_") { return .environment }
        if metric.hasPrefix("traffic_") { return .traffic }
        if metric.hasPrefix("fugitives_dangerous") { return .dangerousFugitives }
        if metric.hasPrefix("fugitives_") { return .fugitives }
        return nil
    }

    // MARK: - Reading

    func read() -> [FigureDraft] {
        let cands = candidates()
        guard !cands.isEmpty else { return [] }
        var links = [Bool](repeating: false, count: cands.count)
        for i in 1..<max(1, cands.count) where cands.count > 1 { links[i] = linked(cands[i - 1], cands[i]) }
        let tails = cands.map { tailTopic(after: $0) }
        // The tail topic of a group's last member serves every member.
        var groupTail = tails.map { $0?.0 }
        if cands.count > 1 {
            for i in stride(from: cands.count - 2, through: 0, by: -1) where links[i + 1] && groupTail[i] == nil {
                groupTail[i] = groupTail[i + 1]
            }
        }
        // Sized once: appending from empty reallocated as they grew, 12% of `read` when measured.
        var readings: [Reading] = []
        readings.reserveCapacity(cands.count)
        var drafts: [FigureDraft] = []
        drafts.reserveCapacity(cands.count + 1)
        for (i, c) in cands.enumerated() {
            let lower = i > 0 ? cands[i - 1].end + 1 : range.lowerBound
            let r = region(before: c, from: lower)
            // "kéo giảm 7,39% …, tương đương 7.500 vụ": a figure after "tương đương" restates the one before it.
            let restates = i > 0 && c.start > lower && { if case .equivalent = lexemes[c.start - 1].role { return true }
                                                          return false }()
            let previous: Reading? = i > 0 && (links[i] || restates) ? readings[i - 1] : nil
            var reading = Reading()
            var spanFirst = c.start
            var spanLast = c.end
            var confidence = 1.0
            let local = r.topic
            let carried = carriedTopic(before: c.start)

            defer { readings.append(reading) }
            if statesTarget(before: c.start, from: range.lowerBound) { continue }
            if c.percent, let comparative = r.comparative {
                // "đạt tỷ lệ 74,41% cao hơn 2,38%": the rate's change in points; otherwise a comparison with a target.
                guard let p = readings.last, p.kind == .rate, let rate = p.metric, i > 0, c.start - cands[i - 1].end <= 3,
                      MetricCatalog.metric(rate + "_change_pp") != nil, !targetFollows(c) else { continue }
                reading.kind = .change
                reading.sign = comparative.1
                reading.changeBase = rate
                reading.metric = rate + "_change_pp"
                drafts.append(FigureDraft(metric: rate + "_change_pp", isChange: true, value: signed(c.value, comparative.1),
                                          qualifier: c.qualifier, number: c.k, spanFirst: comparative.0, spanLast: c.end,
                                          confidence: confidence))
                continue
            }
            if c.percent {
                if r.exceed || r.share { continue }
                if c.end + 1 < range.upperBound, case .target = lexemes[c.end + 1].role { continue }
                let changeWins = r.change.map { ch in r.rate.map { ch.0 > $0 } ?? true } ?? false
                // "giảm 76 vụ, tỷ lệ 3,9%": the rate word right after a change count states that change in percent.
                let changeRate = r.rate != nil && !r.clearWord && r.action == nil && i > 0 && readings.last?.kind == .change
                    && c.start - cands[i - 1].end <= 4 && cands[i - 1].counter != nil
                if changeWins || changeRate || (r.rate == nil && previous?.kind == .change) ||
                    (r.rate == nil && c.sign != 0 && readings.last?.kind == .change) {
                    reading.kind = .change
                } else if let rate = r.rate {
                    reading.kind = .rate
                    spanFirst = min(spanFirst, rate)
                } else if let a = r.action, a.1 == .clear, c.start - a.0 <= 2 {
                    // "án rất nghiêm trọng … làm rõ 96,2%": a share cleared is a clearance rate.
                    reading.kind = .rate
                    spanFirst = min(spanFirst, a.0)
                } else if let p = previous, p.kind == .count, let m = p.metric, MetricRule.rate(ofCleared: m) != nil,
                          c.start > range.lowerBound, lexemes[c.start - 1].isPunct("(") {
                    reading.kind = .rate
                } else if c.start > lower, lexemes[c.start - 1].isUnitName,
                          let p = readings.last(where: { $0.kind == .rate }), !p.review, p.metric != nil {
                    // "Công an TP Đà Nẵng … tỷ lệ khám phá 91,3%, tiếp đến CATP Hải Phòng 89,7%": a list of the rate.
                    reading.kind = .rate
                } else if clearedShare(after: c) != nil {
                    // "100% số vụ án giết người đã được làm rõ": a clearance rate stated before its cases.
                    reading.kind = .rate
                } else {
                    continue
                }
            } else {
                guard let counter = c.counter else { continue }
                let isCommendation = counter == .collectives || counter == .individuals
                    || counter == .collectivesAndIndividuals
                let changeWins = r.change.map { ch in r.action.map { ch.0 > $0.0 } ?? true } ?? false
                if !isCommendation && (changeWins || (r.action == nil && previous?.kind == .change)) {
                    reading.kind = c.denominator == nil ? .change : .skipped
                    if c.denominator != nil { continue }
                } else {
                    reading.kind = .count
                }
            }

            switch reading.kind {
            case .count:
                guard let counter = c.counter else { continue }
                if let p = previous, p.metric == "gangs_dismantled", counter == .persons || counter == .people { continue }
                var counted = counter
                // "số người bị thương 4 người": the subject named before the figure says what the people are.
                if counter == .people || counter == .persons, c.start > lower,
                   let subject = lexemes[c.start - 1].counter, subject == .deaths || subject == .injuries {
                    counted = subject
                    spanFirst = c.start - 1
                }
                var action = r.total ? Action.occur : (r.action?.1 ?? (previous?.kind == .count ? previousAction(i, cands) : nil))
                if r.clearedSubject && (counted == .cases || counted == .instances) && (action == nil || action == .occur) {
                    action = .clear
                }
                // "riêng Đắk Lắk làm rõ 1.102 vụ, Gia Lai 864 vụ": a list of units goes on counting the same.
                var listMetric: String? = nil
                if r.action == nil, c.start > lower, lexemes[c.start - 1].isUnitName,
                   let p = readings.last(where: { $0.kind == .count && $0.metric != nil }), p.counter == counted {
                    listMetric = p.metric
                }
                // "cả hai vụ đều đã được làm rõ": the cases already counted, cleared; "cả hai vụ đều xảy ra …" only
                // refers back to them.
                var refersBack = false
                if c.start > lower, case .unitPrefix = lexemes[c.start - 1].role, tokens.indices.contains(lexemes[c.start - 1].first),
                   tokens[lexemes[c.start - 1].first].text == "ca", !tokens[lexemes[c.start - 1].first].capitalised {
                    if (c.end + 1..<min(range.upperBound, c.end + 7)).contains(where: { lexemes[$0].action == .clear }) {
                        action = .clear
                    } else if r.action == nil {
                        refersBack = true
                    }
                }
                if (action == nil || action == .occur) && counted == .cases && groupedWithDefendants(i, cands, links) {
                    // "376 vụ, 875 bị can", "có 64 vụ, 97 bị can": there are defendants only once a case is prosecuted.
                    action = .prosecute
                } else if action == nil && (counted == .cases || counted == .instances) {
                    if c.end + 1 < range.upperBound, lexemes[c.end + 1].action == .prosecute {
                        // "96 vụ khởi tố": the verb after the counter.
                        action = .prosecute
                        spanLast = c.end + 1
                    } else if reachesRate(after: c) {
                        // "35 vụ, 56 đối tượng trọng án, đạt 100%": the count a clearance rate is reached with.
                        action = .clear
                    }
                }
                var topic = tails[i]?.0 ?? groupTail[i] ?? local?.1 ?? StatementReader.impliedTopic(previous?.metric)
                if let t = topic, t.isGeneral, let l = local?.1, !l.isGeneral, l != .crimeType, tails[i] != nil || groupTail[i] != nil {
                    // "Lĩnh vực kinh tế phát hiện 64 vụ vi phạm": a domain before the figure, crime in general after.
                    topic = l
                }
                if topic == nil, i + 1 < cands.count, clauseJoined(c, cands[i + 1]), let t = tails[i + 1]?.0,
                   t.isNamedDomain && t != .traffic {
                    // "phát hiện 242 vụ, bắt giữ 344 đối tượng phạm tội về ma túy", "khởi tố 41 vụ, bắt xử lý 95
                    // bị can về tham nhũng": the cases and the people of one clause share the domain named last.
                    topic = t
                }
                var review: String? = nil
                var reviewAt: Int? = nil
                // A part named before the figure holds even when a domain follows ("Trên tuyến Quốc lộ 1 …, xảy ra 11 vụ
                // tai nạn giao thông").
                // Not the words after the figure before ("phát hiện 18 vụ buôn lậu, xử lý 96 vụ …").
                let ownLocal = local.flatMap { l in i > 0 && tails[i - 1]?.1 == l.0 ? nil : l }
                if topic == .crimeType || ownLocal.map({ l in l.1 == .crimeType && c.k - l.0 <= 16
                    && (topic == nil || topic?.isGeneral == true || !inTopicList(l.0)) }) == true {
                    // "trộm cắp tài sản (18 vụ)", "bắt 35 đối tượng trộm cắp": a breakdown, not the unit's total.
                    review = StatementReader.partReason
                    reviewAt = tails[i].flatMap { $0.0 == .crimeType ? $0.1 : nil } ?? local.flatMap { $0.1 == .crimeType ? $0.0 : nil }
                    topic = headingTopic ?? contextDomain
                    if action == .arrest { action = nil }
                } else if let t = topic, t.isGeneral, let p = previous, let implied = StatementReader.impliedTopic(p.metric),
                          implied.isNamedDomain {
                    // "phát hiện 347 vụ/402 đối tượng vi phạm" in an environment paragraph: the group's domain.
                    topic = implied
                } else if topic == .violations, counted == .cases, let h = headingTopic ?? contextDomain, h.isNamedDomain, h != .traffic {
                    // "- Môi trường: phát hiện 3.218 vụ vi phạm": the heading's domain beats "vi phạm".
                    topic = h
                }
                if review == nil, i > 0, let p = readings.last, p.review, p.kind == .count,
                   previous != nil || ((counted == .deaths || counted == .injuries || action == .kill || action == .injure)
                                       && c.start - cands[i - 1].end <= 6 && !(cands[i - 1].end..<c.start).contains(where: {
                       lexemes[$0].isPunct(";") || lexemes[$0].isPunct(".") || lexemes[$0].isPunct(")") })) {
                    // "tội phạm lừa đảo qua không gian mạng 58 vụ, 73 bị can", "trên tuyến Quốc lộ 1 … xảy ra 11 vụ tai nạn
                    // giao thông, làm chết 9 người": the group of a figure in review.
                    review = "grouped with a figure sent to review"
                }
                if review == nil, counted == .persons || counted == .people, tails[i] == nil, i > 0,
                   readings.last?.metric == "gangs_dismantled", c.start - cands[i - 1].end <= 5 {
                    // "triệt xóa 04 ổ nhóm tội phạm hình sự, bắt 31 đối tượng", "364 băng, nhóm (bắt 1.920 đối tượng)":
                    // perhaps only the gangs' members.
                    review = "may count only the members of the gangs just named"
                }
                if review == nil, refersBack { review = "refers back to figures already counted (\"cả … đều\")" }
                if review == nil, counted == .gangs, let t = topic, t == .gambling || t == .drugs || t == .crimeType {
                    // "triệt phá 3 ổ nhóm cờ bạc", "đường dây ma túy": rings of one crime type, not gangs in general.
                    review = StatementReader.partReason
                }
                // "tổng số vụ khám phá là 512 vụ": a total is not of the topic named before it.
                // People after ";" are not of a topic named in the clause before ("một vụ giết người …; bắt một đối tượng").
                let semicolon = (range.lowerBound..<c.start).last(where: { lexemes[$0].isPunct(";") })
                let acrossClause = (counted == .persons || counted == .people) && semicolon != nil
                    && carriedTopicInClause(before: c.start) == nil
                    // "…; đã làm rõ 19 vụ, bắt 35 đối tượng": unless the clause's cases took that topic too.
                    && !(0..<i).contains(where: { cands[$0].k > (semicolon ?? 0) && readings[$0].topic == carried })
                let carriedHere = r.total || acrossClause || carried == .crimeType || carried == .gambling ? nil : carried
                topic = topic ?? headingTopic ?? carriedHere ?? contextDomain
                    ?? (isCasualtySentence && (counted == .cases || counted == .instances) ? .traffic : nil)
                if review == nil, let place = placeBefore(c) {
                    // "địa bàn Pleiku 12 vụ, An Khê 4 vụ": a place named before the figure, not the unit's total.
                    review = "subject may be a district or place inside the unit"
                    reviewAt = place
                }
                var partOf: String? = nil
                if review == StatementReader.partReason, subsetBefore(c, from: lower) != nil,
                   let prior = readings.last(where: { $0.kind == .count && $0.metric != nil && $0.counter == counted }) {
                    // "làm rõ 46 vụ …; trong đó 9 vụ do đối tượng chưa thành niên": shown as a part of that count.
                    partOf = prior.metric
                }
                if review == nil, let subset = subsetBefore(c, from: lower) {
                    let prior = readings.last(where: { $0.kind == .count && $0.metric != nil && $0.counter == counted })
                    if subset.bracketed {
                        // "làm rõ 25 vụ (trong đó 08 vụ xảy ra từ trước)", "(có 11 vụ mua bán)": context of the figure
                        // before it.
                        review = "sub-count in brackets: a part of the figure before it"
                        if let prior, prior.counter == counted, topic == nil || topic?.isGeneral == true { partOf = prior.metric }
                    } else if let prior, prior.counter == counted, topic == nil || topic?.isGeneral == true || topic == prior.topic {
                        // "xảy ra 120 vụ, trong đó 45 vụ …": the same count, only a part of it.
                        review = "a part of the count before it"
                        partOf = prior.metric
                    }
                    if review != nil { reviewAt = subset.index }
                }
                if tails[i] == nil && groupTail[i] == nil && local == nil { confidence -= 0.1 }
                // A figure for review still shows what it would be read as, even where its topic has no metric.
                guard var metric = partOf ?? listMetric ?? MetricRule.metric(counter: counted, action: action, topic: topic)
                        ?? (review != nil ? MetricRule.metric(counter: counted, action: action, topic: nil) : nil) else { continue }
                reading.review = review != nil
                metric = resolveCasualty(metric, before: c.start)
                reading.metric = metric
                reading.topic = topic
                reading.counter = counted
                if let a = r.action, a.0 >= lower { spanFirst = min(spanFirst, a.0) }
                if let l = local, c.k - l.0 <= 8 { spanFirst = min(spanFirst, l.0) }
                if let t = tails[i] { spanLast = max(spanLast, t.1) }
                var value = c.value
                if let denominator = c.denominator {
                    // "làm rõ 48/58 vụ": the cleared count and the count it is a share of.
                    var numeratorMetric = metric
                    var baseMetric = MetricRule.base(ofCleared: metric, topic: topic)
                    if let p = previous, p.kind == .rate, let rate = p.metric.flatMap(MetricCatalog.metric) {
                        numeratorMetric = rate.numerator ?? metric
                        baseMetric = rate.denominators.first
                    }
                    reading.metric = numeratorMetric
                    drafts.append(FigureDraft(metric: numeratorMetric, isChange: false, value: value, qualifier: c.qualifier,
                                              number: c.k, spanFirst: spanFirst, spanLast: spanLast, confidence: confidence - 0.05,
                                              review: review, reviewAt: reviewAt))
                    if let baseMetric {
                        drafts.append(FigureDraft(metric: baseMetric, isChange: false, value: denominator, qualifier: .exact,
                                                  number: c.k + 2, spanFirst: spanFirst, spanLast: spanLast,
                                                  confidence: confidence - 0.05, review: review, reviewAt: reviewAt))
                    }
                    continue
                }
                value = c.value
                drafts.append(FigureDraft(metric: metric, isChange: false, value: value, qualifier: c.qualifier, number: c.k,
                                          spanFirst: spanFirst, spanLast: spanLast, confidence: confidence, review: review,
                                          reviewAt: reviewAt))
            case .rate:
                var metric: String?
                var review: String? = nil
                var reviewAt: Int? = nil
                if let other = otherNumberBefore(c, from: lower) {
                    // "cấp 120.000 thẻ căn cước, đạt 98,5%": a share of something that is not a count of crimes.
                    review = "percentage may be a share of another figure, not a clearance rate"
                    reviewAt = other
                } else if let other = rateNamesOther(before: c, from: lower) {
                    // "tỷ lệ thu hồi tài sản đạt 45%": a rate of something else.
                    review = "percentage may not be a clearance rate"
                    reviewAt = other
                }
                // "331 đối tượng truy nã, tỷ lệ điều tra khám phá án đạt 85,7%": a topic before the rate's own words
                // and a "," belongs to the figure before.
                let local = local.flatMap { l in
                    r.rate.map { $0 > l.0 } == true && (l.0..<(r.rate ?? l.0)).contains(where: { lexemes[$0].isPunct(",") }) ? nil : l
                }
                if let share = clearedShare(after: c) {
                    metric = MetricRule.rate(ofTopic: share)
                } else if let l = local, l.1 == .crimeType {
                    review = StatementReader.partReason
                    reviewAt = l.0
                    metric = MetricRule.rate(ofTopic: nil)
                } else if let l = local, !l.1.isGeneral {
                    metric = MetricRule.rate(ofTopic: l.1)
                    spanFirst = min(spanFirst, l.0)
                } else if r.rate == nil, r.action == nil, let p = readings.last(where: { $0.kind == .rate }), !p.review,
                          p.metric != nil {
                    // "… tỷ lệ khám phá 91,3%, tiếp đến CATP Hải Phòng 89,7%": the rate listed for the next unit.
                    metric = p.metric
                } else if r.clearWord {
                    // "điều tra làm rõ … đạt 87%", "khám phá án đạt tỷ lệ 81,7%".
                    metric = "clearance_rate"
                } else if let cleared = readings.last(where: { $0.kind == .count && $0.metric.flatMap(MetricRule.rate(ofCleared:)) != nil }) {
                    metric = cleared.metric.flatMap(MetricRule.rate(ofCleared:))
                } else if let p = previous, p.kind == .rate {
                    metric = p.metric
                } else if let p = readings.last(where: { $0.kind == .rate }), !p.review, r.action == nil, !r.rateWord,
                          p.metric != nil {
                    // "tỷ lệ điều tra khám phá … Quảng Trị đạt 92,3%, Thừa Thiên Huế đạt 88,9%", "Bình Định …, tỷ lệ làm rõ
                    // đạt 87,05%; Phú Yên xảy ra 64 vụ, đạt 90,63%": the same rate, for the next unit.
                    metric = p.metric
                } else if r.action == nil, rateNamedBeforeColon(c) {
                    // "tỷ lệ điều tra khám phá án … đạt cao: Nghệ An đạt 91,2%, Quảng Bình 89,5%".
                    metric = "clearance_rate"
                } else if let serious = readings.last(where: { $0.kind == .count && $0.counter == .cases && $0.topic.map { !$0.isGeneral } == true }),
                          let t = serious.topic, let rate = MetricRule.rate(ofTopic: t), r.action == nil {
                    // "trong đó có 150 vụ án rất nghiêm trọng …, bắt 300 đối tượng, đạt 97,5%": the rate of the
                    // cases counted before it.
                    metric = rate
                } else {
                    metric = MetricRule.rate(ofTopic: nil)
                    confidence -= 0.1
                    if review == nil {
                        // "đạt 97%" with nothing that says what was reached.
                        review = "percentage not stated as a clearance rate"
                    }
                }
                guard let metric else { continue }
                reading.metric = metric
                reading.review = review != nil
                if let a = r.action { spanFirst = min(spanFirst, a.0) }
                drafts.append(FigureDraft(metric: metric, isChange: false, value: c.value, qualifier: c.qualifier, number: c.k,
                                          spanFirst: spanFirst, spanLast: spanLast, confidence: confidence, review: review,
                                          reviewAt: reviewAt))
            case .change:
                let sign = c.sign != 0 ? c.sign : (r.change?.1 ?? previous?.sign ?? readings.last(where: { $0.kind == .change })?.sign ?? 0)
                guard sign != 0 else { continue }
                reading.sign = sign
                let inherited = previous?.kind == .change ? previous : readings.last(where: { $0.kind == .change })
                var noun: Counter? = c.counter ?? r.subject
                if noun == .people || noun == .persons, let s = r.subject, s == .deaths || s == .injuries {
                    // "số người chết giảm 8 người": the people are the subject's.
                    noun = s
                }
                var nounIndex: Int? = nil
                if c.percent && r.subject == nil {
                    for j in (c.end + 1)..<min(range.upperBound, c.end + 3) {
                        if let counter = lexemes[j].counter, counter != .people { noun = counter; nounIndex = j; break }
                        if case .word = lexemes[j].role { continue }
                        break
                    }
                }
                if let n = nounIndex { spanLast = max(spanLast, n) }
                let tail = tails[i]
                if let t = tail { spanLast = max(spanLast, t.1) }
                var base: String
                var domain = (local.flatMap { $0.1.isGeneral ? nil : $0.1 }) ?? (tail.flatMap { $0.0.isGeneral ? nil : $0.0 })
                var review: String? = nil
                var reviewAt: Int? = nil
                if domain == .crimeType || domain == .murder {
                    // "cướp giật tài sản (giảm 12%)": the change of one crime type, not of the unit's crime count.
                    review = StatementReader.partReason
                    reviewAt = local.flatMap { $0.1 == .crimeType ? $0.0 : nil } ?? tail.map { $0.1 }
                    domain = nil
                } else if let p = readings.last, p.review, i > 0, c.start - cands[i - 1].end <= 3 {
                    // "trộm cắp 18 vụ (giảm 3 vụ)": the change of a figure that is itself in review.
                    review = "change of a figure sent to review"
                }
                let action = r.action?.1
                if c.percent && r.rateWord && r.clearWord && domain == nil {
                    reading.metric = "clearance_rate_change_pp"
                    reading.changeBase = "clearance_rate"
                    if let rate = r.rate { spanFirst = min(spanFirst, rate) }
                    if let ch = r.change { spanFirst = min(spanFirst, ch.0) }
                    drafts.append(FigureDraft(metric: "clearance_rate_change_pp", isChange: true,
                                              value: signed(c.value, sign), qualifier: c.qualifier, number: c.k,
                                              spanFirst: spanFirst, spanLast: spanLast, confidence: confidence))
                    continue
                }
                let priorCount = readings.last(where: { $0.kind == .count && $0.metric != nil
                        && (noun == nil || noun == .cases || noun == .instances ? $0.counter == .cases || $0.counter == .instances : true) })
                if c.percent, noun == nil, domain == nil, i > 0, c.start - cands[i - 1].end <= 3,
                   let p = readings.last, p.kind == .rate, let rate = p.metric,
                   MetricCatalog.metric(rate + "_change_pp") != nil {
                    // "đạt 87,12%, tăng 1,35%": the rate's change, in points.
                    reading.metric = rate + "_change_pp"
                    reading.changeBase = rate
                    if let ch = r.change { spanFirst = min(spanFirst, ch.0) }
                    drafts.append(FigureDraft(metric: rate + "_change_pp", isChange: true, value: signed(c.value, sign),
                                              qualifier: c.qualifier, number: c.k, spanFirst: spanFirst, spanLast: spanLast,
                                              confidence: confidence))
                    continue
                }
                // "hơn 27.900 đối tượng (nhiều hơn 20,13%)", "18 người chết, tăng 4 người": the change of the count
                // just stated, in brackets or in its own counter.
                let stated: String? = {
                    guard i > 0, let p = readings.last, p.kind == .count, let m = p.metric,
                          domain == nil || domain == StatementReader.impliedTopic(m),
                          !m.hasPrefix("commendations"), !m.hasPrefix("gangs") else { return nil }
                    let bracketed = r.change.map { ch in ch.0 > lower && lexemes[ch.0 - 1].isPunct("(")
                        && ch.0 - cands[i - 1].end <= 2 } ?? false
                    if bracketed && (noun == nil || noun == p.counter) { return m }
                    // "bắt 312 đối tượng truy nã, tăng 8,3% so với cùng kỳ": a percentage right after a count.
                    if c.percent && noun == nil, let ch = r.change, directlyAfter(cands[i - 1], ch.0) { return m }
                    let casualty = m.hasSuffix("_deaths") || m.hasSuffix("_injuries")
                    if casualty && c.start - cands[i - 1].end <= 3 && (noun == .people || noun == .persons) { return m }
                    return nil
                }()
                let prosecuted = (noun == nil || noun == .cases) && action == nil && groupedWithDefendants(i, cands, links)
                switch noun {
                case _ where stated != nil: base = stated ?? ""
                case .cases? where prosecuted, nil where prosecuted:
                    // "giảm 761 vụ (15,4%), 567 bị can (8,3%)": cases counted with defendants are prosecuted cases.
                    base = MetricRule.metric(counter: .cases, action: .prosecute, topic: domain) ?? "cases_prosecuted"
                case .clearedCases?: base = "cases_cleared"
                case .acceptedCases?: base = "cases_accepted"
                case .gangs?: base = "gangs_dismantled"
                case .reports?: base = "crime_reports_received"
                case .deaths?: base = resolveCasualty("deaths", before: c.start)
                case .injuries?: base = resolveCasualty("injuries", before: c.start)
                case .collectives?, .individuals?, .collectivesAndIndividuals?: continue
                case .defendants?:
                    base = MetricRule.metric(counter: .defendants, action: action,
                                             topic: domain ?? StatementReader.impliedTopic(priorCount?.metric) ?? headingTopic
                                                 ?? contextDomain) ?? "defendants"
                case .people? where r.subject == nil && inherited?.changeBase.map({ $0.hasSuffix("_deaths") || $0.hasSuffix("_injuries") }) == true:
                    // "Khánh Hòa giảm 21 người chết, Bình Thuận giảm 17 người": a list goes on counting the same.
                    base = inherited?.changeBase ?? ""
                case .persons?, .people?:
                    let topic = domain ?? StatementReader.impliedTopic(inherited?.changeBase)
                        ?? StatementReader.impliedTopic(priorCount?.metric) ?? headingTopic ?? contextDomain
                    base = MetricRule.metric(counter: .persons, action: action == .eliminate ? .eliminate : nil, topic: topic) ?? "offenders"
                case .cases?, .instances?, nil:
                    if domain == .gambling { continue }
                    if noun == .cases, let t = r.subjectTopic, let m = MetricRule.metric(counter: .cases, action: nil, topic: t) {
                        // "số vụ phạm pháp hình sự giảm 17,4%": the crime count named, not the count before it.
                        base = m
                    } else if let domain, let m = MetricRule.metric(counter: .cases, action: action == .prosecute || action == .accept ? action : nil, topic: domain) {
                        base = m
                    } else if action == .eliminate {
                        base = "fugitives_arrested"
                    } else if r.subject == .cases, priorCount?.metric == "cases_cleared" {
                        // "điều tra, khám phá 186/201 vụ …; số vụ phạm tội giảm 6,5%": the crime count named as subject.
                        base = "crimes_social_order"
                    } else if let inherited, let b = inherited.changeBase, noun == nil || !b.contains("offenders") {
                        base = b
                    } else if let p = priorCount?.metric, !p.contains("offenders"), !p.hasPrefix("commendations") {
                        base = p
                    } else if local?.1.isGeneral != true, let h = headingTopic ?? contextDomain ?? (isCasualtySentence ? .traffic : nil),
                              let m = MetricRule.metric(counter: .cases, action: nil, topic: h) {
                        base = m
                    } else {
                        base = "crimes_social_order"
                        confidence -= 0.05
                        if c.percent, review == nil, noun == nil, tail == nil, let ch = r.change,
                           let w = plainSubject(before: ch.0, from: lower) {
                            // "lượng khách du lịch tăng 12,4%": the change of something the text does not say is crime.
                            review = "subject of the change is not stated as crime"
                            reviewAt = w
                        }
                    }
                }
                if let l = local, c.k - l.0 <= 8 { spanFirst = min(spanFirst, l.0) }
                if let ch = r.change { spanFirst = min(spanFirst, ch.0) }
                reading.changeBase = base
                reading.review = review != nil
                let metric = MetricRule.changeStem(of: base) + (c.percent ? "_change_pct" : "_change_count")
                reading.metric = metric
                drafts.append(FigureDraft(metric: metric, isChange: true, value: signed(c.value, sign), qualifier: c.qualifier,
                                          number: c.k, spanFirst: spanFirst, spanLast: spanLast, confidence: confidence,
                                          review: review, reviewAt: reviewAt))
            case .skipped:
                continue
            }
        }
        return drafts
    }

    func signed(_ v: DecimalValue, _ sign: Int) -> DecimalValue {
        let magnitude = v.units < 0 ? -v.units : v.units
        return DecimalValue(units: sign < 0 ? -magnitude : magnitude, scale: v.scale)
    }

    /// The verb of the group a figure belongs to ("điều tra, làm rõ 828 vụ với 1.585 đối tượng").
    func previousAction(_ i: Int, _ cands: [Candidate]) -> Action? {
        var j = i - 1
        while j >= 0 {
            let lower = j > 0 ? cands[j - 1].end + 1 : range.lowerBound
            let r = region(before: cands[j], from: lower)
            if let a = r.action { return a.1 }
            if j > 0 && !linked(cands[j - 1], cands[j]) { return nil }
            j -= 1
        }
        return nil
    }

    /// The last topic named earlier in the sentence.
    func carriedTopic(before index: Int) -> Topic? {
        var j = index - 1
        var depth = 0
        while j >= range.lowerBound {
            // Not from inside brackets ("(trong đó 5 vụ án rất nghiêm trọng), đã điều tra làm rõ 66 vụ").
            if lexemes[j].isPunct(")") { depth += 1 } else if lexemes[j].isPunct("("), depth > 0 { depth -= 1 }
            if depth == 0, let t = lexemes[j].topic { return t }
            j -= 1
        }
        return nil
    }

    /// The last topic named earlier in the figure's clause (back to ";").
    func carriedTopicInClause(before index: Int) -> Topic? {
        var j = index - 1
        while j >= range.lowerBound, !lexemes[j].isPunct(";") {
            if let t = lexemes[j].topic { return t }
            j -= 1
        }
        return nil
    }

    /// A capitalised word just before a count (or before its "(" / ":"), not at the start of the sentence: the
    /// name of a place the figure is about ("địa bàn Pleiku 12 vụ, An Khê 4 vụ"). Returns its lexeme.
    func placeBefore(_ c: Candidate) -> Int? {
        var j = c.start - 1
        guard j > range.lowerBound, !tokens.isEmpty else { return nil }
        if lexemes[j].isPunct("(") || lexemes[j].isPunct(":") { j -= 1 }
        guard j > range.lowerBound, case .word = lexemes[j].role else { return nil }
        let token = tokens[lexemes[j].first]
        guard token.capitalised, !token.lineBreakBefore else { return nil }
        // The whole name: "An Khê", "Ea Kar".
        while j - 1 > range.lowerBound, case .word = lexemes[j - 1].role, tokens[lexemes[j - 1].first].capitalised,
              !tokens[lexemes[j].first].lineBreakBefore { j -= 1 }
        // Not a sentence opening after a list mark ("- Tội phạm …", "+ Ma túy …").
        let before = lexemes[j - 1]
        if case .punct = before.role, before.isPunct("-") || before.isPunct("+") || before.isPunct("•") {
            if tokens[before.first].lineBreakBefore || j - 1 == range.lowerBound { return nil }
        }
        return j
    }

    /// Whether the topic at `j` is one of a list of topics ("tội phạm tham nhũng, kinh tế, buôn lậu"): a list of
    /// domains, not a part of one.
    func inTopicList(_ j: Int) -> Bool {
        let near = max(range.lowerBound, j - 3)..<min(range.upperBound, j + 4)
        return near.contains { $0 != j && lexemes[$0].topic != nil }
    }

    /// "100% số vụ án giết người đã được làm rõ": a percentage followed by cases and a clearance verb; the topic
    /// of those cases (nil for crime in general).
    func clearedShare(after c: Candidate) -> Topic?? {
        guard c.percent else { return nil }
        var j = c.end + 1
        var cases = false
        var topic: Topic? = nil
        while j < range.upperBound && j <= c.end + 10 {
            switch lexemes[j].role {
            case .counter(.cases): cases = true
            case .topic(let t): if topic == nil || t.specificity > (topic?.specificity ?? 0) { topic = t }
            case .action(.clear): return cases ? .some(topic.flatMap { $0.isGeneral ? nil : $0 }) : nil
            case .word, .ignored: break
            default: return nil
            }
            j += 1
        }
        return nil
    }

    /// Whether a target word follows a figure closely ("cao hơn 9,3% so với chỉ tiêu").
    func targetFollows(_ c: Candidate) -> Bool {
        (c.end + 1..<min(range.upperBound, c.end + 5)).contains { if case .target = lexemes[$0].role { return true } else { return false } }
    }

    /// Whether the sentence names a clearance rate before a ":" that comes before the figure ("tỷ lệ điều tra khám
    /// phá án … đạt cao: Nghệ An đạt 91,2%").
    func rateNamedBeforeColon(_ c: Candidate) -> Bool {
        guard let colon = (range.lowerBound..<c.start).last(where: { lexemes[$0].isPunct(":") }) else { return false }
        guard let rate = (range.lowerBound..<colon).last(where: { if case .rate = lexemes[$0].role { return true } else { return false } })
        else { return false }
        return (rate..<colon).contains { lexemes[$0].action == .clear }
    }

    /// Two or more plain words right before a change word, with nothing that names crime, a unit or a period
    /// ("lượng khách du lịch tăng 12,4%"): the first of them.
    func plainSubject(before k: Int, from lower: Int) -> Int? {
        var j = k - 1
        var words = 0
        while j >= lower, case .word = lexemes[j].role {
            words += 1
            j -= 1
        }
        return words >= 2 ? j + 1 : nil
    }

    static let partReason = "subject may be a crime type, a group of people or another part, not the unit's total"

    /// "trong đó" between the previous figure and this one: its lexeme, and whether a "(" opens it.
    func subsetBefore(_ c: Candidate, from lower: Int) -> (index: Int, bracketed: Bool)? {
        var j = c.start - 1
        while j >= lower && j >= c.start - 8 {
            switch lexemes[j].role {
            case .subset: return (j, j > range.lowerBound && lexemes[j - 1].isPunct("("))
            case .action(.occur): break
            case .number, .action, .change, .punct(";"), .punct(","): j = lower - 1
            // "trong đó TP Hồ Chí Minh bắt 164 đối tượng": a unit's own figure, not a part of the count.
            case .province, .cluster, .district, .region, .national: return nil
            default: break
            }
            j -= 1
        }
        // "58 vụ, 97 đối tượng phạm tội về ma túy (có 11 vụ mua bán)": a count opening brackets after a count,
        // with only its topic words between.
        guard lower > range.lowerBound else { return nil }
        j = c.start - 1
        if j > lower, case .action(.occur) = lexemes[j].role { j -= 1 } else if j > lower, lexemes[j].role.isWord("gom") {
            j -= 1
            if j > lower, lexemes[j].role.isWord("bao") { j -= 1 }
        }
        guard j >= lower, lexemes[j].isPunct("(") else { return nil }
        for k in lower..<j {
            switch lexemes[k].role {
            case .topic, .word, .ignored: continue
            default: return nil
            }
        }
        return (j, true)
    }

    /// A number that is not a figure between the previous figure and a percentage ("120.000 thẻ căn cước, đạt
    /// 98,5%"): the percentage may be a share of it.
    func otherNumberBefore(_ c: Candidate, from lower: Int) -> Int? {
        var j = c.start - 1
        while j >= lower {
            switch lexemes[j].role {
            case .number: return j
            // "so với 5 năm liền kề trước đó; tỷ lệ khám phá bình quân đạt 86,2%": the rate says what it is of.
            case .action(.clear), .action(.resolve), .punct(";"): return nil
            default: break
            }
            j -= 1
        }
        return nil
    }

    /// Plain words after "tỷ lệ" that name something other than clearance ("tỷ lệ thu hồi tài sản", "tỷ lệ
    /// cấp căn cước"): the first of them.
    func rateNamesOther(before c: Candidate, from lower: Int) -> Int? {
        guard let rate = (lower..<c.start).last(where: { if case .rate = lexemes[$0].role { return true } else { return false } })
        else { return nil }
        var other: Int? = nil
        for j in (rate + 1)..<c.start {
            switch lexemes[j].role {
            case .action(.clear), .action(.resolve): return nil
            case .word(let w) where !StatementReader.rateFillers.contains(w): if other == nil { other = j }
            default: break
            }
        }
        return other
    }

    /// Words that may stand in "tỷ lệ … đạt" without naming another rate.
    static let rateFillers: Set<String> = ["an", "chung", "binh", "quan", "cac", "ve", "va", "cua", "da", "duoc", "nay",
                                           "cung", "ky", "toan", "bo", "luc", "luong", "tinh", "cao", "nhat", "o", "muc",
                                           "tren", "voi", "la", "vu", "toi", "pham", "so", "doi", "tuong", "nghiem", "trong"]

    /// A target, not a result: "phấn đấu kéo giảm ít nhất 5%", "chỉ tiêu 90%" — but "đạt chỉ tiêu 80,4%"
    /// and "mục tiêu … đã giảm được 39%" state results.
    func statesTarget(before index: Int, from lower: Int) -> Bool {
        // Most sentences name no target: looked for first, without comparing every word with "đã" (the
        // scan below did that for every figure, back to the sentence start).
        // A target in an earlier clause ("hoàn thành 100% chỉ tiêu tuyển quân; … xảy ra 101 vụ") is not this one's.
        let clause = (lower..<index).last(where: { lexemes[$0].isPunct(";") }).map { $0 + 1 } ?? lower
        func governs(_ j: Int) -> Bool {
            guard case .target = lexemes[j].role else { return false }
            if j >= clause { return true }
            // "100% chỉ tiêu tuyển quân", "112% kế hoạch": a figure's own target, not the next clauses'.
            if j > lower, case .number(_, true, _) = lexemes[j - 1].role { return false }
            return true
        }
        guard index > lower, (lower..<index).contains(where: governs) else { return false }
        var j = index - 1
        var done = false
        while j >= lower {
            if case .word("da") = lexemes[j].role { done = true }
            if case .target = lexemes[j].role {
                if j > lower, case .reach = lexemes[j - 1].role { return false }
                if exceedsBefore(j, from: lower) { j -= 1; continue }
                return !done
            }
            j -= 1
        }
        return false
    }

    /// Whether "vượt" stands just before a target word, with its figure between ("vượt 8,6% chỉ tiêu"): a
    /// target-relative figure, which states no target for what follows.
    func exceedsBefore(_ target: Int, from lower: Int) -> Bool {
        var j = target - 1
        while j >= lower && j >= target - 3 {
            if case .exceed = lexemes[j].role { return true }
            j -= 1
        }
        return false
    }

    /// Casualties of traffic accidents or of crimes: crimes when the sentence (or its heading) speaks of
    /// crime ("phạm tội", "trật tự xã hội", "hình sự", "hậu quả"), else traffic — the casualty counts of
    /// these reports are traffic counts unless said otherwise.
    func resolveCasualty(_ metric: String, before index: Int) -> String {
        guard metric == "deaths" || metric == "injuries" else { return metric }
        return (crimeContext(before: index) ? "crime_" : "traffic_") + metric
    }

    func crimeContext(before index: Int) -> Bool {
        // "Tai nạn giao thông xảy ra 412 vụ, làm chết 248 người" under a crime heading: the sentence's own words win.
        if range.lowerBound < index, lexemes[range.lowerBound..<index].contains(where: { $0.topic == .traffic }) { return false }
        if let h = headingTopic { return h != .traffic }
        var j = index - 1
        // A bare "vụ" ("các vụ án", "tổng số vụ") speaks of crime unless a topic before it says otherwise.
        var bareCases = false
        while j >= range.lowerBound {
            switch lexemes[j].role {
            case .topic(.traffic): return false
            case .topic(let t) where t.isGeneral || t == .serious || t == .verySerious || t == .specialSerious || t == .murder
                || t == .crimeType: return true
            case .word("hau") where j + 1 < range.upperBound && lexemes[j + 1].role.isWord("qua"): return true
            case .counter(.cases) where j == range.lowerBound || !lexemes[j - 1].isNumber: bareCases = true
            default: break
            }
            j -= 1
        }
        // Then a domain the sentences before it named ("Ma túy … . … làm chết 2 người"; "Tai nạn giao thông … .
        // số vụ giảm 12 vụ, số người chết giảm 8 người"), which outweighs a bare "vụ"; crime in general before
        // it is no evidence, and casualties that name nothing stay traffic casualties.
        return contextDomain.map { $0 != .traffic } ?? bareCases
    }

    /// A sentence that counts deaths or injuries and names no crime: its bare "vụ" are traffic accidents.
    var isCasualtySentence: Bool {
        var casualties = false
        for j in range {
            switch lexemes[j].role {
            case .counter(.deaths), .counter(.injuries), .action(.kill), .action(.injure): casualties = true
            case .topic(let t) where t != .traffic: return false
            case .word("hau"): return false
            default: break
            }
        }
        return casualties && (headingTopic ?? contextDomain).map { $0 == .traffic } ?? true
    }

    /// Whether a case count is listed with a count of defendants ("376 vụ, 875 bị can", "giảm 761 vụ (15,4%),
    /// 567 bị can"): the next figures of its group, up to the next case count.
    func groupedWithDefendants(_ i: Int, _ cands: [Candidate], _ links: [Bool]) -> Bool {
        var j = i + 1
        while j < cands.count && j <= i + 3 && links[j] {
            if cands[j].counter == .defendants { return true }
            if cands[j].counter != nil { return false }
            j += 1
        }
        return false
    }

    /// Whether lexeme `k` follows a figure with only its topic words and one "," between ("312 đối tượng truy
    /// nã, tăng").
    func directlyAfter(_ a: Candidate, _ k: Int) -> Bool {
        let between = (a.end + 1)..<k
        guard between.count <= 5 else { return false }
        var commas = 0
        for j in between {
            switch lexemes[j].role {
            case .punct:
                guard lexemes[j].isPunct(",") else { return false }
                commas += 1
            case .topic, .word: continue
            default: return false
            }
        }
        return commas == 1 && lexemes[k - 1].isPunct(",")
    }

    /// Whether two figures are in one clause joined by "," and a verb at most ("41 vụ, bắt xử lý 95 bị can").
    func clauseJoined(_ a: Candidate, _ b: Candidate) -> Bool {
        let between = (a.end + 1)..<b.start
        guard between.count <= 4 else { return false }
        for j in between {
            switch lexemes[j].role {
            case .punct: if !lexemes[j].isPunct(",") { return false }
            case .word, .action: continue
            default: return false
            }
        }
        return true
    }

    /// Whether "đạt N%" follows a count in its clause, with only other counts of the group between
    /// ("35 vụ, 56 đối tượng trọng án, đạt 100%").
    func reachesRate(after c: Candidate) -> Bool {
        var j = c.end + 1
        while j < range.upperBound && j <= c.end + 12 {
            switch lexemes[j].role {
            case .reach:
                if j + 1 < range.upperBound, case .number(_, true, _) = lexemes[j + 1].role { return true }
                return false
            case .word, .topic, .counter, .ignored: break
            case .number(_, false, _): break
            case .punct: if !lexemes[j].isPunct(",") { return false }
            default: return false
            }
            j += 1
        }
        return false
    }
}
