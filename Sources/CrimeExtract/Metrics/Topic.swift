/// What kind of crime or event a statement is about ("về ma túy", "tai nạn giao thông", "trọng án").
///
/// When several topics follow a figure, the most specific wins (``specificity``): a domain such as drugs
/// or traffic over "vi phạm" (violations), over "trật tự xã hội", over "hình sự".
enum Topic: String, Sendable, CaseIterable {
    case socialOrder, criminal, violations
    case drugs, economic, corruption, environment, traffic
    case serious, verySerious, specialSerious, murder
    case fugitives, dangerousFugitives, crimeReports, commendation
    /// đánh bạc, cờ bạc: a crime type whose counts are not recorded (as for other single crime types).
    case gambling
    /// A single crime type ("trộm cắp tài sản", "cố ý gây thương tích", "lừa đảo chiếm đoạt tài sản") or another
    /// part of a total ("người chưa thành niên", "tái phạm"): a figure about it is a breakdown, not the unit's
    /// total, and goes to review.
    case crimeType

    var specificity: Int {
        switch self {
        case .criminal: return 1
        case .socialOrder: return 2
        case .violations: return 3
        case .commendation: return 4
        // A part beats the domain it is a part of: "người nghiện ma túy", "tội phạm trộm cắp".
        case .crimeType: return 11
        default: return 10
        }
    }

    /// Topics that only say "crime in general": they never override what a figure's verb implies.
    var isGeneral: Bool { self == .criminal || self == .socialOrder || self == .violations }

    /// The domains a paragraph can be about, carried to its figures that name none: drugs, economic,
    /// corruption, environment, traffic. Serious cases, fugitives and crime reports are parts of a count.
    var isNamedDomain: Bool {
        switch self {
        case .drugs, .economic, .corruption, .environment, .traffic: return true
        default: return false
        }
    }
}

extension Topic {
    /// The position in `allCases`, without hashing the raw value (table lookups in ``MetricRule``).
    var ordinal: Int {
        switch self {
        case .socialOrder: return 0
        case .criminal: return 1
        case .violations: return 2
        case .drugs: return 3
        case .economic: return 4
        case .corruption: return 5
        case .environment: return 6
        case .traffic: return 7
        case .serious: return 8
        case .verySerious: return 9
        case .specialSerious: return 10
        case .murder: return 11
        case .fugitives: return 12
        case .dangerousFugitives: return 13
        case .crimeReports: return 14
        case .commendation: return 15
        case .gambling: return 16
        case .crimeType: return 17
        }
    }
}
