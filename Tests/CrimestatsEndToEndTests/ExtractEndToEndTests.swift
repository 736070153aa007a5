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

    @Test("standard input with --unit and --published; JSON carries offsets, confidence and needs_review")
    func stdinJSON() throws {
        let text = "Năm 2023, toàn tỉnh xảy ra 412 vụ phạm tội về trật tự xã hội, điều tra khám phá 371 vụ, đạt 90,05%."
        let r = try CommandRunner.run(["extract", "-", "--unit", "Công an tỉnh Hà Giang", "--published", "2023-12-20",
                                       "--format", "json"], stdin: text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"unit\": \"Hà Giang\""))
        #expect(r.stdout.contains("\"metric\": \"clearance_rate\""))
        #expect(r.stdout.contains("\"start\": 27"))
        #expect(r.stdout.contains("\"confidence\""))
        #expect(r.stdout.contains("\"needs_review\": []"))
        #expect(r.stdout.contains("\"file\": \"<stdin>\""))
    }

    @Test("figures with no unit are reported on stderr, not guessed")
    func unattributed() throws {
        let r = try CommandRunner.run(["extract", "-"], stdin: "Năm 2022 xảy ra 40 vụ phạm pháp hình sự.")
        #expect(r.status == 0)
        #expect(r.stdout == "source,published,unit_type,unit,period_start,period_end,metric,value,qualifier,quote\n")
        #expect(r.stderr.contains("<stdin>:1:17: review (no unit stated or given): crimes_recorded 40"))
    }

    static let mixed = """
        Năm 2023, toàn tỉnh xảy ra 412 vụ phạm tội về trật tự xã hội, chiếm nhiều nhất là trộm cắp tài sản (98 vụ); \
        đã điều tra làm rõ 371 vụ, đạt 90,05%.
        5 năm qua, lực lượng đã bắt 4.216 đối tượng.
        """

    @Test("figures for review: JSON needs_review with reasons; CSV only with --include-uncertain, with status")
    func review() throws {
        let json = try CommandRunner.run(["extract", "-", "--unit", "Gia Lai", "--published", "2024-01-10", "--format", "json"],
                                         stdin: ExtractEndToEndTests.mixed)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        let read = try #require(file["observations"] as? [[String: Any]])
        let review = try #require(file["needs_review"] as? [[String: Any]])
        #expect(read.map { "\($0["metric"] ?? "")=\($0["value"] ?? "")" } == ["crimes_social_order=412", "cases_cleared=371", "clearance_rate=90.05"])
        #expect(review.map { "\($0["metric"] ?? "")=\($0["value"] ?? "")" } == ["crimes_social_order=98", "offenders=4216"])
        #expect(review.map { $0["reason"] as? String ?? "" } == [
            "subject may be a crime type, a group of people or another part, not the unit's total (\"trộm cắp tài sản\")",
            "period is a span the text does not date (\"5 năm qua\")",
        ])
        let plain = try CommandRunner.run(["extract", "-", "--unit", "Gia Lai", "--published", "2024-01-10"], stdin: ExtractEndToEndTests.mixed)
        #expect(plain.stdout.split(separator: "\n").count == 4)
        let all = try CommandRunner.run(["extract", "-", "--unit", "Gia Lai", "--published", "2024-01-10", "--include-uncertain"],
                                        stdin: ExtractEndToEndTests.mixed)
        let lines = all.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "source,published,unit_type,unit,period_start,period_end,metric,value,qualifier,quote,status,reason")
        #expect(lines.dropFirst().map { $0.contains(",read,") ? "read" : ($0.contains(",review,") ? "review" : "?") }
                == ["read", "review", "read", "read", "review"])
        #expect(lines[5].hasPrefix("<stdin>,2024-01-10,province,Gia Lai,2020-01,2024-01,offenders,4216,exact,"))
    }

    @Test("--min-confidence sends weaker read figures to review")
    func minConfidence() throws {
        let all = try CommandRunner.run(["extract", "-", "--unit", "Gia Lai", "--published", "2024-01-10", "--format", "json"],
                                        stdin: ExtractEndToEndTests.mixed)
        let strict = try CommandRunner.run(["extract", "-", "--unit", "Gia Lai", "--published", "2024-01-10", "--format", "json",
                                            "--min-confidence", "0.99"], stdin: ExtractEndToEndTests.mixed)
        #expect(all.stdout.components(separatedBy: "below --min-confidence").count == 1)
        #expect(strict.stdout.contains("below --min-confidence 0.99"))
        let bad = try CommandRunner.run(["extract", "-", "--min-confidence", "2"], stdin: "x")
        #expect(bad.status == 2)
    }

    @Test("--review: every figure with its sentence, the number marked, metric, unit, period and reason; fits the width")
    func reviewLayout() throws {
        for width in [40, 80] {
            let r = try CommandRunner.run(["extract", "-", "--unit", "Gia Lai", "--published", "2024-01-10", "--review",
                                           "--width", "\(width)", "--color", "never"], stdin: ExtractEndToEndTests.mixed)
            #expect(r.status == 0)
            #expect(r.stdout.hasPrefix("<stdin>: 5 figures, 3 read, 2 for review\n"))
            #expect(r.stdout.contains("⟦98⟧"))
            #expect(r.stdout.contains("why: period is a span"))
            #expect(r.stdout.contains("2. REVIEW · line 1:101"), "\(r.stdout)")
            for line in r.stdout.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
        }
    }

    @Test("--unit takes districts, towns and ad-hoc regions; a near-miss province name is still an error")
    func units() throws {
        let district = try CommandRunner.run(["extract", "-", "--unit", "huyện Xuyên Mộc", "--published", "2024-01-06"],
                                             stdin: "Năm 2023, huyện Xuyên Mộc xảy ra 63 vụ phạm pháp hình sự.")
        #expect(district.stdout.contains(",district,Xuyên Mộc,2023-01,2023-12,crimes_recorded,63,"), "\(district.stderr)")
        let bare = try CommandRunner.run(["extract", "-", "--unit", "Xuyên Mộc"], stdin: "Năm 2023 xảy ra 63 vụ phạm pháp hình sự.")
        #expect(bare.stdout.contains(",district,Xuyên Mộc,"))
        #expect(bare.stderr.contains("taken as the district \"Xuyên Mộc\""))
        let region = try CommandRunner.run(["extract", "-", "--unit", "7 tỉnh, thành giáp ranh"],
                                           stdin: "Năm 2023, Công an 7 tỉnh, thành giáp ranh bắt 312 đối tượng truy nã; trong đó TP Hồ Chí Minh bắt 164 đối tượng truy nã.")
        #expect(region.stdout.contains(",region,\"7 tỉnh, thành giáp ranh\",2023-01,2023-12,fugitives_arrested,312,"))
        #expect(region.stdout.contains(",city,Hồ Chí Minh,2023-01,2023-12,fugitives_arrested,164,"))
        let typo = try CommandRunner.run(["extract", "-", "--unit", "Ha Giangg"], stdin: "x")
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("Hà Giang"))
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
