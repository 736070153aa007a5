import ArgumentParser
import CrimeData

// Work in progress: replaced by the issue that builds this command.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
        throw DataError("crimestats validate is not built yet")
    }
}
