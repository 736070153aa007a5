/// What kind of crime or event a statement is about ("về ma túy", "tai nạn giao thông", "trọng án").
///
/// When several topics follow a figure, the most specific wins (``specificity``): a domain such as drugs
/// or traffic over "vi phạm" (violations), over "trật tự xã hội", over "hình sự".
enum Topic: String, Sendable, CaseIterable {
    case socialOrder, criminal, violations
    case drugs, economic, corruption, environment, traffic
    case serious, verySerious, specialSerious, murder
    case fugitives, dangerousFugitives, crimeReports, commendation

    var specificity: Int {
        switch self {
        case .criminal: return 1
        case .socialOrder: return 2
        case .violations: return 3
        case .commendation: return 4
        default: return 10
        }
    }

    /// Topics that only say "crime in general": they never override what a figure's verb implies.
    var isGeneral: Bool { self == .criminal || self == .socialOrder || self == .violations }
}
