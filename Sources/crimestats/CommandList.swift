import ArgumentParser

/// The subcommands, in the order `--help` lists them.
enum CommandList {
    static let all: [ParsableCommand.Type] = [
        Units.self, Table.self,
    ]
}
