/// How a figure was stated: exactly, or with a verbal bound.
///
/// Vietnamese wording (DESIGN.md, Data model): "trên" → over (> x); "từ x trở lên" → at least (≥ x);
/// "hơn" → more than (> x); "gần" → nearly (just below x); "khoảng", "ước" → about (near x);
/// "dưới", "chưa đến" → under (< x). Qualified figures are used in validation, never as exact values in
/// statistics.
public enum Qualifier: String, Sendable, Hashable, CaseIterable {
    case exact
    case over
    case atLeast = "at_least"
    case moreThan = "more_than"
    case nearly
    case about
    case under

    /// The Vietnamese word that states it.
    public var vietnamese: String {
        switch self {
        case .exact: return ""
        case .over: return "trên"
        case .atLeast: return "từ … trở lên"
        case .moreThan: return "hơn"
        case .nearly: return "gần"
        case .about: return "khoảng"
        case .under: return "dưới"
        }
    }

    /// A short English reading: "> x", "≥ x", "just below x", "≈ x", "< x".
    public var reading: String {
        switch self {
        case .exact: return "exactly"
        case .over, .moreThan: return "more than"
        case .atLeast: return "at least"
        case .nearly: return "just below"
        case .about: return "about"
        case .under: return "less than"
        }
    }
}
