/// One unit's rate as counts: `successes` (e.g. cases cleared) of `trials` (e.g. cases recorded).
public struct UnitRate: Sendable, Equatable, Hashable {
    /// The unit's name (province, city, cluster…).
    public let name: String
    /// The numerator k.
    public let successes: Int
    /// The denominator n.
    public let trials: Int

    /// A unit with `successes` of `trials`.
    public init(name: String, successes: Int, trials: Int) {
        self.name = name
        self.successes = successes
        self.trials = trials
    }

    /// `k/n` (NaN when n = 0).
    public var proportion: Double { trials > 0 ? Double(successes) / Double(trials) : .nan }

    /// Why the unit cannot enter a comparison of proportions, or `nil` when it can.
    ///
    /// Clearances can exceed 100 % when they include earlier years' cases: such a unit is flagged
    /// (``ExclusionReason/successesExceedTrials``), not crashed on.
    public var exclusionReason: ExclusionReason? {
        if successes < 0 || trials < 0 { return .negativeCount }
        if trials == 0 { return .zeroBase }
        if successes > trials { return .successesExceedTrials }
        return nil
    }
}

/// Why a unit was left out of a comparison.
public enum ExclusionReason: String, Sendable, Equatable, Hashable, CaseIterable {
    /// n = 0: the rate is undefined.
    case zeroBase
    /// k > n: more successes than trials (e.g. clearances including earlier years' cases).
    case successesExceedTrials
    /// A negative count.
    case negativeCount
}

/// A unit left out of a comparison, with the reason.
public struct ExcludedUnit: Sendable, Equatable {
    /// The unit.
    public let unit: UnitRate
    /// Why it was left out.
    public let reason: ExclusionReason
}

extension [UnitRate] {
    /// The units that can be compared, and the others with their reasons.
    func partitionedForComparison() -> (included: [UnitRate], excluded: [ExcludedUnit]) {
        var included: [UnitRate] = [], excluded: [ExcludedUnit] = []
        for unit in self {
            if let reason = unit.exclusionReason {
                excluded.append(ExcludedUnit(unit: unit, reason: reason))
            } else {
                included.append(unit)
            }
        }
        return (included, excluded)
    }
}
