import ArgumentParser
import CrimeData

/// `crimestats synth`: seeded synthetic data in the Datasets schema, for benchmarks.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write seeded synthetic data (labelled synthetic) in the Datasets CSV schema.",
        discussion: """
            Units are districts named "Synthetic NNNNN"; the source of every row is "synthetic". The same \
            seed always gives the same file. Metrics are taken in this order: \
            \(SyntheticDataset.availableMetrics.joined(separator: ", ")).
            """)

    @Option(help: "Number of units.") var units: Int = 1000
    @Option(help: "Number of years (ending 2025).") var years: Int = 10
    @Option(help: "Number of metrics (1–\(SyntheticDataset.availableMetrics.count)).") var metrics: Int = 3
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.") var output: String?

    func validate() throws {
        guard (1...10_000_000).contains(units) else { throw ValidationError("--units must be 1 … 10,000,000") }
        guard (1...200).contains(years) else { throw ValidationError("--years must be 1 … 200") }
        guard (1...SyntheticDataset.availableMetrics.count).contains(metrics) else {
            throw ValidationError("--metrics must be 1 … \(SyntheticDataset.availableMetrics.count)")
        }
    }

    func run() throws {
        let data = SyntheticDataset(units: units, years: years, metrics: metrics, seed: seed)
        if let output {
            try AtomicFile.write(path: output) { sink in try data.write(to: sink) }
        } else {
            try data.write { Output.write($0) }
        }
    }
}
