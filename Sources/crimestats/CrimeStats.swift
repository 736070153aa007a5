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

            Data: the bundled dataset unless --data PATH is given (repeatable). --lang vi writes every word, \
            number and date in Vietnamese (88,7%, 2.156, 15/12/2023); CSV and JSON stay "." decimals whatever --lang.

            Shell completion: crimestats --generate-completion-script bash (or zsh, fish) prints a script; \
            e.g. `crimestats --generate-completion-script bash > ~/.local/share/bash-completion/completions/crimestats`. \
            `make install PREFIX=…` installs the binary, the man page (crimestats(1), generated from this help) and \
            the bash, zsh and fish completions; `make uninstall PREFIX=…` removes them.
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
