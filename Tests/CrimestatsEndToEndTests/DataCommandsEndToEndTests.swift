import Foundation
import Testing
import TextCharts

@Suite("units and table, as a user runs them")
struct DataCommandsEndToEndTests {
    @Test("names resolve as the README promises", arguments: [
        ("tp.hcm", "Hồ Chí Minh (city)"), ("Ha Giang", "Hà Giang (province)"), ("CATP Hà Nội", "Hà Nội (city)"),
        ("Thu\u{31B}\u{300}a Thie\u{302}n Hue\u{302}\u{301}", "Thừa Thiên Huế (province)"), ("cụm 2", "Cụm thi đua số 2 (cluster)"),
    ])
    func resolve(name: String, expected: String) throws {
        let r = try CommandRunner.run(["units", name, "--color", "never"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").first?.hasSuffix(" → " + expected) == true, "\(r.stdout)")
    }

    @Test("an unknown name: exit 2, closest candidates, nothing on stdout")
    func unknown() throws {
        let r = try CommandRunner.run(["units", "Hà Nộii"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "crimestats: error: unknown unit \"Hà Nộii\" (closest: \"Hà Nội\", \"Hà Nam\", \"Hà Tĩnh\")\n")
    }

    @Test("units JSON names the rule and the 2025 successor")
    func unitsJSON() throws {
        let r = try CommandRunner.run(["units", "Ha Giang", "--format", "json"])
        let object = try #require(try parseJSON(r.stdout) as? [String: Any])
        #expect(object["unit"] as? String == "Hà Giang")
        #expect(object["rule"] as? String == "folded")
        #expect(object["after_2025_07"] as? String == "Tuyên Quang")
        #expect(object["code"] as? String == "02")
    }

    @Test("the clearance-rate table of the bundled data (golden)")
    func tableGolden() throws {
        let r = try CommandRunner.run(["table", "--metric", "clearance_rate", "--unit-type", "cluster", "--width", "100"])
        #expect(r.status == 0)
        try Golden.check(r.stdout, "table-clearance-rate-clusters.txt")
        let csv = try CommandRunner.run(["table", "--metric", "clearance_rate", "--unit-type", "cluster", "--format", "csv"])
        try Golden.check(csv.stdout, "table-clearance-rate-clusters.csv")
    }

    @Test("a conflict between two sources is marked and listed")
    func conflicts() throws {
        let r = try CommandRunner.run(["table", "--metric", "crime_change_pct", "--unit", "TP.HCM", "--width", "120"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("-11.62%*") || r.stdout.contains("-9.93%*"), "\(r.stdout)")
        #expect(r.stdout.contains("another source states a different value"))
    }

    @Test("a malformed --data file: exit 2, file:line:column, nothing printed as if it succeeded")
    func malformed() throws {
        let path = CommandRunner.fixture("bad-value.csv")
        let r = try CommandRunner.run(["table", "--metric", "cases_cleared", "--data", path])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "crimestats: error: \(path):3:56: value \"1.681 vụ\" is not a number (write plain decimals with \".\", e.g. 88.7 or 2156)\n")
    }

    @Test("usage errors exit 2", arguments: [["table"], ["table", "--metric", "clearence_rate"], ["table", "--metric", "offenders", "--span", "h3"],
                                             ["trend"], ["nonsense"], ["table", "--metric", "offenders", "--width", "5"]])
    func usage(arguments: [String]) throws {
        let r = try CommandRunner.run(arguments)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.isEmpty)
    }

    @Test("a missing file: exit 2 naming it")
    func missingFile() throws {
        let r = try CommandRunner.run(["table", "--metric", "offenders", "--data", "/nonexistent/x.csv"])
        #expect(r.status == 2)
        #expect(r.stderr == "crimestats: error: cannot open /nonexistent/x.csv: No such file or directory\n")
    }

    @Test("synth is seeded: the same seed gives the same file; labelled synthetic")
    func synth() throws {
        let a = try CommandRunner.run(["synth", "--units", "3", "--years", "4", "--metrics", "3", "--seed", "7"])
        let b = try CommandRunner.run(["synth", "--units", "3", "--years", "4", "--metrics", "3", "--seed", "7"])
        let c = try CommandRunner.run(["synth", "--units", "3", "--years", "4", "--metrics", "3", "--seed", "8"])
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
        let lines = a.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 3 * 4 * 3)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("synthetic,,district,Synthetic 0000") && $0.hasSuffix(",exact,synthetic") })
        // What synth writes, the reader accepts.
        let path = try CommandRunner.temporaryFile(a.stdout)
        let t = try CommandRunner.run(["table", "--metric", "crimes_recorded", "--data", path, "--format", "csv"])
        #expect(t.status == 0)
        #expect(t.stdout.split(separator: "\n").count == 1 + 3 * 4)
    }
}
