import Foundation
import Testing

/// `crimestats merge` as an analyst runs it: a batch of gathered figures (Fixtures/merge-new.csv, written for
/// the tests: an alias unit, a blank qualifier, a spelled-out number, a duplicate of the target's row and of
/// its own, another source's agreeing and conflicting figures, and four rows the checks refuse) merged into
/// a small file of their own (Fixtures/merge-into.csv).
@Suite("merge through the CLI")
struct MergeEndToEndTests {
    /// A fresh directory holding the fixtures, the target copied as mine.csv.
    func workspace() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("crimestats-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in ["merge-into.csv", "merge-new.csv", "merge-bad.csv"] {
            try FileManager.default.copyItem(atPath: CommandRunner.fixture(name), toPath: dir.appendingPathComponent(name).path)
        }
        try FileManager.default.copyItem(atPath: CommandRunner.fixture("merge-into.csv"), toPath: dir.appendingPathComponent("mine.csv").path)
        return dir
    }

    func contents(_ dir: URL, _ name: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("the summary and the merged file, whole (goldens); refused rows make the exit status 1")
    func goldens() throws {
        let dir = try workspace()
        let r = try CommandRunner.run(["merge", "merge-new.csv", "--into", "mine.csv", "--width", "100"], directory: dir)
        #expect(r.status == 1, "\(r.stderr)")
        try Golden.check(r.stdout, "merge-summary-w100.txt")
        try Golden.check(try contents(dir, "mine.csv"), "merge-result.csv")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
                == ["merge-bad.csv", "merge-into.csv", "merge-new.csv", "mine.csv"])  // no temporary file left
    }

    @Test("JSON: every row accounted for, with reasons")
    func json() throws {
        let dir = try workspace()
        let r = try CommandRunner.run(["merge", "merge-new.csv", "--into", "mine.csv", "--format", "json"], directory: dir)
        #expect(r.status == 1, "\(r.stderr)")
        let j = try #require(try parseJSON(r.stdout) as? [String: Any])
        #expect(j["rows_read"] as? Int == 13)
        #expect(j["added"] as? Int == 7)
        #expect(j["duplicates"] as? Int == 2)
        #expect(j["refused"] as? Int == 4)
        #expect(j[object: "before"]?["figures"] as? Int == 3)
        #expect(j[object: "after"]?["figures"] as? Int == 10)
        #expect(j[object: "after"]?["units"] as? Int == 4)
        #expect(j["kept_sorted"] as? Bool == true)
        let refused = try #require(j[array: "refused_rows"] as? [[String: Any]])
        #expect(refused.map { $0["location"] as? String ?? "" }
                == ["merge-new.csv:8:1", "merge-new.csv:9:1", "merge-new.csv:10:1", "merge-new.csv:13:1"])
        let reasons = refused.compactMap { ($0["reasons"] as? [[String: Any]])?.first }
        #expect(reasons.map { $0["column"] as? String ?? "" } == ["metric", "qualifier", "value", "period_end"])
        #expect(reasons.map { $0["location"] as? String ?? "" }
                == ["merge-new.csv:8:67", "merge-new.csv:9:87", "merge-new.csv:10:84", "merge-new.csv:13:62"])
        #expect((j[array: "warnings"] as? [[String: Any]])?.map { $0["metric"] as? String ?? "" } == ["crime_change_pct"])
        let conflicts = try #require(j[array: "conflicts"] as? [[String: Any]])
        #expect(conflicts.map { "\($0["unit"] ?? "") \($0["value"] ?? "")" } == ["Sơn La 81.5"])
        #expect((j[array: "agreeing"] as? [[String: Any]])?.map { $0["unit"] as? String ?? "" } == ["Lào Cai"])
        #expect((j[array: "normalised"] as? [[String: Any]])?.count == 4)
        let byMetric = try #require(j[array: "added_by_metric"] as? [[String: Any]])
        #expect(byMetric.first { $0["metric"] as? String == "cases_cleared" }.map { "\($0["city"] ?? "") \($0["province"] ?? "")" } == "1 1")
        #expect((j[array: "validation"] as? [[String: Any]])?.map { $0["check"] as? String ?? "" } == ["change_vs_counts", "conflicting_sources"])
    }

    @Test("merging the same batch again adds nothing and leaves the file as it was")
    func idempotent() throws {
        let dir = try workspace()
        _ = try CommandRunner.run(["merge", "merge-new.csv", "--into", "mine.csv"], directory: dir)
        let once = try contents(dir, "mine.csv")
        let r = try CommandRunner.run(["merge", "merge-new.csv", "--into", "mine.csv", "--format", "json"], directory: dir)
        let j = try #require(try parseJSON(r.stdout) as? [String: Any])
        #expect(j["added"] as? Int == 0)
        #expect(j["duplicates"] as? Int == 9)
        #expect(j["refused"] as? Int == 4)
        #expect(j["written"] as? Bool == false)
        #expect(try contents(dir, "mine.csv") == once)
    }

    @Test("--dry-run writes nothing; a missing file is created")
    func dryRunAndCreate() throws {
        let dir = try workspace()
        let before = try contents(dir, "mine.csv")
        let dry = try CommandRunner.run(["merge", "merge-new.csv", "--into", "mine.csv", "--dry-run"], directory: dir)
        #expect(dry.stdout.hasPrefix("Merge of merge-new.csv into mine.csv (dry run: nothing written)\n"))
        #expect(dry.stdout.contains("mine.csv would hold 10 figures from 3 sources on 4 units"))
        #expect(try contents(dir, "mine.csv") == before)
        let created = try CommandRunner.run(["merge", "merge-into.csv", "--into", "fresh.csv"], directory: dir)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try contents(dir, "fresh.csv") == before)
        #expect(created.stdout.contains("fresh.csv now holds 3 figures from 2 sources on 2 units (a new file)"))
    }

    @Test("a row that does not read as the schema stops the merge: exit 2, file:line:column, nothing written")
    func badInput() throws {
        let dir = try workspace()
        let before = try contents(dir, "mine.csv")
        let r = try CommandRunner.run(["merge", "merge-bad.csv", "--into", "mine.csv"], directory: dir)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "crimestats: error: merge-bad.csv:3:62: unknown metric \"clearence_rate\" (did you mean clearance_rate?)\n")
        #expect(try contents(dir, "mine.csv") == before)
        let same = try CommandRunner.run(["merge", "mine.csv", "--into", "mine.csv"], directory: dir)
        #expect(same.status == 2)
        #expect(same.stderr.contains("mine.csv is both the file to merge and the file merged into"))
    }
}
