import Foundation
import Testing

/// Report text checked by `validate`: as a file, on standard input, or piped through `extract --format json`;
/// findings cite the lines of the text, and `--show-extracted` lists what the check rests on.
@Suite("Extract, then validate")
struct ExtractThenValidateEndToEndTests {
    static let text = "Năm 2023, toàn tỉnh xảy ra 2.156 vụ phạm tội về trật tự xã hội.\nĐã điều tra khám phá 1.681 vụ, đạt 88,7%.\n"

    static func file() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("crimestats-ev-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("report.txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("validate FILE.txt --show-extracted: the figures first, then the finding citing the text's lines")
    func showExtracted() throws {
        let path = try Self.file()
        let r = try CommandRunner.run(["validate", path, "--unit", "Hà Giang", "--show-extracted", "--width", "200", "--color", "never"])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.prefix(4) == [
            "Extracted from \(path): 3 figures read, 0 for review",
            "line 1:28 crimes_social_order = 2156 · Hà Giang · 2023-01..2023-12",
            "line 2:22 cases_cleared = 1681 · Hà Giang · 2023-01..2023-12",
            "line 2:36 clearance_rate = 88.7 · Hà Giang · 2023-01..2023-12",
        ])
        #expect(r.stdout.contains("“đạt 88,7%” [report.txt:2]"))
        #expect(r.stdout.contains("[report.txt:1]"))
    }

    @Test("report text on standard input is detected and extracted; extract --format json piped in keeps the text's lines")
    func standardInput() throws {
        let direct = try CommandRunner.run(["validate", "-", "--unit", "Hà Giang", "--width", "80"], stdin: Self.text)
        #expect(direct.status == 1)
        #expect(direct.stdout.contains("“đạt 88,7%” [<stdin>:2]"))
        let path = try Self.file()
        let json = try CommandRunner.run(["extract", path, "--unit", "Hà Giang", "--format", "json"])
        let piped = try CommandRunner.run(["validate", "-", "--width", "80"], stdin: json.stdout)
        #expect(piped.status == 1)
        #expect(piped.stdout.contains("“đạt 88,7%” [report.txt:2]"))
        // CSV on standard input is still read as CSV.
        let csv = try CommandRunner.run(["extract", path, "--unit", "Hà Giang"])
        let fromCSV = try CommandRunner.run(["validate", "-", "--width", "80"], stdin: csv.stdout)
        #expect(fromCSV.status == 1)
        #expect(fromCSV.stdout.contains("[<stdin>:4]"))
    }

    @Test("table and trend --data - given report text say so and point to extract")
    func tableOnText() throws {
        for command in ["table", "trend"] {
            let r = try CommandRunner.run([command, "--data", "-", "--metric", "all"], stdin: Self.text)
            #expect(r.status == 2)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("<stdin>:1:1"))
            #expect(r.stderr.contains("crimestats extract - --unit UNIT --published YYYY-MM | crimestats \(command) --data -"))
        }
    }
}
