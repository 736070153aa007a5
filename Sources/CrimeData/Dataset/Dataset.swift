/// A collection of reported figures, from the bundled dataset or from files.
public struct Dataset: Sendable {
    public var observations: [Observation]
    /// The files read, as given ("bundled:reported_figures.csv" for the bundled dataset).
    public var files: [String]

    public init(observations: [Observation], files: [String] = []) {
        self.observations = observations
        self.files = files
    }

    /// Reads and combines several Datasets-schema files: CSV ("-" is standard input), or JSON when the name ends in `.json`.
    public static func load(paths: [String], gazetteer: Gazetteer) throws -> Dataset {
        var reader = ObservationReader(gazetteer: gazetteer)
        var observations: [Observation] = []
        for path in paths {
            try reader.read(path: path) { observations.append($0) }
        }
        return Dataset(observations: observations, files: paths)
    }

    /// The bundled dataset: Datasets/reported_figures.csv, embedded in the binary.
    public static func bundled() throws -> Dataset {
        let gazetteer = try Gazetteer.bundled()
        var reader = ObservationReader(gazetteer: gazetteer)
        var observations: [Observation] = []
        try reader.read(text: BundledFiles.reportedFigures, fileName: "Datasets/reported_figures.csv") {
            observations.append($0)
        }
        return Dataset(observations: observations, files: ["Datasets/reported_figures.csv"])
    }

    /// Observations that satisfy `isIncluded`.
    public func filter(_ isIncluded: (Observation) -> Bool) -> Dataset {
        Dataset(observations: observations.filter(isIncluded), files: files)
    }

    /// The observations an ``ObservationFilter`` includes.
    public func filtered(by selection: ObservationFilter) -> Dataset {
        filter(selection.includes)
    }

    /// Observations of the given units (any, when empty), unit types, metrics, span and years.
    public func filtered(units: Set<UnitRef> = [], unitTypes: Set<UnitType> = [], metrics: Set<String> = [],
                         span: Span? = nil, years: ClosedRange<Int>? = nil) -> Dataset {
        filtered(by: ObservationFilter(units: units, unitTypes: unitTypes, metrics: metrics.isEmpty ? nil : metrics,
                                       span: span, years: years))
    }

    /// The distinct units, sorted (national, clusters, regions, cities, provinces, districts).
    public var units: [UnitRef] { Set(observations.map(\.unit)).sortedForDisplay() }

    /// The distinct metric ids present.
    public var metrics: [String] { Array(Set(observations.map(\.metric))).sorted() }
}

extension Gazetteer {
    /// The gazetteer built from the bundled Datasets files.
    public static func bundled() throws -> Gazetteer {
        try bundledResult.get()
    }

    private static let bundledResult: Result<Gazetteer, DataError> = {
        do {
            return .success(try Gazetteer(provincesCSV: BundledFiles.provinces, clustersCSV: BundledFiles.clusters,
                                          mergersCSV: BundledFiles.provinces2025,
                                          fileNames: ("Datasets/provinces.csv", "Datasets/clusters.csv",
                                                      "Datasets/provinces_2025.csv")))
        } catch let error as DataError {
            return .failure(error)
        } catch {
            return .failure(DataError("bundled gazetteer: \(error)"))
        }
    }()
}
