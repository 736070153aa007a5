/// Which observations a table, trend or comparison takes: units, unit types, metrics, span and years.
///
/// One test for both paths: ``Dataset/filtered(by:)`` on loaded data, and ``includes(_:)`` on a stream
/// of observations read straight from a file.
public struct ObservationFilter: Sendable {
    /// Any unit when empty.
    public var units: Set<UnitRef>
    /// Any unit type when empty.
    public var unitTypes: Set<UnitType>
    /// Any metric when nil.
    public var metrics: Set<String>?
    /// Any period when nil; otherwise only periods of this span.
    public var span: Span?
    /// Any year when nil (the year a period ends in).
    public var years: ClosedRange<Int>?

    public init(units: Set<UnitRef> = [], unitTypes: Set<UnitType> = [], metrics: Set<String>? = nil,
                span: Span? = nil, years: ClosedRange<Int>? = nil) {
        self.units = units
        self.unitTypes = unitTypes
        self.metrics = metrics
        self.span = span
        self.years = years
    }

    /// Whether an observation passes every condition.
    public func includes(_ o: Observation) -> Bool {
        (units.isEmpty || units.contains(o.unit))
            && (unitTypes.isEmpty || unitTypes.contains(o.unit.type))
            && (metrics?.contains(o.metric) ?? true)
            && (span?.matches(o.period) ?? true)
            && (years?.contains(o.period.year) ?? true)
    }
}
