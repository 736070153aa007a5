/// The Cholesky factorisation `A = UᵀU` of a symmetric positive-definite matrix (LAPACK `dpotrf`).
///
/// Create one with ``Matrix/choleskyFactorization()``; solve systems with ``solve(_:)`` (LAPACK `dpotrs`).
public struct CholeskyFactorization: Sendable {
    /// The upper-triangular factor `U` (entries below the diagonal are zero).
    public let upper: Matrix

    init(upper: Matrix) { self.upper = upper }

    /// Solves `A·X = B` for `X`; `B` must have as many rows as `A`.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let n = upper.rows
        guard b.rows == n else { throw .dimensionMismatch("system of order \(n) with \(b.rows) right-hand-side rows") }
        guard b.isFinite else { throw .nonFiniteInput }
        var x = b
        guard n > 0, b.columns > 0 else { return x }
        try upper.elements.withUnsafeBufferPointer { (a) throws(LinearAlgebraError) in
            try x.elements.withUnsafeMutableBufferPointer { (bp) throws(LinearAlgebraError) in
                guard let a = a.baseAddress, let bp = bp.baseAddress else { return }
                try LAPACK.potrs(n: n, nrhs: b.columns, a: a, b: bp)
            }
        }
        return x
    }

    /// Solves `A·x = b` for one right-hand side.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(rows: b.count, columns: 1, elements: b)).elements
    }
}
