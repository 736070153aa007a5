internal import COpenBLAS

/// Thin internal wrappers over the CBLAS routines the module uses (OpenBLAS).
///
/// Only this folder imports `COpenBLAS`; callers pass Swift integers and pointers, and the wrappers
/// check that every dimension fits the 32-bit `blasint`.
enum BLAS {
    /// Converts a dimension to the BLAS integer type, or throws when it does not fit.
    @inline(__always)
    static func int32(_ value: Int) throws(LinearAlgebraError) -> Int32 {
        guard value >= 0, value <= Int(Int32.max) else { throw .tooLarge }
        return Int32(value)
    }

    /// `C (m×n) = alpha · op(A) · op(B) + beta · C`, all row-major (`cblas_dgemm`).
    static func gemm(
        transposeA: Bool, transposeB: Bool,
        m: Int, n: Int, k: Int,
        alpha: Double = 1,
        a: UnsafePointer<Double>, lda: Int,
        b: UnsafePointer<Double>, ldb: Int,
        beta: Double = 0,
        c: UnsafeMutablePointer<Double>, ldc: Int
    ) throws(LinearAlgebraError) {
        guard m > 0, n > 0, k > 0 else { return }
        cblas_dgemm(
            CblasRowMajor,
            transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans,
            try int32(m), try int32(n), try int32(k),
            alpha, a, try int32(lda), b, try int32(ldb),
            beta, c, try int32(ldc))
    }

    /// `y = alpha · op(A) · x + beta · y` for a row-major `m × n` matrix A (`cblas_dgemv`).
    static func gemv(
        transpose: Bool, m: Int, n: Int, alpha: Double = 1,
        a: UnsafePointer<Double>, lda: Int,
        x: UnsafePointer<Double>, beta: Double = 0,
        y: UnsafeMutablePointer<Double>
    ) throws(LinearAlgebraError) {
        guard m > 0, n > 0 else { return }
        cblas_dgemv(
            CblasRowMajor, transpose ? CblasTrans : CblasNoTrans,
            try int32(m), try int32(n), alpha, a, try int32(lda), x, 1, beta, y, 1)
    }

    /// Upper triangle of `C (n×n) = alpha · Aᵀ·A + beta · C` for a row-major `k × n` matrix A (`cblas_dsyrk`).
    static func syrkTransposed(
        n: Int, k: Int, alpha: Double = 1,
        a: UnsafePointer<Double>, lda: Int, beta: Double = 0,
        c: UnsafeMutablePointer<Double>, ldc: Int
    ) throws(LinearAlgebraError) {
        guard n > 0, k > 0 else { return }
        cblas_dsyrk(
            CblasRowMajor, CblasUpper, CblasTrans,
            try int32(n), try int32(k), alpha, a, try int32(lda), beta, c, try int32(ldc))
    }

    /// `Σ xᵢ·yᵢ` over `n` contiguous elements (`cblas_ddot`).
    static func dot(n: Int, x: UnsafePointer<Double>, y: UnsafePointer<Double>) throws(LinearAlgebraError) -> Double {
        guard n > 0 else { return 0 }
        return cblas_ddot(try int32(n), x, 1, y, 1)
    }
}
