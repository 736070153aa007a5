import ArgumentParser
import CrimeData

// Work in progress: replaced by the issue that builds this command.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(in progress)")

    func run() throws {
        throw DataError("crimestats synth is not built yet")
    }
}
