import CrimeData

/// The report's own unit as an analyst names it (`extract --unit`): a province or city, a cluster, the nation,
/// a district or town, or an ad-hoc region of provinces.
///
/// - "Hà Giang", "CATP Hải Phòng", "Cụm thi đua số II", "Toàn quốc": through the gazetteer.
/// - "huyện Xuyên Mộc", "thị xã An Khê", "TP Pleiku", "quận 3" (a prefix that is not a province's):
///   a district, its prefix folded ("Xuyên Mộc").
/// - "5 tỉnh Tây Nguyên", "7 tỉnh, thành giáp ranh", "Công an 6 tỉnh Bắc Trung Bộ": a region, named as written
///   without "Công an" (the `region` units of the data README).
/// - Any other name the gazetteer does not know and that is not close to a province's ("Xuyên Mộc"): a
///   district, with a note saying so; a near miss ("Ha Giangg") stays an error with suggestions.
public enum ReportUnit {
    public struct Resolution: Sendable {
        public var unit: UnitRef
        /// Said on standard error: how a name that is not a province was taken.
        public var note: String?
    }

    public static func resolve(_ input: String, as type: UnitType? = nil, gazetteer: Gazetteer,
                               year: Int = 2024) throws(UnitResolutionError) -> Resolution {
        let text = VietnameseText.canonical(input).trimmingCharacters()
        let folded = VietnameseText.foldedKey(text)
        switch type {
        case .district?: return Resolution(unit: UnitRef(type: .district, name: Gazetteer.districtName(text)), note: nil)
        case .region?: return Resolution(unit: UnitRef(type: .region, name: regionName(text)), note: nil)
        default: break
        }
        do {
            return Resolution(unit: try gazetteer.resolve(text, as: type, year: year).unit, note: nil)
        } catch {
            guard type == nil else { throw error }
            if isRegion(folded) { return Resolution(unit: UnitRef(type: .region, name: regionName(text)), note: nil) }
            let prefixed = ["huyen ", "quan ", "thi xa ", "thi tran ", "tx ", "tx. ", "tp ", "tp. ", "thanh pho "]
                .contains { folded.hasPrefix($0) }
            if prefixed { return Resolution(unit: UnitRef(type: .district, name: Gazetteer.districtName(text)), note: nil) }
            // A name far from every province's: a district or town named without its prefix.
            let nearest = gazetteer.provinces.map { ReportUnit.editDistance(folded, VietnameseText.foldedKey($0.name)) }.min() ?? 99
            if error.kind == .unknown, nearest > 2, folded.split(separator: " ").count <= 4, !folded.isEmpty {
                let name = Gazetteer.districtName(text)
                return Resolution(unit: UnitRef(type: .district, name: name),
                                  note: "\"\(input)\" is not a province, city or cluster: taken as the district \"\(name)\" (give --unit-type to say otherwise)")
            }
            throw error
        }
    }

    /// "5 tinh tay nguyen", "cong an 7 tinh, thanh giap ranh": a number of provinces and their group's name.
    static func isRegion(_ folded: String) -> Bool {
        var words = folded.split(separator: " ").map(String.init)
        if words.count >= 2 && words[0] == "cong" && words[1] == "an" { words.removeFirst(2) }
        guard words.count >= 3, let n = Int(words[0]), (2...63).contains(n) else { return false }
        return words[1] == "tinh" || words[1] == "tinh," || (words[1] == "dia" && words[2] == "phuong")
    }

    /// Levenshtein distance over UTF-8 bytes of folded names.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) }
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

    /// The region as written, without "Công an", white space collapsed.
    static func regionName(_ text: String) -> String {
        var words = text.split(whereSeparator: { $0 == " " || $0.isNewline }).map(String.init)
        if words.count > 2, VietnameseText.foldedKey(words[0] + " " + words[1]) == "cong an" { words.removeFirst(2) }
        return words.joined(separator: " ")
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
