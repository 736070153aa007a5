import ArgumentParser
import CrimeData

// Work in progress: replaced by the issue that builds this command.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
        throw DataError("crimestats report is not built yet")
    }
}
