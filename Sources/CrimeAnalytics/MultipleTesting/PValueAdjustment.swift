/// Adjustments of a family of p-values for multiple comparisons.
///
/// NaN p-values (undefined tests) stay NaN and are not counted in the family size m.
public enum PValueAdjustment {
    /// Holm's step-down adjustment (controls the family-wise error rate).
    ///
    /// Sorted ascending `p₍₁₎ ≤ … ≤ p₍ₘ₎`: `p̃₍ᵢ₎ = max_{j≤i} min(1, (m − j + 1)·p₍ⱼ₎)` (Holm 1979,
    /// Scand J Stat 6:65; R `p.adjust(method = "holm")`). Results are in the input order.
    public static func holm(_ pValues: [Double]) -> [Double] {
        let order = pValues.indices.filter { !pValues[$0].isNaN }.sorted { pValues[$0] < pValues[$1] }
        let m = order.count
        var adjusted = pValues.map { $0.isNaN ? Double.nan : 0 }
        var running = 0.0
        for (rank, i) in order.enumerated() {
            running = Swift.max(running, Swift.min(1, Double(m - rank) * pValues[i]))
            adjusted[i] = running
        }
        return adjusted
    }

    /// The Benjamini–Hochberg step-up adjustment (controls the false discovery rate).
    ///
    /// Sorted ascending: `p̃₍ᵢ₎ = min_{j≥i} min(1, m/j · p₍ⱼ₎)` (Benjamini & Hochberg 1995, JRSS B 57:289;
    /// R `p.adjust(method = "BH")`). Results are in the input order.
    public static func benjaminiHochberg(_ pValues: [Double]) -> [Double] {
        let order = pValues.indices.filter { !pValues[$0].isNaN }.sorted { pValues[$0] < pValues[$1] }
        let m = order.count
        var adjusted = pValues.map { $0.isNaN ? Double.nan : 0 }
        var running = 1.0
        for (rank, i) in order.enumerated().reversed() {
            running = Swift.min(running, Double(m) / Double(rank + 1) * pValues[i])
            adjusted[i] = Swift.min(1, running)
        }
        return adjusted
    }
}
