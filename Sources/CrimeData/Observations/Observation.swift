/// One reported figure: a unit, a period, a metric, a value, how it was qualified, and where it came from.
public struct Observation: Hashable, Sendable {
    public var unit: UnitRef
    public var period: Period
    /// The metric identifier (see ``MetricCatalog``).
    public var metric: String
    /// The value exactly as written, for rounding-aware checks.
    public var exactValue: DecimalValue
    public var qualifier: Qualifier
    /// Who stated it: a URL, a publication and title, or a file name.
    public var source: String
    /// Publication date "YYYY-MM-DD" or "YYYY-MM"; empty when unknown.
    public var published: String
    /// The few words of the source that state the figure.
    public var quote: String
    /// Where the row was read (file and line), when it was read from a file.
    public var location: SourceLocation?

    public init(unit: UnitRef, period: Period, metric: String, exactValue: DecimalValue,
                qualifier: Qualifier = .exact, source: String, published: String = "", quote: String = "",
                location: SourceLocation? = nil) {
        self.unit = unit
        self.period = period
        self.metric = metric
        self.exactValue = exactValue
        self.qualifier = qualifier
        self.source = source
        self.published = published
        self.quote = quote
        self.location = location
    }

    /// The value as a Double.
    public var value: Double { exactValue.doubleValue }
}
