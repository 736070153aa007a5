/// A reporting unit: its kind and canonical NFC name ("Hà Nội", "Cụm thi đua số 2", "Toàn quốc").
///
/// Two references are the same unit when their names are equal and their kinds belong to the same
/// family (a province and a centrally-run city are one family: Thừa Thiên Huế became the city Huế).
public struct UnitRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let type: UnitType
    public let name: String

    public init(type: UnitType, name: String) {
        self.type = type
        self.name = name
    }

    /// The national unit.
    public static let national = UnitRef(type: .national, name: "Toàn quốc")

    /// Cluster number `n`: "Cụm thi đua số n".
    public static func cluster(_ n: Int) -> UnitRef { UnitRef(type: .cluster, name: "Cụm thi đua số \(n)") }

    /// The cluster number, when this is a cluster.
    public var clusterNumber: Int? {
        guard type == .cluster, let last = name.split(separator: " ").last else { return nil }
        return Int(last)
    }

    private var family: UInt8 { type.isProvincial ? 0 : type.rank + 1 }

    public static func == (a: UnitRef, b: UnitRef) -> Bool { a.family == b.family && a.name == b.name }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(family)
        hasher.combine(name)
    }

    /// Kind first (national, clusters by number, regions, provincial units, districts), then name.
    public static func < (a: UnitRef, b: UnitRef) -> Bool {
        if a.family != b.family { return a.type < b.type }
        if let x = a.clusterNumber, let y = b.clusterNumber { return x < y }
        return a.name.compare(b.name) < 0
    }

    public var description: String { name }
}

extension Sequence where Element == UnitRef {
    /// Sorted as tables show units, computing each name's collation key once.
    public func sortedForDisplay() -> [UnitRef] {
        map { (unit: $0, key: VietnameseText.foldedKey($0.name)) }
            .sorted { a, b in
                if a.unit.type.isProvincial != b.unit.type.isProvincial || (!a.unit.type.isProvincial && a.unit.type != b.unit.type) {
                    return a.unit < b.unit
                }
                if let x = a.unit.clusterNumber, let y = b.unit.clusterNumber { return x < y }
                return a.key != b.key ? a.key < b.key : a.unit.name < b.unit.name
            }
            .map(\.unit)
    }
}

extension String {
    /// A collation for Vietnamese names good enough for sorting tables: the folded key, then the text.
    func compare(_ other: String) -> Int {
        if utf8.allSatisfy({ $0 < 0x80 }) && other.utf8.allSatisfy({ $0 < 0x80 }) {
            return self == other ? 0 : (self < other ? -1 : 1)
        }
        let a = VietnameseText.foldedKey(self), b = VietnameseText.foldedKey(other)
        if a != b { return a < b ? -1 : 1 }
        return self == other ? 0 : (self < other ? -1 : 1)
    }
}
