/// Which units an analysis covers: named units, a cluster's members in a year, a socio-economic region.
///
/// Each part given narrows the selection (units named with `--unit` form one list; a cluster and a region
/// both given mean their common members). A cluster's members are those the membership table
/// (Datasets/clusters.csv) states for the year: clusters are recomposed over time, so no other year's list
/// is used. A year whose statements name fewer than three members (a cluster head or deputy only) has no
/// usable membership. Regions are the six GSO socio-economic regions of Datasets/provinces.csv.
public struct UnitScope: Sendable {
    /// Named units (empty: any).
    public let units: [UnitRef]
    /// Cluster number N of "Cụm thi đua số N".
    public let cluster: Int?
    /// Canonical region name.
    public let region: String?

    /// Fewer stated members than this in a year is a head-only statement, not a membership list.
    public static let smallestMembership = 3

    public init(units: [UnitRef] = [], cluster: Int? = nil, region: String? = nil) {
        self.units = units
        self.cluster = cluster
        self.region = region
    }

    /// Whether nothing narrows the selection.
    public var isEmpty: Bool { units.isEmpty && cluster == nil && region == nil }

    /// Resolves `--unit`, `--cluster` and `--region` values.
    public init(units names: [String], cluster: String?, region: String?, gazetteer: Gazetteer) throws {
        var units: [UnitRef] = []
        for name in names {
            do {
                units.append(try gazetteer.resolve(name).unit)
            } catch {
                throw DataError("--unit \(name): \(error.description)")
            }
        }
        var number: Int? = nil
        if let cluster {
            let text = VietnameseText.foldedKey(cluster)
            number = Int(text).flatMap { (1...99).contains($0) ? $0 : nil } ?? Gazetteer.clusterNumber(text)
                ?? (Gazetteer.romanValue(text))
            guard number != nil else {
                throw DataError("--cluster \(cluster): not a cluster; give its number, e.g. --cluster 2 or \"Cụm thi đua số II\"")
            }
        }
        var regionName: String? = nil
        if let region {
            regionName = try gazetteer.region(named: region)
        }
        self.init(units: Array(Set(units)).sortedForDisplay(), cluster: number, region: regionName)
    }

    /// The provincial units of the scope in `year`; nil when the scope does not restrict units.
    public func units(in year: Int, gazetteer: Gazetteer) -> Set<UnitRef>? {
        guard !isEmpty else { return nil }
        var selected: Set<UnitRef>? = units.isEmpty ? nil : Set(units)
        func narrow(_ set: Set<UnitRef>) { selected = selected.map { $0.intersection(set) } ?? set }
        if let cluster { narrow(Set(members(ofCluster: cluster, year: year, gazetteer: gazetteer))) }
        if let region {
            narrow(Set(gazetteer.provinces.filter { $0.region == region }.map { $0.ref(in: year) }))
        }
        return selected
    }

    /// The members of cluster `n` stated for `year`, as units; empty when fewer than three are stated.
    public func members(ofCluster n: Int, year: Int, gazetteer: Gazetteer) -> [UnitRef] {
        let names = gazetteer.members(ofCluster: n, year: year)
        guard names.count >= UnitScope.smallestMembership else { return [] }
        return names.compactMap { gazetteer.province(named: $0)?.ref(in: year) }
    }

    /// The years in which the membership of cluster `n` is stated in full (three or more members).
    public static func membershipYears(ofCluster n: Int, gazetteer: Gazetteer) -> [Int] {
        Set(gazetteer.memberships.filter { $0.cluster == n }.map(\.year)).sorted()
            .filter { gazetteer.members(ofCluster: n, year: $0).count >= smallestMembership }
    }

    /// In words, for output: "members of Cụm thi đua số 2 in 2020 (7)", "region Tây Nguyên", "Hà Nội, Đà Nẵng";
    /// without a year, a cluster's part names the years its membership is stated for.
    public func description(year: Int?, gazetteer: Gazetteer) -> String {
        var parts: [String] = []
        if !units.isEmpty { parts.append(units.map(\.name).joined(separator: ", ")) }
        if let cluster {
            if let year {
                let n = members(ofCluster: cluster, year: year, gazetteer: gazetteer).count
                parts.append(n == 0 ? "members of Cụm thi đua số \(cluster) in \(year) (not stated)"
                             : "members of Cụm thi đua số \(cluster) in \(year) (\(n))")
            } else {
                let years = UnitScope.membershipYears(ofCluster: cluster, gazetteer: gazetteer).map(String.init)
                parts.append("members of Cụm thi đua số \(cluster) (stated for " + (years.isEmpty ? "no year" : years.joined(separator: ", ")) + ")")
            }
        }
        if let region { parts.append("region \(region)") }
        return parts.joined(separator: " ∩ ")
    }
}

extension Gazetteer {
    /// The six GSO socio-economic regions, as provinces.csv names them.
    public var regions: [String] { Array(Set(provinces.map(\.region))).sorted { $0.compare($1) < 0 } }

    /// The canonical region for its name written with or without diacritics, in any case ("tay nguyen",
    /// "Đông Nam Bộ"), or a part of the name that only one region has ("cửu long").
    public func region(named text: String) throws -> String {
        let key = VietnameseText.foldedKey(text)
        let matches = regions.filter { VietnameseText.foldedKey($0) == key }
        if let match = matches.first { return match }
        let partial = regions.filter { VietnameseText.foldedKey($0).contains(key) && !key.isEmpty }
        if partial.count == 1, let match = partial.first { return match }
        throw DataError("unknown region \"\(text)\"; the regions are: \(regions.joined(separator: "; "))")
    }
}
