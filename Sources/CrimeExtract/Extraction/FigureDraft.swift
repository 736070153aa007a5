import CrimeData

/// A figure read from a sentence, before its unit, period and change baseline are attributed.
struct FigureDraft: Sendable {
    /// The metric id; for a change, the id without its baseline suffix (`crime_change_pct`).
    var metric: String
    /// A change whose baseline suffix is still to be decided from the sentence and the period.
    var isChange: Bool
    var value: DecimalValue
    var qualifier: Qualifier
    /// The lexeme of the number.
    var number: Int
    /// Lexemes that state the figure (verb … counter … topic), for the quote.
    var spanFirst: Int
    var spanLast: Int
    var confidence: Double
    /// Why the text does not settle the figure (it goes to review, not out as a fact); nil when it does.
    var review: String? = nil
    /// The lexeme whose words the reason quotes ("trộm cắp tài sản").
    var reviewAt: Int? = nil
}
