/// Seeded synthetic data in the Datasets schema, for benchmarks and tests; labelled synthetic.
///
/// Units are districts named "Synthetic 00001" …; every row's source is "synthetic" and its quote
/// "synthetic". Years run from 2026 − years; each unit has a linear trend with noise: crime counts
/// around 300–3000 falling 0–3 % a year, cases cleared at a 60–95 % rate, and the clearance rate
/// stated with one decimal. Synthetic data never enters Datasets/.
public struct SyntheticDataset: Sendable {
    public let units: Int
    public let years: Int
    public let metrics: [String]
    public let seed: UInt64

    /// The metrics synthetic data can hold, in the order `--metrics N` takes them.
    public static let availableMetrics = ["crimes_recorded", "cases_cleared", "clearance_rate", "offenders",
                                          "drug_cases", "traffic_accidents", "traffic_deaths", "fugitives_arrested"]

    public init(units: Int, years: Int, metrics: Int, seed: UInt64) {
        self.units = units
        self.years = years
        self.metrics = Array(SyntheticDataset.availableMetrics.prefix(max(1, min(metrics, SyntheticDataset.availableMetrics.count))))
        self.seed = seed
    }

    /// Number of rows `write` produces.
    public var rowCount: Int { units * years * metrics.count }

    /// Writes the CSV (header first) in pieces of about 1 MiB to `sink`.
    public func write(to sink: (String) throws -> Void) throws {
        var rng = SeededGenerator(seed: seed)
        var buffer = ObservationWriter.csvHeader + "\n"
        let firstYear = 2026 - years
        for u in 1...max(1, units) where units > 0 {
            let name = "Synthetic " + String(repeating: "0", count: max(0, 5 - String(u).count)) + String(u)
            let base = 300 + rng.unit() * 2700
            let slope = -rng.unit() * 0.03 * base
            let rate = 0.60 + rng.unit() * 0.35
            let offenderRatio = 1.2 + rng.unit()
            let prefix = "synthetic,,district," + name + ","
            for t in 0..<years {
                let year = firstYear + t
                let period = "\(year)-01,\(year)-12,"
                let crimes = max(1, Int((base + slope * Double(t) + rng.normal() * 0.04 * base).rounded()))
                let cleared = min(crimes, max(0, Int((Double(crimes) * (rate + rng.normal() * 0.02)).rounded())))
                for metric in metrics {
                    let value: String
                    switch metric {
                    case "crimes_recorded": value = String(crimes)
                    case "cases_cleared": value = String(cleared)
                    case "clearance_rate":
                        value = VietnameseNumber.format(100 * Double(cleared) / Double(crimes), decimals: 1,
                                                        vietnamese: false, grouping: false)
                    case "offenders": value = String(Int((Double(crimes) * offenderRatio).rounded()))
                    default: value = String(max(0, Int((Double(crimes) * 0.1 + rng.normal() * 5).rounded())))
                    }
                    buffer += prefix + period + metric + "," + value + ",exact,synthetic\n"
                }
            }
            if buffer.utf8.count > 1 << 20 {
                try sink(buffer)
                buffer = ""
            }
        }
        try sink(buffer)
    }
}
