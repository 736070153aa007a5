extension TrendFit {
    /// Fits a linear trend to every row of `values` (series × years, row-major) with one `dgemm`.
    ///
    /// With `X = [1, x̃]` built from the CENTRED years (raw years 2016…2025 would give
    /// cond(XᵀX) ≈ 2e12), `P = (XᵀX)⁻¹Xᵀ` (2 × T, via `dsyrk` + Cholesky) is formed once and the
    /// coefficients of all S series are `B (2 × S) = P · Yᵀ`: row 0 the means, row 1 the slopes.
    /// Standard errors need no residual matrix: in one pass over each row,
    /// `SSE = Σ(y − ȳ)² − b²·Sxx` (clamped at 0; recomputed exactly from residuals when
    /// `SSE < 0.01 · Σ(y − ȳ)²`, i.e. R² > 0.99, where the subtraction would cancel).
    ///
    /// Missing values (NaN or infinity) are allowed: series are grouped by their missingness mask and
    /// each group is fitted with its own `P` (one `dgemm` per group over that group's gathered block).
    /// Memory beyond the input is O(series) plus one group's block. Each result equals
    /// ``TrendFit/init(years:values:confidenceLevel:)`` on that series to ~1e-12 relative.
    ///
    /// - Throws: ``StatisticsError/lengthMismatch(expected:actual:)`` when the shapes disagree,
    ///   ``StatisticsError/invalidParameter(_:)`` for a confidence level outside (0, 1).
    public static func batched(
        values: Matrix, years: [Double], confidenceLevel: Double = 0.95
    ) throws(StatisticsError) -> TrendFitBatch {
        guard values.columns == years.count else {
            throw .lengthMismatch(expected: years.count, actual: values.columns)
        }
        return try batched(values: values.elements, seriesCount: values.rows, years: years, confidenceLevel: confidenceLevel)
    }

    /// ``batched(values:years:confidenceLevel:)`` over a flat row-major array of `seriesCount × years.count` values.
    public static func batched(
        values: [Double], seriesCount: Int, years: [Double], confidenceLevel: Double = 0.95
    ) throws(StatisticsError) -> TrendFitBatch {
        let yearCount = years.count
        guard seriesCount >= 0, values.count == seriesCount * yearCount else {
            throw .lengthMismatch(expected: Swift.max(0, seriesCount) * yearCount, actual: values.count)
        }
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw .invalidParameter("confidence level \(confidenceLevel) outside (0, 1)")
        }
        var batch = TrendFitBatch(count: seriesCount, years: years, confidenceLevel: confidenceLevel)
        guard seriesCount > 0, yearCount > 0 else { return batch }
        var quantiles = TQuantileCache(level: confidenceLevel)

        // 1. All series through the complete-years design in one GEMM; rows with a missing value come
        //    out non-finite (NaN propagates) and are refitted by missingness group below.
        var incomplete: [Int] = []
        let allColumns = years.indices.filter { years[$0].isFinite }
        let fullDesign = allColumns.count == yearCount ? try? TrendDesign(years: years, columns: allColumns) : nil
        if let design = fullDesign {
            try values.withUnsafeBufferPointer { (y) throws(StatisticsError) in
                guard let y = y.baseAddress else { return }
                let coefficients = try design.coefficients(block: y, rows: seriesCount)
                for s in 0..<seriesCount {
                    let mean = coefficients[s], slope = coefficients[seriesCount + s]
                    guard mean.isFinite, slope.isFinite else {
                        incomplete.append(s)
                        continue
                    }
                    let fit = design.fit(row: y + s * yearCount, mean: mean, slope: slope, quantiles: &quantiles)
                    batch.store(fit, at: s)
                }
            }
        } else {
            incomplete = Array(0..<seriesCount)
        }
        guard !incomplete.isEmpty else { return batch }

        // 2. Group the remaining series by which years they have.
        let wordCount = (yearCount + 63) / 64
        var groups: [[UInt64]: [Int]] = [:]
        values.withUnsafeBufferPointer { y in
            for s in incomplete {
                var mask = [UInt64](repeating: 0, count: wordCount)
                let row = s * yearCount
                for t in 0..<yearCount where years[t].isFinite && y[row + t].isFinite {
                    mask[t >> 6] |= 1 << UInt64(t & 63)
                }
                groups[mask, default: []].append(s)
            }
        }

        // 3. One design and one GEMM per group, over that group's gathered block.
        for (mask, members) in groups {
            let columns = (0..<yearCount).filter { mask[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
            for s in members { batch.observationCount[s] = columns.count }
            guard columns.count >= 2, let design = try? TrendDesign(years: years, columns: columns) else { continue }
            let n = columns.count
            var block = [Double](repeating: 0, count: members.count * n)
            for (g, s) in members.enumerated() {
                let row = s * yearCount
                for (j, t) in columns.enumerated() { block[g * n + j] = values[row + t] }
            }
            try block.withUnsafeBufferPointer { (y) throws(StatisticsError) in
                guard let y = y.baseAddress else { return }
                let coefficients = try design.coefficients(block: y, rows: members.count)
                for (g, s) in members.enumerated() {
                    let fit = design.fit(
                        row: y + g * n, mean: coefficients[g], slope: coefficients[members.count + g],
                        quantiles: &quantiles)
                    batch.store(fit, at: s)
                }
            }
        }
        return batch
    }
}

/// Student-t quantiles by degrees of freedom, computed once each.
private struct TQuantileCache {
    let level: Double
    var cache: [Int: Double] = [:]

    mutating func quantile(degreesOfFreedom df: Int) -> Double {
        guard df > 0 else { return .nan }
        if let q = cache[df] { return q }
        let q = StudentTDistribution(degreesOfFreedom: df).quantile((1 + level) / 2)
        cache[df] = q
        return q
    }
}

/// The centred design of one set of observed years and its projection `P = (XᵀX)⁻¹Xᵀ`.
private struct TrendDesign {
    /// Mean of the observed years.
    let meanYear: Double
    /// Centred observed years `x̃`.
    let centredYears: [Double]
    /// `Sxx = Σx̃²`.
    let sxx: Double
    /// `P` (2 × n, row-major).
    let projection: Matrix

    init(years: [Double], columns: [Int]) throws(LinearAlgebraError) {
        let n = columns.count
        let mean = columns.reduce(0.0) { $0 + years[$1] } / Double(n)
        let centred = columns.map { years[$0] - mean }
        var x = Matrix(rows: n, columns: 2, repeating: 1)
        for i in 0..<n { x[i, 1] = centred[i] }
        let gram = try x.gramMatrix()  // XᵀX by dsyrk
        let factor = try gram.choleskyFactorization()  // throws when all years are equal
        projection = try factor.solve(x.transposed)  // (XᵀX)⁻¹Xᵀ by dpotrs
        meanYear = mean
        centredYears = centred
        sxx = gram[1, 1]
    }

    /// `B (2 × rows) = P · Yᵀ` for a row-major block of `rows × n` values: one `dgemm`.
    func coefficients(block: UnsafePointer<Double>, rows: Int) throws(StatisticsError) -> [Double] {
        let n = centredYears.count
        var b = [Double](repeating: 0, count: 2 * rows)
        do {
            try projection.elements.withUnsafeBufferPointer { (p) throws(LinearAlgebraError) in
                try b.withUnsafeMutableBufferPointer { (c) throws(LinearAlgebraError) in
                    guard let p = p.baseAddress, let c = c.baseAddress else { return }
                    try BLAS.gemm(
                        transposeA: false, transposeB: true, m: 2, n: rows, k: n,
                        a: p, lda: n, b: block, ldb: n, c: c, ldc: rows)
                }
            }
        } catch {
            throw .linearAlgebra(error)
        }
        return b
    }

    /// The fit of one row from its GEMM coefficients, in one pass over the row (plus a second pass
    /// only for near-perfect fits).
    func fit(row y: UnsafePointer<Double>, mean b0: Double, slope b1: Double, quantiles: inout TQuantileCache) -> TrendFit {
        let n = centredYears.count
        // Shifted sums about b0 (≈ ȳ): Σd and Σd², d = y − b0.
        var sum = 0.0, sumSquares = 0.0, largest = 0.0
        var isConstant = true
        let first = y[0]
        for t in 0..<n {
            let v = y[t]
            let d = v - b0
            sum += d
            sumSquares += d * d
            if v != first { isConstant = false }
            largest = Swift.max(largest, Swift.abs(v))
        }
        var mean = b0 + sum / Double(n)
        var slope = b1
        var syy = Swift.max(0, sumSquares - sum * sum / Double(n))
        var sse: Double
        if isConstant {
            mean = first
            slope = 0
            syy = 0
            sse = 0
        } else {
            sse = syy - slope * slope * sxx
            if !(sse >= 1e-2 * syy) {
                // Near-perfect fit: the subtraction cancels, so sum the residuals exactly.
                sse = 0
                for t in 0..<n {
                    let r = y[t] - mean - slope * centredYears[t]
                    sse += r * r
                }
            }
        }
        return TrendFit(
            count: n, slope: slope, meanYear: meanYear, meanValue: mean, sxx: sxx, sse: Swift.max(0, sse), syy: syy,
            largestMagnitude: largest, confidenceLevel: quantiles.level,
            tQuantile: quantiles.quantile(degreesOfFreedom: n - 2))
    }
}
