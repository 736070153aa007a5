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

    /// The metrics of a table, in the order given (each once); "all" is not a table.
    func tableMetrics(words: Catalog) throws -> [Metric] {
        guard !metric.isEmpty else { throw ValidationError(words(.errorGiveMetric)) }
        guard !metric.contains("all") else { throw ValidationError(words(.errorTableAll)) }
        return metric.uniqued().compactMap(MetricCatalog.metric)
    }

    /// The chosen metrics (all for "all"), units, unit types, years and span.
    func filter(gazetteer: Gazetteer) throws -> ObservationFilter {
        let years: ClosedRange<Int>? = (from != nil || to != nil) ? (from ?? Int.min)...(to ?? Int.max) : nil
        return ObservationFilter(units: Set(try unit.map { try gazetteer.resolve($0).unit }), unitTypes: Set(unitType),
                                 metrics: metric.contains("all") ? nil : Set(metric), span: spanValue, years: years)
    }
}
