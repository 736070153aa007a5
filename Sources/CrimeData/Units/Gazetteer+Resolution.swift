extension Gazetteer {
    /// Police and administrative prefixes dropped before matching (folded form), longest first.
    static let prefixes: [String] = [
        "cong an thanh pho ", "cong an tinh ", "cong an tp ", "cong an ", "ca thanh pho ", "ca tinh ",
        "ca tp ", "catp ", "cat ", "thanh pho ", "tinh ", "tp ",
    ]

    static func strippingPrefixes(_ key: String) -> String {
        var key = Substring(key)
        var changed = true
        while changed {
            changed = false
            for prefix in prefixes where key.hasPrefix(prefix) && key.count > prefix.count {
                key = key.dropFirst(prefix.count)
                changed = true
                break
            }
        }
        return String(key)
    }

    /// Resolves a name to a unit.
    ///
    /// Accepts NFC or NFD, any case, with or without diacritics, đ/Đ→d, Ð (U+00D0) as Đ, old and new
    /// tone-mark placement, and prefixes ("TP.HCM", "CATP Hà Nội", "Công an tỉnh Lào Cai", "tỉnh Thừa
    /// Thiên - Huế"); clusters ("Cụm thi đua số II", "cụm 2"); the nation ("Toàn quốc"). With `type`
    /// `.district` or `.region` the name is kept as written (NFC; districts without "huyện/quận/thị
    /// xã/thị trấn"). `year` decides the kind of Thừa Thiên Huế (a city from 2025).
    public func resolve(_ input: String, as type: UnitType? = nil, year: Int = 2024) throws(UnitResolutionError) -> UnitResolution {
        let text = VietnameseText.canonical(input).trimmingWhitespace()
        switch type {
        case .district?:
            return UnitResolution(input: input, unit: UnitRef(type: .district, name: Gazetteer.districtName(text)),
                                  rule: .freeName, matched: nil)
        case .region?:
            return UnitResolution(input: input, unit: UnitRef(type: .region, name: text), rule: .freeName, matched: nil)
        default: break
        }
        let key = VietnameseText.foldedKey(text)
        if type == nil || type == .cluster, let n = Gazetteer.clusterNumber(key) {
            return UnitResolution(input: input, unit: .cluster(n), rule: .cluster, matched: nil)
        }
        if type == nil || type == .national, Gazetteer.nationalKeys.contains(key) {
            return UnitResolution(input: input, unit: .national, rule: .national, matched: nil)
        }
        if type == nil || type?.isProvincial == true {
            if let entry = exactIndex[text] {
                let p = provinces[entry.index]
                return UnitResolution(input: input, unit: p.ref(in: year), rule: entry.isAlias ? .alias : .canonical,
                                      matched: entry.form)
            }
            for candidate in [key, Gazetteer.strippingPrefixes(key)] {
                guard let hits = foldedIndex[candidate] else { continue }
                let distinct = Set(hits.map(\.index))
                if distinct.count == 1, let hit = hits.first {
                    return UnitResolution(input: input, unit: provinces[hit.index].ref(in: year), rule: .folded,
                                          matched: hit.form)
                }
                throw UnitResolutionError(kind: .ambiguous, input: input,
                                          candidates: distinct.sorted().map { provinces[$0].name })
            }
        }
        throw UnitResolutionError(kind: .unknown, input: input, candidates: closestNames(to: key, type: type))
    }

    /// Up to three canonical names closest to a folded key (edit distance on folded forms).
    func closestNames(to key: String, type: UnitType?) -> [String] {
        let stripped = Gazetteer.strippingPrefixes(key)
        var best: [(distance: Int, name: String)] = []
        if type == nil || type?.isProvincial == true {
            for (form, hits) in foldedIndex {
                let d = min(Gazetteer.editDistance(stripped, form), Gazetteer.editDistance(key, form))
                for hit in hits { best.append((d, provinces[hit.index].name)) }
            }
        }
        if type == .cluster { best.append((0, "Cụm thi đua số N (N = 1, 2, …, or a Roman numeral)")) }
        if type == .national { best.append((0, "Toàn quốc")) }
        var seen = Set<String>()
        return best.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
            .filter { seen.insert($0.name).inserted }
            .prefix(3).map(\.name)
    }

    static let nationalKeys: Set<String> = ["toan quoc", "ca nuoc", "viet nam", "national", "vietnam", "nationwide"]

    /// "cum thi dua so ii" / "cum 2" / "cum thi dua so 2 bo cong an" → 2.
    static func clusterNumber(_ key: String) -> Int? {
        var words = key.split(separator: " ")
        guard words.first == "cum" else { return nil }
        words.removeFirst()
        if words.count >= 2 && words[0] == "thi" && words[1] == "dua" { words.removeFirst(2) }
        if words.first == "so" { words.removeFirst() }
        if words.count == 4 && words[1] == "bo" && words[2] == "cong" && words[3] == "an" { words.removeLast(3) }
        guard words.count == 1, let token = words.first else { return nil }
        if let n = Int(token), (1...99).contains(n) { return n }
        return romanValue(token)
    }

    /// Roman numerals I … XX.
    static func romanValue<S: StringProtocol>(_ token: S) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50]
        var total = 0
        var previous = 0
        for c in token.lowercased().reversed() {
            guard let v = values[c] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return (1...50).contains(total) ? total : nil
    }

    /// A district's name without "huyện", "quận", "thị xã", "thị trấn", "TX", "TP", "thành phố".
    public static func districtName(_ text: String) -> String {
        let prefixes = ["huyện ", "quận ", "thị xã ", "thị trấn ", "tx. ", "tx ", "tp. ", "tp ", "thành phố "]
        var name = Substring(text)
        for prefix in prefixes where name.lowercased().hasPrefix(prefix) {
            name = name.dropFirst(prefix.count)
            break
        }
        return String(name).trimmingWhitespace()
    }

    static func editDistance(_ a: String, _ b: String) -> Int { editDistance(Array(a.utf8), Array(b.utf8)) }

    /// Levenshtein distance between two sequences (bytes of folded names, or letters of written ones).
    public static func editDistance<T: Equatable>(_ x: [T], _ y: [T]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

extension String {
    /// Without leading and trailing white space (including non-breaking spaces).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
