internal import COpenBLAS

/// Thin internal wrappers over the LAPACKE routines the module uses (netlib LAPACKE over OpenBLAS).
///
/// All calls are row-major (`LAPACK_ROW_MAJOR`); character arguments are passed as `CChar`.
/// Negative `info` (an illegal argument) becomes ``LinearAlgebraError/lapackFailure(routine:info:)``;
/// the meaning of positive `info` depends on the routine and is handled by the caller.
enum LAPACK {
    static let rowMajor = Int32(LAPACK_ROW_MAJOR)

    @inline(__always)
    static func char(_ c: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: c)) }

    @inline(__always)
    static func check(_ info: Int32, _ routine: String) throws(LinearAlgebraError) -> Int {
        if info < 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        return Int(info)
    }

    /// Least squares `min ‖A·X − B‖` for full-rank `A` (m×n), QR based (`LAPACKE_dgels`).
    /// `b` has `max(m, n)` rows of `nrhs` columns; returns `info` (> 0: rank-deficient).
    static func gels(m: Int, n: Int, nrhs: Int, a: UnsafeMutablePointer<Double>, b: UnsafeMutablePointer<Double>)
        throws(LinearAlgebraError) -> Int
    {
        try check(
            LAPACKE_dgels(
                rowMajor, char("N"), try BLAS.int32(m), try BLAS.int32(n), try BLAS.int32(nrhs),
                a, try BLAS.int32(max(1, n)), b, try BLAS.int32(max(1, nrhs))),
            "dgels")
    }

    /// Cholesky factorisation `A = UᵀU` of the upper triangle in place (`LAPACKE_dpotrf`); `info > 0`: not positive definite.
    static func potrf(n: Int, a: UnsafeMutablePointer<Double>) throws(LinearAlgebraError) -> Int {
        try check(LAPACKE_dpotrf(rowMajor, char("U"), try BLAS.int32(n), a, try BLAS.int32(max(1, n))), "dpotrf")
    }

    /// Solves `A·X = B` with the factor from ``potrf(n:a:)`` (`LAPACKE_dpotrs`).
    static func potrs(n: Int, nrhs: Int, a: UnsafePointer<Double>, b: UnsafeMutablePointer<Double>) throws(LinearAlgebraError) {
        _ = try check(
            LAPACKE_dpotrs(
                rowMajor, char("U"), try BLAS.int32(n), try BLAS.int32(nrhs), a, try BLAS.int32(max(1, n)),
                b, try BLAS.int32(max(1, nrhs))),
            "dpotrs")
    }

    /// Householder QR of an m×n matrix in place (`LAPACKE_dgeqrf`).
    static func geqrf(m: Int, n: Int, a: UnsafeMutablePointer<Double>, tau: UnsafeMutablePointer<Double>) throws(LinearAlgebraError) {
        _ = try check(LAPACKE_dgeqrf(rowMajor, try BLAS.int32(m), try BLAS.int32(n), a, try BLAS.int32(max(1, n)), tau), "dgeqrf")
    }

    /// Forms the first n columns of Q from ``geqrf(m:n:a:tau:)`` output (`LAPACKE_dorgqr`).
    static func orgqr(m: Int, n: Int, k: Int, a: UnsafeMutablePointer<Double>, tau: UnsafePointer<Double>) throws(LinearAlgebraError) {
        _ = try check(
            LAPACKE_dorgqr(rowMajor, try BLAS.int32(m), try BLAS.int32(n), try BLAS.int32(k), a, try BLAS.int32(max(1, n)), tau),
            "dorgqr")
    }

    /// Solves `R·X = B` for upper-triangular `R` (`LAPACKE_dtrtrs`); `info > 0`: singular.
    static func trtrsUpper(n: Int, nrhs: Int, a: UnsafePointer<Double>, b: UnsafeMutablePointer<Double>) throws(LinearAlgebraError) -> Int {
        try check(
            LAPACKE_dtrtrs(
                rowMajor, char("U"), char("N"), char("N"), try BLAS.int32(n), try BLAS.int32(nrhs),
                a, try BLAS.int32(max(1, n)), b, try BLAS.int32(max(1, nrhs))),
            "dtrtrs")
    }
}
