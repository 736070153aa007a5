import CrimeData

/// One figure found in a report, with the exact words it came from.
///
/// Offsets count **Unicode scalars** from the start of the text (the indices Python's `str` uses;
/// for NFC text, one per Vietnamese letter), end exclusive.
public struct ExtractedFigure: Sendable, Hashable {
    /// The metric id (``MetricCatalog``), with its change baseline suffix when it is a change.
    public var metric: String
    /// The value as written; changes are signed (giảm → negative).
    public var value: DecimalValue
    public var qualifier: Qualifier
    /// The unit it belongs to, when the text or the caller says.
    public var unit: UnitRef?
    /// The months it covers, when the text, the caller or the publication date says.
    public var period: Period?
    /// The few words that state it, verbatim (NFC).
    public var quote: String
    /// Where the number stands.
    public var start: Int
    public var end: Int
    /// Where the quote stands.
    public var quoteStart: Int
    public var quoteEnd: Int
    /// 1-based line and column (in Unicode scalars) of the number.
    public var line: Int
    public var column: Int
    /// How sure the reading is, 0…1: lower when the metric, unit or period came from defaults or context
    /// rather than from the figure's own words.
    public var confidence: Double
    /// Why the text does not settle this figure ("subject may be a crime type or another part of the total
    /// (\"trộm cắp tài sản\")", "period guessed from the publication date"): it is for review, not a fact. Nil
    /// when the figure is read.
    public var review: String?
    /// Where the sentence that states the figure stands (Unicode scalars, end exclusive).
    public var sentenceStart: Int = 0
    public var sentenceEnd: Int = 0

    /// Whether the figure is read as a fact (no reason for review).
    public var isRead: Bool { review == nil }

    public init(metric: String, value: DecimalValue, qualifier: Qualifier, unit: UnitRef?, period: Period?, quote: String,
                start: Int, end: Int, quoteStart: Int, quoteEnd: Int, line: Int, column: Int, confidence: Double,
                review: String? = nil) {
        self.review = review
        self.metric = metric
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.period = period
        self.quote = quote
        self.start = start
        self.end = end
        self.quoteStart = quoteStart
        self.quoteEnd = quoteEnd
        self.line = line
        self.column = column
        self.confidence = confidence
    }
}
