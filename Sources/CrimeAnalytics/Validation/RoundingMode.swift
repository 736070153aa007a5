/// How a reporter is assumed to have rounded a percentage to the decimals written.
///
/// The rule (DESIGN.md, "Validation of reported figures"): a percent written with d decimals, r, stands
/// for the true values that round to r. Ties (…5 exactly) go away from zero under half-up, towards zero
/// under half-down, to the even last digit under half-even; truncation cuts the digits off (towards
/// zero). The default, up-or-down, accepts a value when either half-up or half-down rounding gives r:
/// the closed interval [r − h, r + h], h = ½·10⁻ᵈ — the most forgiving reading, so that a finding is
/// never caused by an unknown tie convention.
public enum RoundingMode: String, Sendable, Hashable, CaseIterable {
    /// Either half-up or half-down gives r: [r − h, r + h].
    case upOrDown = "up-or-down"
    /// Ties away from zero: [r − h, r + h) for r > 0.
    case halfUp = "half-up"
    /// Ties towards zero: (r − h, r + h] for r > 0.
    case halfDown = "half-down"
    /// Ties to the even last digit ("banker's rounding").
    case halfEven = "half-even"
    /// Digits cut off, towards zero: [r, r + 2h) for r > 0.
    case truncate
}
