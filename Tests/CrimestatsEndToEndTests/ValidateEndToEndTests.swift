import Foundation
import Testing

/// `crimestats validate`, run as a user would.
@Suite("Validate end to end")
struct ValidateEndToEndTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func findings(_ text: String) throws -> [[String: Any]] {
        try #require(try json(text)["findings"] as? [[String: Any]])
    }

    @Test("the bundled data: exit 1, the seed inconsistency of Cụm thi đua số 2, 2020 reported as an error")
    func bundled() throws {
        let text = try CommandRunner.run(["validate", "--width", "100"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("Cụm thi đua số 2, 2020: 1,681 cases cleared of 2,156 social-order crimes is 77.97 %, not 88.7 %"
            .split(separator: " ").prefix(5).joined(separator: " ")))
        let result = try CommandRunner.run(["validate", "--format", "json"])
        #expect(result.status == 1)
        let all = try Self.findings(result.stdout)
        let seed = try #require(all.first { $0["unit"] as? String == "Cụm thi đua số 2" && $0["metric"] as? String == "clearance_rate"
            && $0["period_start"] as? String == "2020-01" })
        #expect(seed["severity"] as? String == "error")
        #expect(seed["implied_denominators"] as? [Int] == [1895, 1896])
        let serious = try #require(all.first { $0["unit"] as? String == "Cụm thi đua số 2" && $0["metric"] as? String == "serious_clearance_rate"
            && $0["period_start"] as? String == "2020-01" })
        #expect(serious["severity"] as? String == "info")
        #expect(serious["implied_denominators"] as? [Int] == [345])
        let summary = try #require(try Self.json(result.stdout)["summary"] as? [String: Any])
        #expect((summary["errors"] as? Int ?? 0) >= 1)
        #expect(summary["checked"] as? Int == all.count)
    }

    @Test("one-off: --rate 88,7 --numerator 1681 --denominator 2156 → exit 1, implied bases [1895, 1896]")
    func oneOff() throws {
        let result = try CommandRunner.run(["validate", "--rate", "88,7", "--numerator", "1681", "--denominator", "2156",
                                            "--format", "json"])
        #expect(result.status == 1)
        let f = try #require(try Self.findings(result.stdout).first)
        #expect(f["implied_denominators"] as? [Int] == [1895, 1896])
        #expect(f["implied_numerators"] as? [Int] == [1912, 1913])
        #expect(f["severity"] as? String == "error")
        #expect(f["interval_low"] as? Double == 88.65)
        let consistent = try CommandRunner.run(["validate", "--rate", "98.6", "--numerator", "340", "--denominator", "345"])
        #expect(consistent.status == 0)
        #expect(consistent.stdout.contains("INFO rate vs counts: 340 of 345 is 98.551%, consistent with 98.6% as stated"))
    }

    @Test("text lists errors and warnings by default and counts the rest; --show all lists every finding")
    func show() throws {
        let short = try CommandRunner.run(["validate", "--width", "100"])
        #expect(short.status == 1)
        #expect(!short.stdout.contains("  INFO "))
        #expect(short.stdout.contains("Not listed: 319 findings that are consistent or informational (129 of them could not have failed);\n  --show all lists every finding."))
        #expect(short.stdout.hasSuffix("Checked 358 figures: 11 errors, 28 warnings, 319 infos.\n"))
        let errorsOnly = try CommandRunner.run(["validate", "--width", "100", "--show", "errors"])
        #expect(!errorsOnly.stdout.contains("  WARNING "))
        #expect(errorsOnly.stdout.components(separatedBy: "  ERROR ").count - 1 == 11)
        let all = try CommandRunner.run(["validate", "--width", "100", "--show", "all"])
        #expect(all.stdout.components(separatedBy: "  INFO ").count - 1 == 319)
    }

    @Test("a fixture CSV at --width 80: golden text, every line within 80 cells")
    func fixtureGolden() throws {
        let result = try CommandRunner.run(["validate", CommandRunner.fixture("validate-figures.csv"), "--width", "80", "--show", "all"],
                                           directory: CommandRunner.packageRoot)
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        for line in result.stdout.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
        let stable = result.stdout.replacingOccurrences(of: CommandRunner.packageRoot.path + "/", with: "")
        try Golden.check(stable, "validate-figures-w80.txt")
    }

    @Test("stdin: crimestats extract … | crimestats validate -")
    func standardInput() throws {
        let csv = try String(contentsOfFile: CommandRunner.fixture("validate-figures.csv"), encoding: .utf8)
        let piped = try CommandRunner.run(["validate", "-", "--format", "json"], stdin: csv)
        let file = try CommandRunner.run(["validate", CommandRunner.fixture("validate-figures.csv"), "--format", "json"])
        #expect(piped.status == 1)
        let a = try Self.findings(piped.stdout), b = try Self.findings(file.stdout)
        #expect(a.count == b.count)
        #expect(a.map { $0["message"] as? String } == b.map { $0["message"] as? String })
    }

    @Test("a report text (.txt) is extracted first; its file name as given is the source")
    func reportText() throws {
        let result = try CommandRunner.run(["validate", "validate-report.txt", "--format", "json"],
                                           directory: CommandRunner.packageRoot.appendingPathComponent("Tests/CrimestatsEndToEndTests/Fixtures"))
        #expect(result.status == 1)
        let f = try #require(try Self.findings(result.stdout).first { $0["metric"] as? String == "clearance_rate" })
        #expect(f["severity"] as? String == "error")
        #expect(f["implied_denominators"] as? [Int] == [1895, 1896])
        let sources = try #require(f["sources"] as? [[String: Any]])
        #expect(sources.allSatisfy { $0["source"] as? String == "validate-report.txt" })
        let missing = try CommandRunner.run(["validate", "no-such-report.txt"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
    }

    @Test("a malformed CSV: exit 2, file:line:col on stderr, nothing on stdout")
    func malformed() throws {
        let result = try CommandRunner.run(["validate", "validate-malformed.csv"],
                                           directory: CommandRunner.packageRoot.appendingPathComponent("Tests/CrimestatsEndToEndTests/Fixtures"))
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("validate-malformed.csv:3:"))
        #expect(result.stderr.contains("clearence_rate"))
    }

    @Test("--fail-on warning: warnings alone exit 0 by default, 1 when asked")
    func failOn() throws {
        let path = CommandRunner.fixture("validate-warnings.csv")
        #expect(try CommandRunner.run(["validate", path]).status == 0)
        #expect(try CommandRunner.run(["validate", path, "--fail-on", "warning"]).status == 1)
    }

    @Test("--data works like the other commands")
    func dataOption() throws {
        let result = try CommandRunner.run(["validate", "--data", CommandRunner.fixture("validate-warnings.csv"), "--format", "json"])
        #expect(result.status == 0)
        #expect(try Self.findings(result.stdout).map { $0["check"] as? String } == ["conflicting_sources"])
    }

    @Test("--lang vi writes the whole finding in Vietnamese with 88,7% and 2.156; --color always paints the severity")
    func languageAndColour() throws {
        let vi = try CommandRunner.run(["validate", "--rate", "88,7", "--numerator", "1.681", "--denominator", "2.156", "--lang", "vi",
                                        "--width", "200"])
        #expect(vi.stdout.contains("LỖI tỷ lệ và số đếm: 1.681 trên 2.156 là 77,97%, không phải 88,7% như đã nêu (88,65–88,75% khi làm tròn)."))
        #expect(vi.stdout.contains("Đã kiểm tra 1 số liệu: 1 lỗi, 0 cảnh báo, 0 thông tin."))
        let plain = try CommandRunner.run(["validate", "--rate", "88.7", "--numerator", "1681", "--denominator", "2156"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try CommandRunner.run(["validate", "--rate", "88.7", "--numerator", "1681", "--denominator", "2156", "--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[31mERROR\u{1B}[0m"))
    }

    @Test("markdown and CSV")
    func otherFormats() throws {
        let md = try CommandRunner.run(["validate", CommandRunner.fixture("validate-figures.csv"), "--format", "markdown"])
        #expect(md.stdout.hasPrefix("# Validation of reported figures"))
        #expect(md.stdout.contains("## report-a"))
        let csv = try CommandRunner.run(["validate", CommandRunner.fixture("validate-figures.csv"), "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("source,check,severity,unit_type,unit,period_start,period_end,metric,reported,computed") == true)
        #expect(lines.contains { $0.contains("rate_vs_counts,error,cluster,Cụm thi đua số 2,2020-01,2020-12,clearance_rate,88.7") })
    }

    @Test("bad usage exits 2", arguments: [
        ["validate", "--rate", "88,7"], ["validate", "--numerator", "5"], ["validate", "--rate", "abc", "--numerator", "1"],
        ["validate", "--rounding", "sideways"], ["validate", "--tolerance", "-1"],
        ["validate", "--rate", "88.7", "--numerator", "1.5"],
    ])
    func badUsage(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test("--rounding truncate changes the verdict")
    func rounding() throws {
        let result = try CommandRunner.run(["validate", "--rate", "77.9", "--numerator", "1681", "--denominator", "2156",
                                            "--rounding", "truncate"])
        #expect(result.status == 0)
        #expect(try CommandRunner.run(["validate", "--rate", "77.9", "--numerator", "1681", "--denominator", "2156"]).status == 1)
    }
}
