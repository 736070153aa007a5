/// Pearson correlations between several series over the years where all of them are observed.
///
/// Each series becomes a column `zₛ = (yₛ − ȳₛ)/√Σ(yₛ − ȳₛ)²` (centred, scaled to unit length) of a
/// T × S matrix Z; then `R = ZᵀZ`, one BLAS `dsyrk`. Years where any series is missing are dropped
/// (complete cases). Rows and columns of a constant series are NaN (undefined).
public struct CorrelationMatrix: Sendable {
    /// The S × S correlation matrix (NaN where undefined).
    public let matrix: Matrix
    /// Number of complete years used.
    public let observationCount: Int

    /// The correlation of series `i` and `j`; `nil` when undefined.
    public subscript(i: Int, j: Int) -> Double? {
        let r = matrix[i, j]
        return r.isNaN ? nil : r
    }

    /// Correlates `series` (each an array over the same years).
    ///
    /// - Throws: ``StatisticsError/lengthMismatch(expected:actual:)`` for series of different lengths,
    ///   ``StatisticsError/insufficientData(needed:available:)`` with fewer than 3 complete years.
    public init(series: [[Double]]) throws(StatisticsError) {
        let s = series.count
        let t = series.first?.count ?? 0
        for row in series where row.count != t { throw .lengthMismatch(expected: t, actual: row.count) }
        let complete = (0..<t).filter { year in series.allSatisfy { $0[year].isFinite } }
        let n = complete.count
        guard n >= 3, s >= 1 else { throw .insufficientData(needed: 3, available: n) }
        var z = Matrix(rows: n, columns: s)
        var defined = [Bool](repeating: true, count: s)
        for (j, row) in series.enumerated() {
            let values = complete.map { row[$0] }
            let mean = values.reduce(0, +) / Double(n)
            let norm = values.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) }.squareRoot()
            if norm == 0 || values.allSatisfy({ $0 == values[0] }) {
                defined[j] = false
                continue
            }
            for (i, v) in values.enumerated() { z[i, j] = (v - mean) / norm }
        }
        var r: Matrix
        do {
            r = try z.gramMatrix()
        } catch {
            throw .linearAlgebra(error)
        }
        for i in 0..<s {
            for j in 0..<s {
                if !defined[i] || !defined[j] {
                    r[i, j] = .nan
                } else {
                    r[i, j] = i == j ? 1 : Swift.min(1, Swift.max(-1, r[i, j]))
                }
            }
        }
        matrix = r
        observationCount = n
    }
}
