import Foundation
import Testing

/// The README stays true: every `$ crimestats …` example runs as shown, and its output excerpt is
/// real (each shown line appears, in order, in what the command prints today).
@Suite("README examples")
struct ReadmeEndToEndTests {
    struct Example: CustomStringConvertible, Sendable {
        let command: String
        let excerpt: [String]
        var description: String { command }
    }

    static let examples: [Example] = {
        let url = CommandRunner.packageRoot.appendingPathComponent("README.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var found: [Example] = []
        let blocks = text.components(separatedBy: "```console\n").dropFirst()
        for block in blocks {
            guard let body = block.components(separatedBy: "```").first else { continue }
            var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let first = lines.first, first.hasPrefix("$ crimestats ") else { continue }
            lines.removeFirst()
            if lines.last == "" { lines.removeLast() }
            found.append(Example(command: String(first.dropFirst(2)), excerpt: lines.filter { $0 != "…" }))
        }
        return found
    }()

    @Test("the README has examples of every command")
    func coverage() {
        let commands = Set(ReadmeEndToEndTests.examples.compactMap { $0.command.split(separator: " ").dropFirst().first.map(String.init) })
        for name in ["report", "coverage", "validate", "extract", "table", "trend", "compare", "units", "chart", "merge", "synth"] {
            #expect(commands.contains(name), "no README example of \(name)")
        }
    }

    @Test("each example runs and prints its excerpt", arguments: ReadmeEndToEndTests.examples)
    func example(_ example: Example) throws {
        let binary = CommandRunner.binary.path
        let script = example.command.replacingOccurrences(of: "crimestats", with: "'\(binary)'")
        let output = try CommandRunner.output(of: "/bin/sh", ["-c", script],
                                              environment: ["PATH": "/usr/bin:/bin", "COLUMNS": "92", "NO_COLOR": "1", "LANG": "C.UTF-8"],
                                              directory: CommandRunner.packageRoot)
        let actual = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var position = 0
        for line in example.excerpt {
            guard let next = actual[position...].firstIndex(of: line) else {
                Issue.record("README output of `\(example.command)` no longer holds: \(line)")
                return
            }
            position = next + 1
        }
    }
}
