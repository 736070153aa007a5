import CrimeAnalytics
import CrimeData

/// What the report shows, computed by the modules (the CLI only renders it).
struct ReportContent {
    let sourceName: String
    let figureCount: Int
    let sourceCount: Int
    let unitCount: Int
    let years: ClosedRange<Int>?
    /// Yearly tables: (heading, table restricted to units with ≥ 2 years, units with one year only).
    let tables: [(key: String, table: UnitYearTable, singleYearUnits: Int)]
    /// Trends of series with ≥ 3 exact years.
    let trends: [SeriesTrend]
    let comparison: RateComparison?
    /// How the comparison's year was chosen.
    let comparisonContext: CompareRendering.Context
    /// Stated rates without both counts in the comparison year, with the bases the cleared count implies.
    let statedRates: [(observation: Observation, cleared: Observation?, impliedBases: ImpliedRange?)]
    let validation: ValidationReport
    /// The full-year figure used for each unit, metric and year (the later-published one), for citing sources.
    let yearFigures: [String: Observation]

    /// The key of ``yearFigures``.
    static func figureKey(_ unit: UnitRef, _ metric: String, _ year: Int) -> String {
        "\(unit.type.rawValue)|\(unit.name)|\(metric)|\(year)"
    }

    /// The figure behind a trend point or table cell, if one is stated.
    func figure(_ unit: UnitRef, _ metric: String, _ year: Int) -> Observation? {
        yearFigures[ReportContent.figureKey(unit, metric, year)]
    }
    /// What the data can do (the report's opening paragraph).
    let coverage: DatasetCoverage

    static let tableMetrics = ["clearance_rate", "crimes_recorded", "crimes_social_order"]

    static func build(dataset: Dataset, gazetteer: Gazetteer, sourceName: String) -> ReportContent {
        let years = dataset.observations.map(\.period.year)
        var tables: [(String, UnitYearTable, Int)] = []
        for metric in tableMetrics {
            for (key, types) in [("clusters", Set<UnitType>([.cluster])), ("provinces", Set<UnitType>([.province, .city]))] {
                let part = dataset.filter { types.contains($0.unit.type) }
                guard let table = part.table(metric: metric, span: .year), !table.rows.isEmpty else { continue }
                let kept = table.rows.filter { $0.cells.count >= 2 }
                let restricted = UnitYearTable(metric: table.metric, span: table.span,
                                               years: kept.isEmpty ? [] : yearsSpanned(kept), rows: kept)
                tables.append(("\(metric)/\(key)", restricted, table.rows.count - kept.count))
            }
        }
        let series = dataset.filter { $0.unit.type != .district && ["clearance_rate", "crimes_recorded", "crimes_social_order", "cases_cleared"].contains($0.metric) }
            .series(span: .year).filter { $0.years.count >= 3 }
        let trends = TrendAnalysis.analyse(series)
        let provincial = dataset.filter { $0.unit.type.isProvincial }
        var comparison: RateComparison? = nil
        var stated: [(Observation, Observation?, ImpliedRange?)] = []
        let choice = RateComparison.bestCoveredYear(in: provincial, metric: "clearance_rate")
        let stating = choice.flatMap { try? StatedRates(dataset: provincial, metric: "clearance_rate", year: $0.year) }?.units.count ?? 0
        let context = CompareRendering.Context(unitTypes: [.province, .city], yearGiven: false)
            .with(choice: choice, scopeUnits: nil, statingRate: stating)
        if let year = choice?.year {
            comparison = try? RateComparison(dataset: provincial, metric: "clearance_rate", year: year)
            for n in comparison?.notComparable ?? [] {
                guard let rate = n.statedRate else { continue }
                let cleared = provincial.observations.first {
                    $0.unit == n.unit && $0.period == rate.period && $0.metric == "cases_cleared" && $0.qualifier == .exact
                }
                let implied = cleared.flatMap { k in
                    k.exactValue.integerValue.flatMap { kv in
                        rate.qualifier == .exact ? RoundingInterval(stated: rate.exactValue, mode: .upOrDown)?.impliedDenominators(numerator: kv) : nil
                    }
                }
                stated.append((rate, cleared, implied))
            }
        }
        let validation = FigureValidator(gazetteer: gazetteer).validate(dataset.observations)
        var yearFigures: [String: Observation] = [:]
        for o in dataset.observations where o.qualifier == .exact && Span.year.matches(o.period) {
            let key = figureKey(o.unit, o.metric, o.period.year)
            if let old = yearFigures[key], old.published > o.published { continue }
            yearFigures[key] = o
        }
        return ReportContent(sourceName: sourceName, figureCount: dataset.observations.count,
                             sourceCount: Set(dataset.observations.map(\.source)).count,
                             unitCount: Set(dataset.observations.map(\.unit)).count,
                             years: years.min().flatMap { lo in years.max().map { lo...$0 } },
                             tables: tables.map { (key: $0.0, table: $0.1, singleYearUnits: $0.2) },
                             trends: trends, comparison: comparison, comparisonContext: context,
                             statedRates: stated.map { (observation: $0.0, cleared: $0.1, impliedBases: $0.2) },
                             validation: validation, yearFigures: yearFigures,
                             coverage: DatasetCoverage(dataset: dataset, span: .year, gazetteer: gazetteer))
    }

    static func yearsSpanned(_ rows: [UnitYearTable.Row]) -> [Int] {
        let all = rows.flatMap { $0.cells.keys }
        guard let lo = all.min(), let hi = all.max() else { return [] }
        return Array(lo...hi)
    }
}
