/// The thin QR factorisation `A = Q·R` of an m×n matrix with m ≥ n (LAPACK `dgeqrf` + `dorgqr`).
///
/// Create one with ``Matrix/qrFactorization()``. `Q` (m×n) has orthonormal columns, `R` (n×n) is upper
/// triangular; ``solve(_:)`` gives the least-squares solution `R⁻¹Qᵀb` (LAPACK `dtrtrs`).
public struct QRFactorization: Sendable {
    /// The m×n factor with orthonormal columns.
    public let q: Matrix
    /// The n×n upper-triangular factor.
    public let r: Matrix

    init(q: Matrix, r: Matrix) {
        self.q = q
        self.r = r
    }

    /// Least-squares solution of `A·X ≈ B`; throws ``LinearAlgebraError/singular`` when `R` has a zero on its diagonal.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        guard b.rows == q.rows else { throw .dimensionMismatch("\(q.rows) equations with \(b.rows) right-hand-side rows") }
        guard b.isFinite else { throw .nonFiniteInput }
        var x = try q.multiplied(by: b, transposingSelf: true)
        let n = r.rows
        guard n > 0, b.columns > 0 else { return x }
        let info = try r.elements.withUnsafeBufferPointer { (a) throws(LinearAlgebraError) -> Int in
            try x.elements.withUnsafeMutableBufferPointer { (bp) throws(LinearAlgebraError) -> Int in
                guard let a = a.baseAddress, let bp = bp.baseAddress else { return 0 }
                return try LAPACK.trtrsUpper(n: n, nrhs: b.columns, a: a, b: bp)
            }
        }
        if info > 0 { throw .singular }
        return x
    }

    /// Least-squares solution for one right-hand side.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, elements: b)).elements
    }
}
