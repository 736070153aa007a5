/// The kind of reporting unit a figure belongs to.
public enum UnitType: String, Sendable, Hashable, CaseIterable, Comparable {
    /// All of Viet Nam ("Toàn quốc").
    case national
    /// An emulation cluster of the Ministry of Public Security ("Cụm thi đua số N").
    case cluster
    /// An ad-hoc group of provinces that is not a Ministry cluster ("5 tỉnh Tây Nguyên").
    case region
    /// One of the five centrally-run cities (Huế from 2025).
    case city
    /// A province.
    case province
    /// A district, kept by its free name without "huyện/quận/thị xã/thị trấn".
    case district

    /// Provinces and centrally-run cities form one family: Thừa Thiên Huế changed kind in 2025.
    public var isProvincial: Bool { self == .province || self == .city }

    /// Position in tables: national 0, clusters 1, regions 2, cities 3, provinces 4, districts 5.
    var rank: UInt8 {
        switch self {
        case .national: return 0
        case .cluster: return 1
        case .region: return 2
        case .city: return 3
        case .province: return 4
        case .district: return 5
        }
    }

    /// Sort order in tables: national, clusters, regions, cities, provinces, districts.
    public static func < (a: UnitType, b: UnitType) -> Bool {
        a.rank < b.rank
    }
}
