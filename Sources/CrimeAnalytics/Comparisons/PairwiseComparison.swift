/// A comparison of two units' proportions: Newcombe difference CI and pooled z test, Holm-adjusted.
///
/// Produced for every pair by ``all(_:confidenceLevel:)``: the difference `pᵢ − pⱼ` with its Newcombe
/// hybrid-score interval (``ProportionDifference``), the pooled two-proportion z test
/// (``TwoProportionZTest``) and its p-value adjusted by Holm's method across all pairs
/// (``PValueAdjustment/holm(_:)``).
public struct PairwiseComparison: Sendable, Equatable {
    /// The first unit.
    public let first: UnitRate
    /// The second unit.
    public let second: UnitRate
    /// `p_first − p_second`.
    public let difference: Double
    /// Newcombe's interval for the difference.
    public let confidenceInterval: ConfidenceInterval
    /// The pooled z statistic (`nil` when both units are at 0 % or both at 100 %).
    public let z: Double?
    /// The unadjusted two-sided p-value.
    public let pValue: Double?
    /// The Holm-adjusted p-value across all pairs.
    public let adjustedPValue: Double?

    /// All pairs `(i, j)`, `i < j` in input order, of the comparable units; excluded units
    /// (``UnitRate/exclusionReason``) take part in no pair.
    public static func all(_ units: [UnitRate], confidenceLevel: Double = 0.95) -> [PairwiseComparison] {
        let included = units.partitionedForComparison().included
        var raw: [(UnitRate, UnitRate, ProportionDifference, TwoProportionZTest)] = []
        for i in included.indices {
            for j in included.indices where j > i {
                let a = included[i], b = included[j]
                guard
                    let difference = try? ProportionDifference(
                        successes: a.successes, trials: a.trials, versus: b.successes, trials: b.trials,
                        confidenceLevel: confidenceLevel),
                    let test = try? TwoProportionZTest(
                        successes: a.successes, trials: a.trials, versus: b.successes, trials: b.trials)
                else { continue }
                raw.append((a, b, difference, test))
            }
        }
        let adjusted = PValueAdjustment.holm(raw.map { $0.3.pValue ?? .nan })
        return raw.indices.map { k in
            let (a, b, difference, test) = raw[k]
            return PairwiseComparison(
                first: a, second: b, difference: difference.difference,
                confidenceInterval: difference.confidenceInterval, z: test.z, pValue: test.pValue,
                adjustedPValue: adjusted[k].isNaN ? nil : adjusted[k])
        }
    }
}
