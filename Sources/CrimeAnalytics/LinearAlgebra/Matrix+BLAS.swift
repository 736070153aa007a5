extension Matrix {
    /// The matrix product `op(self) · op(other)` computed by one BLAS `dgemm`.
    ///
    /// `op(X)` is `Xᵀ` when the corresponding `transpose…` flag is set. Throws
    /// ``LinearAlgebraError/dimensionMismatch(_:)`` when the inner dimensions differ.
    public func multiplied(
        by other: Matrix, transposingSelf: Bool = false, transposingOther: Bool = false
    ) throws(LinearAlgebraError) -> Matrix {
        let m = transposingSelf ? columns : rows
        let k = transposingSelf ? rows : columns
        let k2 = transposingOther ? other.columns : other.rows
        let n = transposingOther ? other.rows : other.columns
        guard k == k2 else {
            throw .dimensionMismatch("product of \(m)×\(k) and \(k2)×\(n)")
        }
        var result = Matrix(rows: m, columns: n)
        let lda = Swift.max(1, columns), ldb = Swift.max(1, other.columns), ldc = Swift.max(1, n)
        try elements.withUnsafeBufferPointer { (a) throws(LinearAlgebraError) in
            try other.elements.withUnsafeBufferPointer { (b) throws(LinearAlgebraError) in
                try result.elements.withUnsafeMutableBufferPointer { (c) throws(LinearAlgebraError) in
                    guard let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress else { return }
                    try BLAS.gemm(
                        transposeA: transposingSelf, transposeB: transposingOther,
                        m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc)
                }
            }
        }
        return result
    }

    /// The matrix–vector product `op(self) · x` computed by BLAS `dgemv`.
    public func multiplied(by vector: [Double], transposingSelf: Bool = false) throws(LinearAlgebraError) -> [Double] {
        let m = transposingSelf ? columns : rows
        let n = transposingSelf ? rows : columns
        guard vector.count == n else {
            throw .dimensionMismatch("product of \(m)×\(n) matrix and vector of length \(vector.count)")
        }
        var y = [Double](repeating: 0, count: m)
        try elements.withUnsafeBufferPointer { (a) throws(LinearAlgebraError) in
            try vector.withUnsafeBufferPointer { (x) throws(LinearAlgebraError) in
                try y.withUnsafeMutableBufferPointer { (yp) throws(LinearAlgebraError) in
                    guard let a = a.baseAddress, let x = x.baseAddress, let yp = yp.baseAddress else { return }
                    try BLAS.gemv(
                        transpose: transposingSelf, m: rows, n: columns,
                        a: a, lda: Swift.max(1, columns), x: x, y: yp)
                }
            }
        }
        return y
    }

    /// The Gram matrix `AᵀA` (columns × columns), computed by BLAS `dsyrk` and symmetrised.
    public func gramMatrix() throws(LinearAlgebraError) -> Matrix {
        let n = columns
        var result = Matrix(rows: n, columns: n)
        try elements.withUnsafeBufferPointer { (a) throws(LinearAlgebraError) in
            try result.elements.withUnsafeMutableBufferPointer { (c) throws(LinearAlgebraError) in
                guard let a = a.baseAddress, let c = c.baseAddress else { return }
                try BLAS.syrkTransposed(n: n, k: rows, a: a, lda: Swift.max(1, n), c: c, ldc: Swift.max(1, n))
            }
        }
        for i in 0..<n {
            for j in 0..<i { result.elements[i * n + j] = result.elements[j * n + i] }
        }
        return result
    }

    /// The dot product `Σ xᵢ·yᵢ` computed by BLAS `ddot`; throws when the lengths differ.
    public static func dot(_ x: [Double], _ y: [Double]) throws(LinearAlgebraError) -> Double {
        guard x.count == y.count else {
            throw .dimensionMismatch("dot product of lengths \(x.count) and \(y.count)")
        }
        return try x.withUnsafeBufferPointer { (xp) throws(LinearAlgebraError) -> Double in
            try y.withUnsafeBufferPointer { (yp) throws(LinearAlgebraError) -> Double in
                guard let xa = xp.baseAddress, let ya = yp.baseAddress else { return 0 }
                return try BLAS.dot(n: x.count, x: xa, y: ya)
            }
        }
    }
}
