import Foundation
import Testing

/// `crimestats extract`, run as a user would.
@Suite("crimestats extract")
struct ExtractEndToEndTests {
    @Test("a report text → the golden CSV; summary on stderr only")
    func csv() throws {
        let path = CommandRunner.fixture("extract_cluster_report.txt")
        let r = try CommandRunner.run(["extract", path, "--source", "extract_cluster_report.txt"])
        #expect(r.status == 0, "\(r.stderr)")
        try Golden.check(r.stdout, "extract_cluster_report.csv")
        #expect(r.stderr.contains("5 observations"))
        #expect(r.stdout.hasPrefix("source,published,unit_type,unit,period_start,period_end,metric,value,qualifier,quote\n"))
    }

    @Test("standard input with --unit and --published; JSON carries offsets, confidence and unattributed")
    func stdinJSON() throws {
        let text = "Toàn tỉnh xảy ra 412 vụ phạm tội về trật tự xã hội, điều tra khám phá 371 vụ, đạt 90,05%."
        let r = try CommandRunner.run(["extract", "-", "--unit", "Công an tỉnh Hà Giang", "--published", "2023-12-20",
                                       "--format", "json"], stdin: text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"unit\": \"Hà Giang\""))
        #expect(r.stdout.contains("\"metric\": \"clearance_rate\""))
        #expect(r.stdout.contains("\"start\": 17"))
        #expect(r.stdout.contains("\"confidence\""))
        #expect(r.stdout.contains("\"unattributed\": []"))
        #expect(r.stdout.contains("\"file\": \"<stdin>\""))
    }

    @Test("figures with no unit are reported on stderr, not guessed")
    func unattributed() throws {
        let r = try CommandRunner.run(["extract", "-"], stdin: "Năm 2022 xảy ra 40 vụ phạm pháp hình sự.")
        #expect(r.status == 0)
        #expect(r.stdout == "source,published,unit_type,unit,period_start,period_end,metric,value,qualifier,quote\n")
        #expect(r.stderr.contains("<stdin>:1:17: unattributed (no unit): crimes_recorded 40"))
    }

    @Test("malformed input: exit 2, a message naming the file, nothing on stdout", arguments: [
        ("binary.txt", Data([0x56, 0x75, 0x00, 0x01, 0xFF]), "binary data"),
        ("latin1.txt", Data([0x58, 0x61, 0x79, 0x20, 0xE9, 0x0A]), "not UTF-8"),
        ("empty.txt", Data(), "is empty"),
    ])
    func malformed(_ name: String, _ bytes: Data, _ message: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("crimestats-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let good = dir.appendingPathComponent("good.txt")
        try Data("Năm 2022 xảy ra 40 vụ phạm pháp hình sự.".utf8).write(to: good)
        let bad = dir.appendingPathComponent(name)
        try bytes.write(to: bad)
        let r = try CommandRunner.run(["extract", good.path, bad.path, "--unit", "Hà Giang"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains(bad.path))
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test("a missing file and a bad --published are usage errors")
    func usage() throws {
        let missing = try CommandRunner.run(["extract", "/nonexistent/report.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/report.txt"))
        let published = try CommandRunner.run(["extract", "-", "--published", "20-12-2023"], stdin: "x")
        #expect(published.status == 2)
        #expect(published.stdout.isEmpty)
    }
}
