import ArgumentParser

/// The subcommands, in the order `--help` lists them.
enum CommandList {
    static let all: [ParsableCommand.Type] = [
        Report.self, Coverage.self, Table.self, Trend.self, Compare.self, Validate.self, Extract.self, Units.self, Chart.self,
        Merge.self, Synth.self, EvalExtraction.self,
    ]
}
