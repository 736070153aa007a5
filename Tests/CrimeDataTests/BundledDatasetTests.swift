import Foundation
import Testing
@testable import CrimeData

@Suite("The bundled dataset")
struct BundledDatasetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("the embedded files equal Datasets/ (run `make embed` after editing Datasets)", arguments: [
        ("reported_figures.csv", BundledFiles.reportedFigures), ("provinces.csv", BundledFiles.provinces),
        ("clusters.csv", BundledFiles.clusters), ("provinces_2025.csv", BundledFiles.provinces2025),
    ])
    func embeddedMatchesDatasets(file: String, embedded: String) throws {
        let onDisk = try String(contentsOf: BundledDatasetTests.root.appendingPathComponent("Datasets/\(file)"), encoding: .utf8)
        var expected = onDisk.replacingOccurrences(of: "\r\n", with: "\n")
        if expected.hasSuffix("\n") { expected.removeLast() }
        #expect(embedded == expected)
    }

    @Test("920 figures, every one with a source, NFC names")
    func figures() throws {
        let dataset = try Dataset.bundled()
        #expect(dataset.observations.count == 920)
        #expect(dataset.observations.allSatisfy { !$0.source.isEmpty })
        #expect(dataset.observations.allSatisfy { VietnameseText.canonical($0.unit.name) == $0.unit.name })
    }

    @Test("the seeds' figures are in the dataset with their sources")
    func seeds() throws {
        let seed = try Dataset.bundled().filter { $0.source.contains("seed 001_0591017e679da390.txt") }
        let byMetric = Dictionary(grouping: seed.observations.filter { $0.unit == .cluster(2) }, by: \.metric)
        #expect(byMetric["cases_cleared"]?.first?.exactValue.description == "1681")
        #expect(byMetric["crimes_social_order"]?.first?.exactValue.description == "2156")
        #expect(byMetric["clearance_rate"]?.first?.exactValue.description == "88.7")
        #expect(byMetric["serious_cases"]?.first?.exactValue.description == "345")
        #expect(byMetric["serious_cases_cleared"]?.first?.exactValue.description == "340")
        #expect(byMetric["serious_clearance_rate"]?.first?.exactValue.description == "98.6")
        let changes = seed.observations.filter { $0.metric == "crime_change_pct" }
            .map { "\($0.unit.name) \($0.exactValue)" }.sorted()
        #expect(changes == ["Cao Bằng -16.5", "Hà Giang -19.6", "Lai Châu -12.7", "Lào Cai -5", "Lạng Sơn -5.3", "Sơn La -26"])
        let over = try Dataset.bundled().filter { $0.source.contains("seed 002_") && $0.metric == "clearance_rate" }
        #expect(over.observations.map(\.qualifier) == [.over])
        let seed004 = try Dataset.bundled().filter { $0.source.contains("seed 004_") }
        #expect(seed004.observations.isEmpty)
    }
}
