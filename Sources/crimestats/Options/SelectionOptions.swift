import ArgumentParser
import CrimeData

/// Which figures form the series: metric, units, unit type, years, span.
struct SelectionOptions: ParsableArguments {
    @Option(help: "Metric id, e.g. clearance_rate, crimes_recorded (see Datasets/README.md).")
    var metric: [String] = []

    @Option(help: "Only this unit (repeatable; any spelling `crimestats units` resolves).")
    var unit: [String] = []

    @Option(help: "Only this kind of unit: national, cluster, region, city, province, district.")
    var unitType: [UnitType] = []

    @Option(help: "First year.")
    var from: Int?

    @Option(help: "Last year.")
    var to: Int?

    @Option(help: "Which part of the year forms a series: year, h1, 9m, Nm (first N months), q1…q4, month.")
    var span: String = "year"

    func validate() throws {
        guard Span(option: span) != nil else {
            throw ValidationError("--span must be year, h1, 9m, Nm (first N months), q1…q4 or month, not \"\(span)\"")
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        for id in metric where id != "all" && MetricCatalog.metric(id) == nil {
            throw ValidationError("unknown metric \"\(id)\" (see Datasets/README.md for the vocabulary)")
        }
    }

    var spanValue: Span { Span(option: span) ?? .year }

    /// The one metric a table needs.
    func singleMetric() throws -> Metric {
        guard metric.count == 1, let id = metric.first, let m = MetricCatalog.metric(id) else {
            throw ValidationError(metric.isEmpty ? "give --metric, e.g. --metric clearance_rate"
                                  : "give exactly one --metric for a table")
        }
        return m
    }

    /// A test for one observation: metric (unless "all"), units, unit types, years, span.
    func predicate(gazetteer: Gazetteer) throws -> (Observation) -> Bool {
        let units = Set(try unit.map { try gazetteer.resolve($0).unit })
        let types = Set(unitType)
        let metrics = metric.contains("all") ? nil : Set(metric)
        let first = from ?? Int.min, last = to ?? Int.max
        let span = spanValue
        return { o in
            (metrics?.contains(o.metric) ?? true) && (units.isEmpty || units.contains(o.unit))
                && (types.isEmpty || types.contains(o.unit.type)) && o.period.year >= first && o.period.year <= last
                && span.matches(o.period)
        }
    }

    /// The dataset restricted to the chosen units, unit types, years and span (metrics left to the caller).
    func apply(to dataset: Dataset, gazetteer: Gazetteer) throws -> Dataset {
        var units = Set<UnitRef>()
        for name in unit {
            units.insert(try gazetteer.resolve(name).unit)
        }
        let years: ClosedRange<Int>? = (from != nil || to != nil) ? (from ?? 1)...(to ?? 9999) : nil
        return dataset.filtered(units: units, unitTypes: Set(unitType), span: spanValue, years: years)
    }
}
