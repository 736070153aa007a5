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
            // A name written with its diacritics is compared letter by letter ("Bình Long" is two letters from
            // "Vĩnh Long": a district, not a slip); one without them on its folded form ("Ha Giangg": a slip).
            let written = text.lowercased()
            let hasMarks = written.unicodeScalars.contains { $0.value > 0x7F }
            let nearest = gazetteer.provinces.map { p in
                hasMarks ? Gazetteer.editDistance(Array(written), Array(VietnameseText.canonical(p.name).lowercased()))
                    : Gazetteer.editDistance(Array(folded), Array(VietnameseText.foldedKey(p.name)))
            }.min() ?? 99
            if error.kind == .unknown, nearest > (hasMarks ? 1 : 2), folded.split(separator: " ").count <= 4, !folded.isEmpty {
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
