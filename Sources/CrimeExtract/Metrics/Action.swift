/// The verb in front of a figure, which decides what it counts ("xảy ra" a crime, "khám phá" a clearance).
enum Action: String, Sendable, CaseIterable {
    /// xảy ra, phát hiện, ghi nhận, có, tổng số.
    case occur
    /// điều tra, khám phá, làm rõ, phá án.
    case clear
    /// bắt, bắt giữ, xử lý, thanh loại, vận động đầu thú.
    case arrest
    /// thanh loại, truy bắt, vận động đầu thú: said of fugitives.
    case eliminate
    /// khởi tố.
    case prosecute
    /// thụ lý.
    case accept
    /// triệt phá, triệt xóa, làm tan rã.
    case dismantle
    /// tiếp nhận, cung cấp (crime reports).
    case receive
    /// giải quyết (crime reports).
    case resolve
    /// làm chết, khiến … chết.
    case kill
    /// bị thương, làm bị thương.
    case injure
    /// khen thưởng, tặng bằng khen.
    case commend
}

extension Action {
    /// The position in `allCases`, without hashing the raw value (table lookups in ``MetricRule``).
    var ordinal: Int {
        switch self {
        case .occur: return 0
        case .clear: return 1
        case .arrest: return 2
        case .eliminate: return 3
        case .prosecute: return 4
        case .accept: return 5
        case .dismantle: return 6
        case .receive: return 7
        case .resolve: return 8
        case .kill: return 9
        case .injure: return 10
        case .commend: return 11
        }
    }
}
