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
        try batched(
            values: values, seriesCount: seriesCount, years: years, confidenceLevel: confidenceLevel,
            pValues: .integerClosedForm)
    }

    /// Which statistics a batched fit computes per series.
    public enum BatchStatistics: Sendable {
        /// Slope, intercept, SE, t, two-sided p, CI and R² (the default).
        case all
        /// Slope, intercept and SE only (t, p, CI and R² stay NaN): the least work per series, for very
        /// many series whose inference is not needed.
        case slopeAndStandardError
    }

    /// ``batched(values:years:confidenceLevel:)`` computing only what `statistics` asks for.
    public static func batched(
        values: [Double], seriesCount: Int, years: [Double], confidenceLevel: Double = 0.95, statistics: BatchStatistics
    ) throws(StatisticsError) -> TrendFitBatch {
        try batched(values: values, seriesCount: seriesCount, years: years, confidenceLevel: confidenceLevel,
                    pValues: .integerClosedForm, statistics: statistics)
    }

    /// How ``batched(values:seriesCount:years:confidenceLevel:pValues:)`` computes two-sided p-values.
    enum PValueMethod {
        /// The finite series of the t cdf for integer ν (``StudentTIntegerTail``), ~50× cheaper;
        /// agrees with ``incompleteBeta`` to ~1e-14 relative, not always to the last bit.
        case integerClosedForm
        /// ``StudentTDistribution/twoSidedPValue(_:)`` (regularised incomplete beta), bit-identical to
        /// ``TrendFit/init(years:values:confidenceLevel:)``.
        case incompleteBeta
    }

    /// The batched fit with a choice of p-value method.
    static func batched(
        values: [Double], seriesCount: Int, years: [Double], confidenceLevel: Double, pValues: PValueMethod,
        statistics: BatchStatistics = .all
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
        var inferences = InferenceCache(level: confidenceLevel, method: pValues, computesInference: statistics == .all)

        // 1. All series through the complete-years design in one GEMM; rows with a missing value come
        //    out non-finite (NaN propagates) and are refitted by missingness group below.
        var incomplete: [Int] = []
        let allColumns = years.indices.filter { years[$0].isFinite }
        let fullDesign = allColumns.count == yearCount ? try? TrendDesign(years: years, columns: allColumns) : nil
        if let design = fullDesign {
            try values.withUnsafeBufferPointer { (y) throws(StatisticsError) in
                guard let y = y.baseAddress else { return }
                let coefficients = try design.coefficients(block: y, rows: seriesCount)
                let inference = inferences.inference(observationCount: yearCount)
                for s in 0..<seriesCount {
                    let mean = coefficients[s], slope = coefficients[seriesCount + s]
                    guard mean.isFinite, slope.isFinite else {
                        incomplete.append(s)
                        continue
                    }
                    design.fit(row: y + s * yearCount, mean: mean, slope: slope, inference: inference, into: &batch, at: s)
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
                let inference = inferences.inference(observationCount: n)
                for (g, s) in members.enumerated() {
                    design.fit(
                        row: y + g * n, mean: coefficients[g], slope: coefficients[members.count + g],
                        inference: inference, into: &batch, at: s)
                }
            }
        }
        return batch
    }
}

/// What the inference of every series with `n` observations shares: the t quantile of the interval and
/// the p-value function of `n − 2` degrees of freedom. Looked up once per design, not per series.
private struct Inference {
    let level: Double
    /// Whether t, p, CI and R² are wanted (``TrendFit/BatchStatistics/all``).
    let computesInference: Bool
    /// `t_{(1+level)/2, n−2}`; NaN when n ≤ 2.
    let tQuantile: Double
    /// The closed-form p-values (``TrendFit/PValueMethod/integerClosedForm``, n > 2).
    let tail: StudentTIntegerTail?
    /// The incomplete-beta p-values otherwise.
    let distribution: StudentTDistribution

    func twoSidedPValue(_ t: Double) -> Double {
        tail?.twoSidedPValue(t) ?? distribution.twoSidedPValue(t)
    }
}

/// ``Inference`` by observation count, computed once each.
private struct InferenceCache {
    let level: Double
    let method: TrendFit.PValueMethod
    let computesInference: Bool
    var cache: [Int: Inference] = [:]

    mutating func inference(observationCount n: Int) -> Inference {
        if let known = cache[n] { return known }
        let df = n - 2
        let made = Inference(
            level: level, computesInference: computesInference,
            tQuantile: df > 0 ? StudentTDistribution(degreesOfFreedom: df).quantile((1 + level) / 2) : .nan,
            tail: df > 0 && method == .integerClosedForm ? StudentTIntegerTail(degreesOfFreedom: df) : nil,
            distribution: StudentTDistribution(degreesOfFreedom: df))
        cache[n] = made
        return made
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
    /// only for near-perfect fits), stored as series `s` of `batch`.
    func fit(
        row y: UnsafePointer<Double>, mean b0: Double, slope b1: Double, inference: Inference,
        into batch: inout TrendFitBatch, at s: Int
    ) {
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
        batch.store(
            s, count: n, slope: slope, meanYear: meanYear, meanValue: mean, sxx: sxx, sse: Swift.max(0, sse), syy: syy,
            largestMagnitude: largest, inference: inference)
    }
}

extension TrendFitBatch {
    /// Stores the inference of one series straight into the columns: the same formulas, in the same
    /// order, as ``TrendFit/init(count:slope:meanYear:meanValue:sxx:sse:syy:largestMagnitude:confidenceLevel:tQuantile:)``
    /// (keep the two in step), with NaN for its `nil`s — without building a ``TrendFit`` per series.
    fileprivate mutating func store(
        _ i: Int, count n: Int, slope: Double, meanYear: Double, meanValue: Double, sxx: Double, sse rawSSE: Double,
        syy: Double, largestMagnitude: Double, inference: Inference
    ) {
        observationCount[i] = n
        self.slope[i] = slope
        self.meanYear[i] = meanYear
        self.meanValue[i] = meanValue
        intercept[i] = meanValue - slope * meanYear
        let roundingFloor = Double(n) * (4 * Double.ulpOfOne * largestMagnitude) * (4 * Double.ulpOfOne * largestMagnitude)
        let sse = rawSSE <= roundingFloor ? 0 : rawSSE
        residualSumOfSquares[i] = sse
        guard n > 2 else { return }  // SE, t, p, CI and R² stay NaN
        let se = (sse / Double(n - 2) / sxx).squareRoot()
        standardError[i] = se
        guard inference.computesInference else { return }
        if se == 0 {
            if slope != 0 {
                tStatistic[i] = slope > 0 ? .infinity : -.infinity
                pValue[i] = 0
            }
            lowerBound[i] = slope
            upperBound[i] = slope
        } else {
            let t = slope / se
            tStatistic[i] = t
            pValue[i] = inference.twoSidedPValue(t)
            lowerBound[i] = slope - inference.tQuantile * se
            upperBound[i] = slope + inference.tQuantile * se
        }
        if syy > 0 {
            let r2 = sse <= 0.5 * syy ? 1 - sse / syy : slope * slope * sxx / syy
            rSquared[i] = Swift.min(1, Swift.max(0, r2))
        }
    }
}
