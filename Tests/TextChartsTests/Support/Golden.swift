import Foundation
import Testing

/// Golden files: whole renderings compared exactly; `RECORD_GOLDENS=1` writes them instead.
///
/// Goldens live in the source tree (found from `#filePath`, not the bundle) so recording updates the repo.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    }

    /// Compares `output` with `Goldens/<name>.txt` (or records it).
    static func check(_ output: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let contents = output + "\n"
        if isRecording {
            do {
                try contents.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name).txt; run with RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(contents == expected, "rendering differs from golden \(name).txt", sourceLocation: sourceLocation)
    }
}
