/// Why a linear-algebra operation could not produce a result.
///
/// The wrappers over BLAS and LAPACK validate their input and report problems as these errors
/// instead of trapping, so that user data can never crash an analysis.
public enum LinearAlgebraError: Error, Equatable, Sendable {
    /// The operands' shapes do not fit the operation (for example `A·B` with `A.columns ≠ B.rows`).
    case dimensionMismatch(String)
    /// The input contains NaN or an infinity; LAPACK's results would be meaningless.
    case nonFiniteInput
    /// The matrix is singular or rank-deficient (LAPACK reported a zero pivot or diagonal element).
    case singular
    /// Cholesky factorisation failed: the matrix is not (numerically) positive definite.
    case notPositiveDefinite
    /// A matrix is too large for the 32-bit integers of the BLAS/LAPACK interface.
    case tooLarge
    /// LAPACK reported an illegal argument (a bug in the wrapper, not in the data).
    case lapackFailure(routine: String, info: Int)
}
