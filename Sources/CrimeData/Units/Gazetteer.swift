/// The provincial units, cluster membership by year and the 2025 crosswalk, with name resolution.
///
/// Built from Datasets/provinces.csv, clusters.csv and provinces_2025.csv (bundled in the binary).
public struct Gazetteer: Sendable {
    /// The 63 provincial units in use until the 2025 reorganisation, in code order.
    public let provinces: [Province]
    /// Cluster membership statements, one per (cluster, year, unit, source).
    public let memberships: [ClusterMembership]
    /// The 1 July 2025 crosswalk, old unit → new unit, where a source states it.
    public let mergers: [UnitMerger]

    /// NFC name or alias exactly as written → province index.
    let exactIndex: [String: (index: Int, isAlias: Bool, form: String)]
    /// Folded key (also with prefixes removed) → province indices and the forms that produced the key.
    let foldedIndex: [String: [(index: Int, form: String)]]

    public init(provinces: [Province], memberships: [ClusterMembership], mergers: [UnitMerger]) {
        self.provinces = provinces
        self.memberships = memberships
        self.mergers = mergers
        var exact: [String: (index: Int, isAlias: Bool, form: String)] = [:]
        var folded: [String: [(index: Int, form: String)]] = [:]
        for (i, p) in provinces.enumerated() {
            exact[p.name] = (i, false, p.name)
            for alias in p.aliases where exact[alias] == nil { exact[alias] = (i, true, alias) }
            for form in [p.name, p.asciiName] + p.aliases {
                for key in Set([VietnameseText.foldedKey(form), Gazetteer.strippingPrefixes(VietnameseText.foldedKey(form))])
                where !key.isEmpty {
                    if !(folded[key]?.contains { $0.index == i } ?? false) {
                        folded[key, default: []].append((i, form))
                    }
                }
            }
        }
        exactIndex = exact
        foldedIndex = folded
    }

    /// The province with this canonical name.
    public func province(named name: String) -> Province? {
        guard let entry = exactIndex[name], !entry.isAlias else { return nil }
        return provinces[entry.index]
    }

    /// The distinct members of cluster `n` stated for `year`, in name order; empty when unknown.
    public func members(ofCluster n: Int, year: Int) -> [String] {
        let names = Set(memberships.filter { $0.cluster == n && $0.year == year }.map(\.unit))
        return names.sorted { $0.compare($1) < 0 }
    }

    /// The clusters a unit is stated to belong to in `year`.
    public func clusters(of unit: String, year: Int) -> [Int] {
        Array(Set(memberships.filter { $0.unit == unit && $0.year == year }.map(\.cluster))).sorted()
    }

    /// The units after 1 July 2025, each with the old units it took in (where a source states it).
    public var unitsAfterReorganisation: [(newUnit: String, oldUnits: [String])] {
        var grouped: [String: Set<String>] = [:]
        for m in mergers { grouped[m.newUnit, default: []].insert(m.oldUnit) }
        return grouped.keys.sorted { $0.compare($1) < 0 }.map { ($0, (grouped[$0] ?? []).sorted { $0.compare($1) < 0 }) }
    }

    /// The new unit an old unit became part of on 1 July 2025, when a source states it.
    public func unitAfterReorganisation(of oldUnit: String) -> String? {
        mergers.first { $0.oldUnit == oldUnit }?.newUnit
    }
}
