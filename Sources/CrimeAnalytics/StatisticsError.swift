/// Why a statistic could not be computed from the data given.
///
/// Functions in this module never trap on user data: they return `nil` (an undefined result) or throw
/// one of these errors.
public enum StatisticsError: Error, Equatable, Sendable {
    /// Fewer usable observations than the method needs.
    case insufficientData(needed: Int, available: Int)
    /// Two inputs that must line up have different lengths or shapes.
    case lengthMismatch(expected: Int, actual: Int)
    /// A denominator (number of cases, base count) is zero.
    case zeroBase
    /// A count is negative.
    case negativeCount
    /// More successes than trials (for example more cases cleared than recorded), `k > n`.
    case successesExceedTrials(successes: Int, trials: Int)
    /// A parameter is out of range (for example a confidence level outside (0, 1)).
    case invalidParameter(String)
    /// An input is NaN or infinite where a finite number is required.
    case nonFinite
    /// The underlying BLAS/LAPACK computation failed.
    case linearAlgebra(LinearAlgebraError)
}
