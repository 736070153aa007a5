import CrimeData

extension DocumentContext {
    /// Finds the cluster the report is about (the one named most, first on a tie) and the report's own unit:
    /// the caller's `defaultUnit`, else that cluster, else the province named most after "Công an"/"CATP".
    mutating func findOwnUnit() {
        var clusterCounts: [Int: Int] = [:]
        var clusterOrder: [Int] = []
        var provinceCounts: [Int: Int] = [:]
        var provinceOrder: [Int] = []
        for (i, lexeme) in lexemes.enumerated() {
            switch lexeme.role {
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
        } else {
            ownUnit = nil
            provinceUnit = mostFrequent(provinceCounts, provinceOrder)
        }
    }

    /// The unit of the figure at lexeme `k`, with a confidence factor.
    ///
    /// Nearest first: a unit named in the same clause (back to "," or ";"), then a subject named earlier in
    /// the sentence (a cluster, "Công an 7 tỉnh", "toàn quốc", "toàn tỉnh", or the one province the sentence
    /// names), then the report's own unit.
    func unit(for k: Int, in sentence: Sentence, gazetteer: Gazetteer) -> (UnitRef?, Double) {
        let year = period?.year ?? published?.year ?? 2024
        func ref(_ role: Lexeme.Role) -> UnitRef? {
            switch role {
            case .province(let p): return gazetteer.provinces.indices.contains(p) ? gazetteer.provinces[p].ref(in: year) : nil
            case .cluster(let n): return .cluster(n)
            case .national: return .national
            case .memberGroup: return cluster.map { UnitRef.cluster($0) } ?? ownUnit ?? defaultUnit
            case .ownUnit: return ownUnit ?? inferredProvince(gazetteer, year: year)
            default: return nil
            }
        }
        var j = k - 1
        var clauseStart = sentence.range.lowerBound
        while j >= sentence.range.lowerBound {
            if lexemes[j].isPunct(",") || lexemes[j].isPunct(";") || lexemes[j].isPunct(":") { clauseStart = j; break }
            // Only units are passed to `ref`: passing every role copied the text of each word and mark.
            switch lexemes[j].role {
            case .province, .cluster, .national, .memberGroup, .ownUnit:
                if let unit = ref(lexemes[j].role) { return (unit, 1) }
            default: break
            }
            j -= 1
        }
        // The one province the sentence names, if it names exactly one: tracked as the province seen and
        // whether another was seen, not as a `Set` of them (a set allocated per figure when measured).
        var province: Int? = nil
        var severalProvinces = false
        var nearest: UnitRef? = nil
        j = clauseStart - 1
        while j >= sentence.range.lowerBound {
            switch lexemes[j].role {
            case .province(let p):
                if let seen = province, seen != p { severalProvinces = true } else { province = p }
            case .cluster, .national, .memberGroup, .ownUnit:
                if nearest == nil { nearest = ref(lexemes[j].role) }
            default: break
            }
            j -= 1
        }
        if let nearest { return (nearest, 0.95) }
        if !severalProvinces, let p = province, let unit = ref(.province(p)) { return (unit, 0.9) }
        if let ownUnit { return (ownUnit, defaultUnit == nil ? 0.85 : 0.95) }
        if let unit = inferredProvince(gazetteer, year: year) { return (unit, 0.8) }
        return (nil, 1)
    }

    func inferredProvince(_ gazetteer: Gazetteer, year: Int) -> UnitRef? {
        guard let p = provinceUnit, gazetteer.provinces.indices.contains(p) else { return nil }
        return gazetteer.provinces[p].ref(in: year)
    }
}
