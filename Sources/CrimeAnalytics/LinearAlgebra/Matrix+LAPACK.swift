extension Matrix {
    /// The least-squares solution `X` of `self · X ≈ B` (LAPACK `dgels`, QR based).
    ///
    /// `self` is m×n with m ≥ n and full column rank; `B` is m×k and the result n×k.
    /// Throws ``LinearAlgebraError/singular`` for a matrix rank-deficient to working precision and
    /// ``LinearAlgebraError/nonFiniteInput`` for NaN or infinite input.
    public func solvingLeastSquares(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let m = rows, n = columns
        guard m >= n, n > 0 else { throw .dimensionMismatch("least squares needs rows ≥ columns > 0, got \(m)×\(n)") }
        guard b.rows == m else { throw .dimensionMismatch("\(m) equations with \(b.rows) right-hand-side rows") }
        guard isFinite, b.isFinite else { throw .nonFiniteInput }
        var a = elements
        var rhs = b.elements
        let nrhs = b.columns
        guard nrhs > 0 else { return Matrix(rows: n, columns: 0) }
        let info = try a.withUnsafeMutableBufferPointer { (ap) throws(LinearAlgebraError) -> Int in
            try rhs.withUnsafeMutableBufferPointer { (bp) throws(LinearAlgebraError) -> Int in
                guard let ap = ap.baseAddress, let bp = bp.baseAddress else { return 0 }
                return try LAPACK.gels(m: m, n: n, nrhs: nrhs, a: ap, b: bp)
            }
        }
        if info > 0 || Self.isNumericallyRankDeficient(upperTriangle: a, columns: n, rows: m) { throw .singular }
        return try Matrix(rows: n, columns: nrhs, elements: Array(rhs[0..<(n * nrhs)]))
    }

    /// The least-squares solution for one right-hand side vector.
    public func solvingLeastSquares(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solvingLeastSquares(Matrix(rows: b.count, columns: 1, elements: b)).elements
    }

    /// The Cholesky factorisation `self = UᵀU` (LAPACK `dpotrf`); only the upper triangle is read.
    ///
    /// Throws ``LinearAlgebraError/notPositiveDefinite`` when a leading minor is not positive.
    public func choleskyFactorization() throws(LinearAlgebraError) -> CholeskyFactorization {
        guard rows == columns else { throw .dimensionMismatch("Cholesky of a \(rows)×\(columns) matrix") }
        guard isFinite else { throw .nonFiniteInput }
        let n = rows
        var a = self
        let info = try a.elements.withUnsafeMutableBufferPointer { (ap) throws(LinearAlgebraError) -> Int in
            guard let ap = ap.baseAddress else { return 0 }
            return try LAPACK.potrf(n: n, a: ap)
        }
        if info > 0 { throw .notPositiveDefinite }
        for i in 0..<n {
            for j in 0..<i { a.elements[i * n + j] = 0 }
        }
        return CholeskyFactorization(upper: a)
    }

    /// Solves the symmetric positive-definite system `self · X = B` by Cholesky (`dpotrf` + `dpotrs`).
    public func solvingPositiveDefinite(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        try choleskyFactorization().solve(b)
    }

    /// The thin QR factorisation `self = Q·R` (LAPACK `dgeqrf`, `dorgqr`); requires rows ≥ columns.
    ///
    /// Throws ``LinearAlgebraError/singular`` when `R` is rank-deficient to working precision
    /// (a diagonal element below `max(m, n) · ε · max|rᵢᵢ|`).
    public func qrFactorization() throws(LinearAlgebraError) -> QRFactorization {
        let m = rows, n = columns
        guard m >= n, n > 0 else { throw .dimensionMismatch("QR needs rows ≥ columns > 0, got \(m)×\(n)") }
        guard isFinite else { throw .nonFiniteInput }
        var a = elements
        var tau = [Double](repeating: 0, count: n)
        try a.withUnsafeMutableBufferPointer { (ap) throws(LinearAlgebraError) in
            try tau.withUnsafeMutableBufferPointer { (tp) throws(LinearAlgebraError) in
                guard let ap = ap.baseAddress, let tp = tp.baseAddress else { return }
                try LAPACK.geqrf(m: m, n: n, a: ap, tau: tp)
            }
        }
        if Self.isNumericallyRankDeficient(upperTriangle: a, columns: n, rows: m) { throw .singular }
        var r = Matrix(rows: n, columns: n)
        for i in 0..<n {
            for j in i..<n { r.elements[i * n + j] = a[i * n + j] }
        }
        try a.withUnsafeMutableBufferPointer { (ap) throws(LinearAlgebraError) in
            try tau.withUnsafeBufferPointer { (tp) throws(LinearAlgebraError) in
                guard let ap = ap.baseAddress, let tp = tp.baseAddress else { return }
                try LAPACK.orgqr(m: m, n: n, k: n, a: ap, tau: tp)
            }
        }
        return QRFactorization(q: try Matrix(rows: m, columns: n, elements: a), r: r)
    }

    /// Whether the triangular factor `R` stored in the upper triangle of a row-major array (n columns)
    /// has a diagonal element below `max(m, n) · ε · max|rᵢᵢ|`: rank-deficient to working precision.
    static func isNumericallyRankDeficient(upperTriangle a: [Double], columns n: Int, rows m: Int) -> Bool {
        let diagonal = (0..<n).map { Swift.abs(a[$0 * n + $0]) }
        let largest = diagonal.max() ?? 0
        let tolerance = Double(Swift.max(m, n)) * Double.ulpOfOne * largest
        return largest == 0 || diagonal.contains { $0 <= tolerance }
    }
}
