import CrimeData

/// Turns tokens into lexemes: numbers with their "%" and sign, periods, clusters, member groups, and the
/// phrases of ``MetricPhrase`` and ``UnitPhrase`` (longest match first).
struct ReportLexer: Sendable {
    let trie: PhraseTrie
    /// The ids of "cum" and of ``memberWords``: the words ``lex(_:)`` tests every word or number against,
    /// compared as ids (a `String` comparison or `Set` lookup per token cost more than the test itself).
    private let cum: Int32
    private let memberWordIDs: [Int32]
    /// The ids of the folded number words ("mot", "hai", "ba" …) and of the district prefixes' first words.
    private let numberWordIDs: [Int32]
    private let districtWordIDs: [Int32]
    /// The gazetteer indices of the centrally-run cities ("TP Hà Nội" is the city; "TP Thanh Hóa" is a town).
    private let cityIndices: Set<Int>
    /// Per word id, what the word may start, looked up once per word instead of scanning id lists (three more
    /// lists per word were a fifth of lexing when measured): ``periodLead``, ``periodLeadBeforeNext`` (a period
    /// only before one of ``periodNextIDs``: "sáu tháng", "đợt cao điểm", "thời gian qua"), ``numberWord``,
    /// ``districtWord``.
    private let wordFlags: [UInt8]
    private let periodNextIDs: [Int32]
    static let periodLead: UInt8 = 1, periodLeadBeforeNext: UInt8 = 2, numberWord: UInt8 = 4, districtWord: UInt8 = 8

    init(gazetteer: Gazetteer) {
        var trie = PhraseTrie()
        for (phrase, role) in MetricPhrase.table {
            let words = ReportTokenizer.tokenize(phrase).map(\.text)
            trie.insert(words, .init(role: role, needsCapital: false))
        }
        for (words, index) in UnitPhrase.entries(gazetteer) {
            trie.insert(words, .init(role: .province(index), needsCapital: true))
        }
        cityIndices = Set(gazetteer.provinces.indices.filter { gazetteer.provinces[$0].kind == .city || gazetteer.provinces[$0].ref(in: 2025).type == .city })
        cum = trie.wordID("cum")
        numberWordIDs = ReportLexer.numberWords.keys.map { trie.wordID($0) }
        districtWordIDs = ["huyen", "quan", "thi", "tp", "thanh", "xa", "phuong", "tx"].map { trie.wordID($0) }
        memberWordIDs = ReportLexer.memberWords.map { trie.wordID($0) }
        let conditional = Set(["dot", "cao", "dip", "thoi"]).union(PeriodPhrase.monthCountWords.keys)
            .subtracting(["nam"])
        periodNextIDs = ["thang", "diem", "tet", "le", "gian", "cao"].map { trie.wordID($0) }
        let leadIDs = PeriodPhrase.leadWords.map { ($0, trie.wordID($0)) }
        var flags = [UInt8](repeating: 0, count: trie.vocabulary.count + 1)
        func mark(_ id: Int32, _ flag: UInt8) { if id >= 0 && Int(id) < flags.count { flags[Int(id)] |= flag } }
        for (w, id) in leadIDs { mark(id, conditional.contains(w) ? ReportLexer.periodLeadBeforeNext : ReportLexer.periodLead) }
        for id in numberWordIDs { mark(id, ReportLexer.numberWord) }
        for id in districtWordIDs { mark(id, ReportLexer.districtWord) }
        wordFlags = flags
        self.trie = trie
    }

    /// Words after a number that make it a count of member units, not a statistic ("Công an 7 tỉnh").
    static let memberWords: Set<String> = ["tinh", "thanh", "don", "dia", "cum"]

    /// Numbers in words as written (NFC, lower case) → value: "một vụ", "hai người", "ba người bị thương".
    /// Keyed by the folded word; the written form must match, so "bà" (Mrs) is not "ba" (three).
    static let numberWords: [String: (written: String, value: Int64)] = [
        "mot": ("một", 1), "hai": ("hai", 2), "ba": ("ba", 3), "bon": ("bốn", 4), "nam": ("năm", 5), "sau": ("sáu", 6),
        "bay": ("bảy", 7), "tam": ("tám", 8), "chin": ("chín", 9), "muoi": ("mười", 10),
    ]

    /// The first words of district prefixes as written, where the folded word has other meanings ("quan" is also
    /// "quan", "quân"; "xa" is also "xa"); "" where the prefix needs no check.
    static let districtPrefixes: [String: String] = [
        "huyen": "huyện", "quan": "quận", "thi": "thị", "tp": "", "tx": "", "thanh": "", "xa": "xã", "phuong": "phường",
    ]

    /// Words that may follow "N tỉnh" in the name of an ad-hoc region when not capitalised ("giáp ranh",
    /// "Đồng bằng sông Cửu Long", "miền núi phía Bắc").
    static let regionWords: Set<String> = ["giap", "ranh", "bien", "gioi", "bang", "song", "phia", "mien", "nui",
                                           "vung", "khu", "vuc", "trung", "du", "duyen", "hai", "tay", "dong", "nam", "bac"]

    static let roman: [String: Int] = [
        "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
        "xi": 11, "xii": 12,
    ]

    /// The tokens of `text`, with their ids in the phrases' vocabulary (what ``lex(_:)`` matches on).
    func tokenize(_ text: String) -> [Token] {
        ReportTokenizer.tokenize(text, vocabulary: trie.vocabulary)
    }

    /// The lexemes of tokens from ``tokenize(_:)``.
    func lex(_ t: [Token], source: String = "") -> [Lexeme] {
        var out: [Lexeme] = []
        out.reserveCapacity(t.count)
        var i = 0
        func word(_ k: Int) -> String? { k < t.count && t[k].kind == .word ? t[k].text : nil }
        func written(_ k: Int) -> String {
            let utf8 = source.utf8
            guard t[k].byteEnd <= utf8.count else { return "" }
            let slice = utf8.index(utf8.startIndex, offsetBy: t[k].byteStart)..<utf8.index(utf8.startIndex, offsetBy: t[k].byteEnd)
            return VietnameseText.canonical(String(decoding: utf8[slice], as: UTF8.self)).lowercased()
        }
        func capitalisedName(from k: Int, limit: Int = 4) -> Int? {
            var last: Int? = nil
            var j = k
            while j < t.count && j < k + limit, t[j].kind == .word, t[j].capitalised, j == k || !t[j].lineBreakBefore {
                last = j
                j += 1
            }
            return last
        }
        while i < t.count {
            let flags: UInt8 = t[i].kind == .word && t[i].id >= 0 && Int(t[i].id) < wordFlags.count ? wordFlags[Int(t[i].id)] : 0
            // "một vụ", "hai người", "ba người bị thương": a number in words before a counter.
            if flags & ReportLexer.numberWord != 0, let entry = ReportLexer.numberWords[t[i].text],
               i + 1 < t.count, t[i + 1].text != "so",
               isCounter(t, at: i + 1) || (entry.value == 10 && i + 2 < t.count && ReportLexer.numberWords[t[i + 1].text] != nil
                                              && isCounter(t, at: i + 2)),
               written(i) == entry.written {
                var value = entry.value
                var last = i
                // "mười hai" = 12, "hai mươi" = 20.
                if entry.value == 10, i + 2 < t.count, let unit = ReportLexer.numberWords[t[i + 1].text], unit.value < 10,
                   written(i + 1) == unit.written {
                    value = 10 + unit.value
                    last = i + 1
                }
                out.append(Lexeme(role: .number(value: DecimalValue(units: value, scale: 0), percent: false, sign: 0),
                                  first: i, last: last))
                i = last + 1
                continue
            }
            // "huyện Xuyên Mộc", "thị xã An Khê", "TP Pleiku", "quận 3", "xã Ia Grai": a place inside a province.
            if flags & ReportLexer.districtWord != 0 {
                var k = i + 1
                var commune = false
                switch t[i].text {
                case "thi": if word(k) == "xa" || word(k) == "tran" { k += 1 } else { k = -1 }
                case "thanh": if word(k) == "pho" { k += 1 } else { k = -1 }
                case "tp", "tx": if k < t.count, t[k].text == "." { k += 1 }
                case "xa", "phuong": commune = true
                default: break
                }
                // "TP Thanh Hóa", "thành phố Vinh": a provincial city, inside its province (not one of the five cities).
                let townPrefix = t[i].text == "tp" || t[i].text == "thanh"
                if let form = ReportLexer.districtPrefixes[t[i].text], form.isEmpty || written(i) == form,
                   k > 0, k < t.count, trie.longestMatch(t, from: k).map({ match in
                       if case .province(let p) = match.0.role { return townPrefix && !cityIndices.contains(p) }
                       return true }) ?? true {
                    if let last = capitalisedName(from: k) {
                        out.append(Lexeme(role: .district(commune: commune), first: i, last: last))
                        i = last + 1
                        continue
                    }
                    if t[i].text == "quan", t[k].kind == .number, t[k].text.utf8.count <= 2, t[k].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                       k + 1 >= t.count || t[k + 1].kind != .word || trie.longestMatch(t, from: k + 1).map({ if case .counter = $0.0.role { return false }
                                                                                                         return true }) ?? true {
                        out.append(Lexeme(role: .district(commune: false), first: i, last: k))
                        i = k + 1
                        continue
                    }
                }
            }
            // Fields are read from `t[i]` in place: a copy of the token (`let token = t[i]`) retained and
            // released its text, 5% of lexing when measured.
            // Periods first: "năm 2020", "6 tháng đầu năm", "quý III".
            if t[i].kind == .number || flags & ReportLexer.periodLead != 0
                || (flags & ReportLexer.periodLeadBeforeNext != 0 && i + 1 < t.count && periodNextIDs.contains(t[i + 1].id)),
               let m = PeriodPhrase.match(t, at: i) {
                out.append(Lexeme(role: m.mention.map { .period($0) } ?? .ignored, first: i, last: m.last))
                i = m.last + 1
                continue
            }
            if t[i].kind == .word && t[i].id == cum {
                var k = i + 1
                if word(k) == "thi" && word(k + 1) == "dua" { k += 2 }
                if word(k) == "so" { k += 1 }
                var n: Int? = nil
                if k < t.count, t[k].kind == .number, let v = Int(t[k].text), (1...30).contains(v) { n = v }
                if let w = word(k), let v = ReportLexer.roman[w] { n = v }
                if let n {
                    out.append(Lexeme(role: .cluster(n), first: i, last: k))
                    i = k + 1
                    // "cụm thi đua số 4, số 5": further clusters in a list.
                    while i + 2 < t.count, t[i].text == "," || t[i].text == "va", word(i + 1) == "so",
                          t[i + 2].kind == .number, let v = Int(t[i + 2].text), (1...30).contains(v) {
                        out.append(Lexeme(role: .cluster(v), first: i + 1, last: i + 2))
                        i += 3
                    }
                    continue
                }
                out.append(Lexeme(role: .memberGroup, first: i, last: max(i, k - 1)))
                i = max(i, k - 1) + 1
                continue
            }
            if t[i].kind == .number {
                // "Công an 7 tỉnh", "5 thành phố", "8 đơn vị", "6 địa phương": the members, as a group.
                if i + 1 < t.count, memberWordIDs.contains(t[i + 1].id), let w = word(i + 1),
                   w != "thanh" || word(i + 2) == "pho", w != "don" || word(i + 2) == "vi",
                   w != "dia" || word(i + 2) == "phuong" {
                    let last = (w == "tinh" || w == "cum") ? i + 1 : i + 2
                    if w == "tinh", let end = regionEnd(t, after: last) {
                        out.append(Lexeme(role: .region, first: i, last: end))
                        i = end + 1
                        continue
                    }
                    out.append(Lexeme(role: .memberGroup, first: i, last: last))
                    i = last + 1
                    continue
                }
                guard let value = ReportLexer.number(t[i].text) else {
                    out.append(Lexeme(role: .word(t[i].text), first: i, last: i))
                    i += 1
                    continue
                }
                var sign = 0
                if let previous = out.last, i > 0, !t[i].spaceBefore, previous.first == i - 1,
                   t[i - 1].kind == .punct, t[i - 1].text == "-" || t[i - 1].text == "+" {
                    let opensGroup = i < 2 || t[i - 1].spaceBefore || t[i - 2].text == "(" || t[i - 2].kind == .punct
                    if opensGroup {
                        sign = t[i - 1].text == "-" ? -1 : 1
                        out.removeLast()
                    }
                }
                var last = i
                var percent = false
                if i + 1 < t.count, t[i + 1].kind == .punct, t[i + 1].text == "%" {
                    percent = true
                    last = i + 1
                }
                out.append(Lexeme(role: .number(value: value, percent: percent, sign: sign),
                                  first: sign != 0 ? i - 1 : i, last: last))
                i = last + 1
                continue
            }
            if let (entry, last) = trie.longestMatch(t, from: i) {
                out.append(Lexeme(role: entry.role, first: i, last: last))
                i = last + 1
                continue
            }
            out.append(Lexeme(role: t[i].kind == .word ? .word(t[i].text) : .punct(t[i].text), first: i, last: i))
            i += 1
        }
        return out
    }

    /// Whether a counter phrase ("vụ", "đối tượng", "người bị thương") starts at token `k`.
    func isCounter(_ t: [Token], at k: Int) -> Bool {
        guard k < t.count, let (entry, _) = trie.longestMatch(t, from: k), case .counter = entry.role else { return false }
        return true
    }

    /// Where the name of an ad-hoc region ends after "N tỉnh" at `k`: ", thành (phố)" and then capitalised words
    /// or ``regionWords`` ("5 tỉnh Tây Nguyên", "7 tỉnh, thành giáp ranh", "13 tỉnh Đồng bằng sông Cửu Long").
    func regionEnd(_ t: [Token], after k: Int) -> Int? {
        var j = k + 1
        if j + 1 < t.count, t[j].text == ",", t[j + 1].text == "thanh" {
            j += 2
            if j < t.count, t[j].text == "pho" { j += 1 }
        }
        var last: Int? = nil
        var named = false
        while j < t.count && j <= k + 9, t[j].kind == .word, !t[j].lineBreakBefore {
            if t[j].text == "cum" || t[j].text == "cong" { break }
            if t[j].capitalised { named = true } else if !ReportLexer.regionWords.contains(t[j].text) { break }
            last = j
            j += 1
        }
        guard let last, named || t[k + 1 ..< last + 1].contains(where: { $0.text == "ranh" || $0.text == "gioi" }) else { return nil }
        return last
    }

    /// The value of a number token ("2.156", "88,7", "1.234.567", "3.5", "03"), read from its bytes; the same
    /// reading as `VietnameseNumber.parse`, which it falls back to for very long digit runs.
    static func number(_ text: String) -> DecimalValue? {
        var units: Int64 = 0
        var digits = 0
        var commas = 0, dots = 0
        var fraction = 0
        var group = 0
        var lead = -1
        var groupsOK = true
        var lastDotGroup = 0
        for byte in text.utf8 {
            switch byte {
            case 48...57:
                digits += 1
                if digits > 15 { return VietnameseNumber.parse(text) }
                units = units * 10 + Int64(byte - 48)
                if commas > 0 { fraction += 1 } else { group += 1 }
            case 44:
                commas += 1
                if commas > 1 { return nil }
                if dots > 0 && group != 3 { groupsOK = false }
                if dots == 0 { lead = group }
                group = 0
            case 46:
                if commas > 0 { return nil }
                if dots == 0 { lead = group } else if group != 3 { groupsOK = false }
                dots += 1
                group = 0
            default:
                return VietnameseNumber.parse(text)
            }
        }
        if commas == 0 && dots > 0 { lastDotGroup = group }
        if dots == 0 {
            guard commas == 0 || fraction > 0 else { return nil }
            guard fraction <= 9 else { return nil }
            return DecimalValue(units: units, scale: fraction)
        }
        if commas == 0 && dots == 1 && lastDotGroup != 3 {
            // "3.5": an English decimal point.
            guard lastDotGroup > 0, lastDotGroup <= 9, lead > 0 else { return nil }
            return DecimalValue(units: units, scale: lastDotGroup)
        }
        if commas == 0 && lastDotGroup != 3 { groupsOK = false }
        guard groupsOK, (1...3).contains(lead) else { return nil }
        guard commas == 0 || (fraction > 0 && fraction <= 9) else { return nil }
        return DecimalValue(units: units, scale: fraction)
    }
}
