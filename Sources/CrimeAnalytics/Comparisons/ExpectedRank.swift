/// A unit's expected rank among all units, accounting for the uncertainty of every rate.
///
/// `rankᵢ = 1 + Σ_{j≠i} Φ((pⱼ − pᵢ)/√(seᵢ² + seⱼ²))` with each unit's own `se = √(p̂(1−p̂)/n)`: the
/// expected number of units that beat unit i, plus one (1 = highest; normal approximation, cf. Goldstein &
/// Spiegelhalter 1996, JRSS A 159:385). When both standard errors are 0 (rates of 0 % or 100 %) the term
/// is a step: 1 if pⱼ > pᵢ, ½ if equal, 0 if lower. Ranks sum to `I(I+1)/2`.
public struct ExpectedRank: Sendable, Equatable {
    /// The unit.
    public let unit: UnitRate
    /// `p̂ = k/n`.
    public let proportion: Double
    /// `√(p̂(1−p̂)/n)`.
    public let standardError: Double
    /// The expected rank (1 = highest proportion).
    public let expectedRank: Double

    /// Expected ranks of the comparable units of `units`, in input order; units with an
    /// ``UnitRate/exclusionReason`` are left out.
    public static func expectedRanks(of units: [UnitRate]) -> [ExpectedRank] {
        let included = units.partitionedForComparison().included
        let p = included.map(\.proportion)
        let se = included.map { ($0.proportion * (1 - $0.proportion) / Double($0.trials)).squareRoot() }
        let ranks = expectedRanks(proportions: p, standardErrors: se)
        return included.indices.map {
            ExpectedRank(unit: included[$0], proportion: p[$0], standardError: se[$0], expectedRank: ranks[$0])
        }
    }

    /// Expected ranks from proportions and their standard errors (same length; NaN entries give NaN).
    public static func expectedRanks(proportions p: [Double], standardErrors se: [Double]) -> [Double] {
        guard p.count == se.count else { return [] }
        let normal = NormalDistribution.standard
        return p.indices.map { i in
            var rank = 1.0
            for j in p.indices where j != i {
                let spread = (se[i] * se[i] + se[j] * se[j]).squareRoot()
                let d = p[j] - p[i]
                if spread > 0 {
                    rank += normal.cdf(d / spread)
                } else {
                    rank += d > 0 ? 1 : (d == 0 ? 0.5 : (d < 0 ? 0 : .nan))
                }
            }
            return rank
        }
    }
}
