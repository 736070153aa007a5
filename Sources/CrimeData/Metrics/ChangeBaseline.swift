/// What a change metric compares against (see ../shared/data/README.md, "Baseline suffixes").
public enum ChangeBaseline: Hashable, Sendable {
    /// The same period one year earlier ("so với cùng kỳ"): no suffix.
    case sameSpanYearEarlier
    /// The immediately preceding period ("so với tháng trước", "liền kề"): `_vs_prev_period`.
    case previousPeriod
    /// A named earlier year ("so với năm 2019"): `_vs_YYYY`.
    case year(Int)

    /// The metric-id suffix for this baseline.
    public var suffix: String {
        switch self {
        case .sameSpanYearEarlier: return ""
        case .previousPeriod: return "_vs_prev_period"
        case .year(let y): return "_vs_\(y)"
        }
    }
}
