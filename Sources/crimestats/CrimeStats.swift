import ArgumentParser
import CrimeData

/// The `crimestats` command: statistics and validation of Vietnamese police figures.
@main
struct CrimeStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crimestats",
        abstract: "Trends, honest comparisons and validation of Vietnamese public-security statistics.",
        discussion: """
            Exit status: 0 ok; 1 validation found errors; 2 bad usage or unreadable input.
            Data: the bundled dataset unless --data PATH is given (repeatable).
            """,
        version: "0.1.0",
        subcommands: CommandList.all
    )

    /// Runs the command, mapping every failure to the documented exit status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as DataError {
            Output.error(error.description)
            Output.exit(2)
        } catch let error as UnitResolutionError {
            Output.error(error.description)
            Output.exit(2)
        } catch let code as ExitCode {
            Output.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                Output.write(fullMessage(for: error) + "\n")
                Output.exit(0)
            }
            Output.writeError("crimestats: " + fullMessage(for: error) + "\n")
            Output.exit(2)
        }
    }
}
