import Foundation
import Testing
import TextCharts

@Suite("report and chart, as a user sees them")
struct ReportEndToEndTests {
    static let measure = DisplayWidth()

    @Test("the report fits 80 and 160 columns, exits 0, and holds no escape codes when piped", arguments: [80, 160])
    func report(width: Int) throws {
        let r = try CommandRunner.run(["report", "--width", "\(width)"])
        #expect(r.status == 0)  // whatever validation finds
        #expect(!r.stdout.contains("\u{1B}"))
        #expect(!r.stdout.contains("\t"))
        for line in r.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(ReportEndToEndTests.measure.of(line) <= width, "wider than \(width): \(line)")
        }
        for section in ["1. Yearly tables", "2. Trends", "3. Clearance rates compared", "4. Validation of the stated figures"] {
            #expect(r.stdout.contains(section))
        }
        // The seed inconsistency is among the top findings.
        #expect(r.stdout.contains("Cụm thi đua số 2, 2020: 1,681 cases cleared of 2,156"))
    }

    @Test("every text output fits a narrow terminal too", arguments: [
        ["report"], ["table", "--metric", "clearance_rate"], ["trend", "--metric", "all"], ["compare", "--chart", "funnel"],
        ["validate", "--show", "all"], ["units"], ["units", "cụm 2"], ["report", "--charset", "ascii", "--lang", "vi"],
    ])
    func narrow(arguments: [String]) throws {
        for width in [20, 33] {
            let r = try CommandRunner.run(arguments + ["--width", "\(width)"])
            #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
            for line in r.stdout.split(separator: "\n") {
                #expect(ReportEndToEndTests.measure.of(line) <= width, "wider than \(width): \(line)")
            }
        }
    }

    @Test("colour only when asked, as SGR codes, and stripping them gives the plain output")
    func colour() throws {
        let plain = try CommandRunner.run(["compare", "--width", "100", "--color", "never"])
        let coloured = try CommandRunner.run(["compare", "--width", "100", "--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}["))
        #expect(SGR.strip(coloured.stdout) == plain.stdout)
        let forced = try CommandRunner.run(["compare", "--width", "100"], environment: ["FORCE_COLOR": "1"])
        #expect(forced.stdout == coloured.stdout)
        let noColor = try CommandRunner.run(["compare", "--width", "100", "--color", "auto"], environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"])
        #expect(noColor.stdout == plain.stdout)
    }

    @Test("Vietnamese numbers with --lang vi; machine formats keep '.' decimals")
    func vietnamese() throws {
        let vi = try CommandRunner.run(["table", "--metric", "clearance_rate", "--unit-type", "cluster", "--lang", "vi", "--width", "120"])
        #expect(vi.stdout.contains("88,7%"))
        #expect(vi.stdout.contains("83,63%"))
        let json = try CommandRunner.run(["table", "--metric", "clearance_rate", "--unit-type", "cluster", "--lang", "vi", "--format", "json"])
        #expect(json.stdout.contains("\"value\": 88.7"))
    }

    @Test("ASCII charset: pure ASCII, names transliterated")
    func ascii() throws {
        let r = try CommandRunner.run(["report", "--width", "100", "--charset", "ascii"])
        #expect(r.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(r.stdout.contains("Cum thi dua so 2"))
        let latin1 = try CommandRunner.run(["table", "--metric", "clearance_rate", "--unit-type", "cluster"],
                                           environment: ["LANG": "vi_VN.ISO-8859-1"])
        #expect(latin1.stdout.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("markdown report for publishing")
    func markdown() throws {
        let r = try CommandRunner.run(["report", "--format", "markdown"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# CrimeStats report\n"))
        #expect(r.stdout.contains("| unit |"))
    }

    @Test("chart draws any CSV (goldens)", arguments: [
        (["bar", "--x", "province", "--y", "rate"], "chart-bar"),
        (["dot", "--x", "province", "--y", "rate", "--low", "low", "--high", "high", "--reference", "80"], "chart-dot"),
        (["line", "--x", "year", "--y", "rate", "--group", "province"], "chart-line"),
        (["spark", "--x", "year", "--y", "rate", "--group", "province"], "chart-spark"),
    ])
    func charts(arguments: [String], golden: String) throws {
        for charset in ["unicode", "ascii"] {
            let r = try CommandRunner.run(["chart", arguments[0], CommandRunner.fixture("chart-data.csv")] + arguments.dropFirst()
                                          + ["--width", "60", "--charset", charset])
            #expect(r.status == 0, "\(r.stderr)")
            try Golden.check(r.stdout, "\(golden)-\(charset).txt")
            for line in r.stdout.split(separator: "\n") { #expect(ReportEndToEndTests.measure.of(line) <= 60) }
        }
    }

    @Test("chart: a cell that is not a number names its line and column; a missing column lists the columns")
    func chartErrors() throws {
        let bad = try CommandRunner.run(["chart", "line", "-", "--x", "year", "--y", "a"], stdin: "year,a\n2016,5\n2017,x\n")
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr == "crimestats: error: <stdin>:3:6: \"x\" in column \"a\" is not a number\n")
        let missing = try CommandRunner.run(["chart", "bar", "-", "--x", "name", "--y", "v"], stdin: "year,a\n2016,5\n")
        #expect(missing.status == 2)
        #expect(missing.stderr == "crimestats: error: <stdin>:1:1: no column \"name\"; the columns are \"year\", \"a\"\n")
    }
}
