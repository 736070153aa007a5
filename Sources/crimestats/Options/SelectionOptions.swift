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

    @Option(help: ArgumentHelp("Only this cluster and its members (each year's members, from the membership table).", valueName: "n"))
    var cluster: String?

    @Flag(help: "With --cluster: the members' figures summed (counts) or pooled (rates) per year, next to the cluster's own.")
    var aggregate = false

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
        if aggregate && cluster == nil { throw ValidationError("--aggregate sums a cluster's members: give --cluster N") }
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

    var yearRange: ClosedRange<Int>? { (from != nil || to != nil) ? (from ?? Int.min)...(to ?? Int.max) : nil }

    /// The cluster number of --cluster.
    func clusterNumber(gazetteer: Gazetteer) throws -> Int? {
        try cluster.map { try UnitScope(units: [], cluster: $0, region: nil, gazetteer: gazetteer).cluster } ?? nil
    }

    /// The chosen metrics (all for "all"), units, unit types, years and span. With --cluster: the cluster and
    /// every unit stated as its member in a year of the range.
    func filter(gazetteer: Gazetteer) throws -> ObservationFilter {
        var units = Set(try unit.map { try gazetteer.resolve($0).unit })
        if let n = try clusterNumber(gazetteer: gazetteer) {
            units.insert(.cluster(n))
            let scope = UnitScope(cluster: n)
            for year in UnitScope.membershipYears(ofCluster: n, gazetteer: gazetteer) where yearRange?.contains(year) ?? true {
                units.formUnion(scope.members(ofCluster: n, year: year, gazetteer: gazetteer))
            }
        }
        return ObservationFilter(units: units, unitTypes: Set(unitType),
                                 metrics: metric.contains("all") ? nil : Set(metric), span: spanValue, years: yearRange)
    }
}
