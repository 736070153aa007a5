import ArgumentParser
import CrimeData

// Work in progress: replaced by the issue that builds this command.
struct Trend: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
        throw DataError("crimestats trend is not built yet")
    }
}
