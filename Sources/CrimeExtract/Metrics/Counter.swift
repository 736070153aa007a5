/// The word that says what a number counts ("2.156 vụ", "3.066 đối tượng", "857 tập thể").
///
/// A number with no counter and no "%" is not a statistic: this one rule removes dates, years, cluster
/// and term numbers, member counts ("Công an 7 tỉnh"), task counts ("7 nhiệm vụ") and money ("22 tỷ đồng").
enum Counter: String, Sendable, CaseIterable {
    /// vụ, vụ án, vụ việc.
    case cases
    /// trường hợp: counts of violations; a figure only with a topic.
    case instances
    /// đối tượng, nghi can, nghi phạm, kẻ, người phạm tội.
    case persons
    /// người, tội phạm: people, but only offenders when a verb or topic says so.
    case people
    /// bị can.
    case defendants
    /// băng, nhóm, ổ nhóm, băng nhóm.
    case gangs
    /// (lượt) tập thể.
    case collectives
    /// (lượt) cá nhân.
    case individuals
    /// (lượt) tập thể, cá nhân — not separated.
    case collectivesAndIndividuals
    /// tin, tin báo, tố giác.
    case reports
    /// người chết, người tử vong.
    case deaths
    /// người bị thương.
    case injuries
    /// "số vụ khám phá": in a change, the cases cleared.
    case clearedCases
    /// "vụ thụ lý": in a change, the cases accepted.
    case acceptedCases
}

extension Counter {
    /// The position in `allCases`, without hashing the raw value (table lookups in ``MetricRule``).
    var ordinal: Int {
        switch self {
        case .cases: return 0
        case .instances: return 1
        case .persons: return 2
        case .people: return 3
        case .defendants: return 4
        case .gangs: return 5
        case .collectives: return 6
        case .individuals: return 7
        case .collectivesAndIndividuals: return 8
        case .reports: return 9
        case .deaths: return 10
        case .injuries: return 11
        case .clearedCases: return 12
        case .acceptedCases: return 13
        }
    }
}
