import CrimeData

extension DocumentContext {
    /// Finds the cluster the report is about (the one named most, first on a tie) and the report's own unit:
    /// the caller's `defaultUnit`, else that cluster, else the province named most after "Công an"/"CATP".
    mutating func findOwnUnit() {
        var clusterCounts: [Int: Int] = [:]
        var clusterOrder: [Int] = []
        var provinceCounts: [Int: Int] = [:]
        var provinceOrder: [Int] = []
        var region: Int? = nil
        var district: Int? = nil
        for (i, lexeme) in lexemes.enumerated() {
            switch lexeme.role {
            case .region: if region == nil { region = i }
            case .district(false) where i > 0:
                if district == nil, case .unitPrefix = lexemes[i - 1].role { district = i }
            case .cluster(let n):
                if clusterCounts[n] == nil { clusterOrder.append(n) }
                clusterCounts[n, default: 0] += 1
            case .province(let p) where i > 0:
                if case .unitPrefix = lexemes[i - 1].role {
                    if provinceCounts[p] == nil { provinceOrder.append(p) }
                    provinceCounts[p, default: 0] += 1
                }
            default: break
            }
        }
        func mostFrequent(_ counts: [Int: Int], _ order: [Int]) -> Int? {
            var best: Int? = nil
            for n in order where best == nil || counts[n, default: 0] > counts[best ?? n, default: 0] { best = n }
            return best
        }
        cluster = mostFrequent(clusterCounts, clusterOrder) ?? defaultUnit?.clusterNumber
        if let defaultUnit {
            ownUnit = defaultUnit
        } else if let cluster {
            ownUnit = .cluster(cluster)
        } else if let region {
            // "Công an 5 tỉnh Tây Nguyên …": the region is the report's subject.
            ownUnit = UnitRef(type: .region, name: regionName(region))
        } else {
            ownUnit = nil
            provinceUnit = mostFrequent(provinceCounts, provinceOrder)
            // "Công an huyện Xuyên Mộc …" and no province after "Công an": a report about that district.
            if provinceUnit == nil, let district { ownUnit = UnitRef(type: .district, name: districtName(district)) }
        }
    }

    /// The unit of the figure at lexeme `k`, with a confidence factor, and a reason for review when the unit is
    /// a part of the report's own unit (a district inside it).
    ///
    /// Nearest first: a unit named in the same clause (back to "," or ";"), then a subject named earlier in
    /// the sentence (a cluster, "Công an 7 tỉnh", "5 tỉnh Tây Nguyên", "toàn quốc", "toàn tỉnh", a district, or the
    /// one province the sentence names), then the report's own unit.
    func unit(for k: Int, in sentence: Sentence, gazetteer: Gazetteer) -> (UnitRef?, Double, String?) {
        let year = period?.year ?? published?.year ?? 2024
        func ref(_ j: Int) -> UnitRef? {
            switch lexemes[j].role {
            case .province(let p): return gazetteer.provinces.indices.contains(p) ? gazetteer.provinces[p].ref(in: year) : nil
            case .cluster(let n): return .cluster(n)
            case .national: return .national
            case .memberGroup: return cluster.map { UnitRef.cluster($0) } ?? ownUnit ?? defaultUnit
            case .ownUnit: return ownUnit ?? inferredProvince(gazetteer, year: year)
            case .region: return ownUnit?.type == .region ? ownUnit : UnitRef(type: .region, name: regionName(j))
            case .district: return UnitRef(type: .district, name: districtName(j))
            default: return nil
            }
        }
        /// A district is the figure's unit only in a report about that district; in any other it is a part of it.
        func attributed(_ unit: UnitRef, _ confidence: Double) -> (UnitRef?, Double, String?) {
            guard unit.type == .district, !(ownUnit.map({ DocumentContext.sameDistrict($0, unit) }) ?? false) else {
                return (unit, confidence, nil)
            }
            return (unit, confidence, "subject is a district or town inside the report's unit (\(unit.name))")
        }
        /// The lexeme before `j`, stepping over a bracketed list ("Cụm thi đua số 2 (Sơn La, …, Yên Bái) xảy ra
        /// 612 vụ": the members listed, not the subject).
        func back(_ j: Int) -> Int {
            guard lexemes[j].isPunct(")") else { return j - 1 }
            var depth = 0
            var i = j
            while i >= sentence.range.lowerBound {
                if lexemes[i].isPunct(")") { depth += 1 } else if lexemes[i].isPunct("(") { depth -= 1; if depth == 0 { return i - 1 } }
                i -= 1
            }
            return j - 1
        }
        var j = k - 1
        var clauseStart = sentence.range.lowerBound
        var group: Int? = nil
        while j >= sentence.range.lowerBound {
            if lexemes[j].isPunct(",") || lexemes[j].isPunct(";") || lexemes[j].isPunct(":") { clauseStart = j; break }
            // Only units are passed to `ref`: passing every role copied the text of each word and mark.
            switch lexemes[j].role {
            case .memberGroup:
                // "Đà Nẵng dẫn đầu cụm với …", "Lai Châu là địa phương duy nhất trong cụm …": a province named
                // before the group in the clause is the subject.
                if group == nil { group = j }
            case .province, .cluster, .national, .ownUnit, .region, .district:
                if let unit = ref(j) { return attributed(unit, 1) }
            default: break
            }
            j = back(j)
        }
        if let g = group, let unit = ref(g) { return attributed(unit, 1) }
        // A clause that goes on from the one before ("Bình Dương xảy ra 1.102 vụ, giảm 5,1%", "Phú Yên xảy ra 64
        // vụ, đạt 90,63%, trong đó có một vụ …"): the province or district of the clauses before, back to ";".
        if clauseStart > sentence.range.lowerBound, lexemes[clauseStart].isPunct(","),
           clauseStart + 1 < lexemes.count, DocumentContext.continuesClause(lexemes[clauseStart + 1].role) {
            var i = clauseStart - 1
            scan: while i >= sentence.range.lowerBound {
                switch lexemes[i].role {
                case .punct(";"), .punct(":"), .cluster, .national, .ownUnit, .region: break scan
                case .province, .district: if let unit = ref(i) { return attributed(unit, 0.95) }
                default: break
                }
                i = back(i)
            }
        }
        // The one province the sentence names, if it names exactly one: tracked as the province seen and
        // whether another was seen, not as a `Set` of them (a set allocated per figure when measured).
        var province: Int? = nil
        var severalProvinces = false
        var nearest: UnitRef? = nil
        j = clauseStart - 1
        var pastSemicolon = lexemes.indices.contains(clauseStart) && lexemes[clauseStart].isPunct(";")
        while j >= sentence.range.lowerBound {
            defer { j = back(j) }
            switch lexemes[j].role {
            case .punct(";"): pastSemicolon = true
            case .province(let p):
                if let seen = province, seen != p { severalProvinces = true } else { province = p }
            case .district where pastSemicolon:
                // "trong đó huyện Đức Hòa 61 vụ …; đã điều tra làm rõ 251 vụ": a district named in another clause.
                break
            case .cluster, .national, .memberGroup, .ownUnit, .region, .district:
                if nearest == nil { nearest = ref(j) }
            default: break
            }
        }
        if let nearest { return attributed(nearest, 0.95) }
        if !severalProvinces, let p = province, gazetteer.provinces.indices.contains(p) {
            return (gazetteer.provinces[p].ref(in: year), 0.9, nil)
        }
        if let ownUnit { return (ownUnit, defaultUnit == nil ? 0.85 : 0.95, nil) }
        if let unit = inferredProvince(gazetteer, year: year) { return (unit, 0.8, nil) }
        return (nil, 1, nil)
    }

    /// Words that open a clause going on from the one before: a change, "đạt", "tỷ lệ", "trong đó", "tương đương".
    static func continuesClause(_ role: Lexeme.Role) -> Bool {
        switch role {
        // "cả hai vụ đều đã được làm rõ" ("cả" reads as the prefix "CA").
        case .change, .reach, .subset, .equivalent, .comparative, .number, .unitPrefix: return true
        default: return false
        }
    }

    /// Two districts are one when their folded names are.
    static func sameDistrict(_ a: UnitRef, _ b: UnitRef) -> Bool {
        a.type == b.type && VietnameseText.foldedKey(a.name) == VietnameseText.foldedKey(b.name)
    }

    /// The source text of lexeme `j`, NFC, with white space collapsed.
    func written(_ j: Int) -> String {
        let utf8 = source.utf8
        let slice = utf8.index(utf8.startIndex, offsetBy: tokens[lexemes[j].first].byteStart)
            ..< utf8.index(utf8.startIndex, offsetBy: tokens[lexemes[j].last].byteEnd)
        let text = VietnameseText.canonical(String(decoding: utf8[slice], as: UTF8.self))
        return text.split(whereSeparator: { $0 == " " || $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    /// "huyện Xuyên Mộc" → "Xuyên Mộc"; "xã Ia Grai" → "Ia Grai"; "quận 3" → "3".
    func districtName(_ j: Int) -> String {
        let text = written(j)
        if case .district(true) = lexemes[j].role, let space = text.firstIndex(of: " ") {
            return String(text[text.index(after: space)...])
        }
        return Gazetteer.districtName(text)
    }

    /// "5 tỉnh Tây Nguyên", "7 tỉnh, thành giáp ranh": as written.
    func regionName(_ j: Int) -> String { written(j) }

    func inferredProvince(_ gazetteer: Gazetteer, year: Int) -> UnitRef? {
        guard let p = provinceUnit, gazetteer.provinces.indices.contains(p) else { return nil }
        return gazetteer.provinces[p].ref(in: year)
    }
}
