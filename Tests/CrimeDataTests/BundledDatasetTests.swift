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

    @Test("1,089 figures from 202 sources on 58 units, every one with a source, NFC names")
    func figures() throws {
        let dataset = try Dataset.bundled()
        #expect(dataset.observations.count == 1089)
        #expect(Set(dataset.observations.map(\.source)).count == 202)
        #expect(dataset.units.count == 58)
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

    @Test("the second gathering: 169 figures added, the 7 refused rows left out (Datasets/README.md)")
    func secondGathering() throws {
        let dataset = try Dataset.bundled()
        // 920 of the first merge + 169 of the second.
        let byUnit = Dictionary(grouping: dataset.observations, by: \.unit.name).mapValues(\.count)
        #expect(byUnit["Sóc Trăng"] == 24)
        #expect(byUnit["Tây Ninh"] == 14)
        // Refused: the Đắk Nông 2016–2025 aggregate (its period ends after publication) and Tiền Giang's
        // 2021 change compared "so với năm 2021".
        #expect(!dataset.observations.contains { $0.unit.name == "Đắk Nông" && $0.period.start.year == 2016 && $0.period.end.year == 2025 })
        #expect(!dataset.observations.contains { $0.unit.name == "Tiền Giang" && $0.metric == "crime_change_pct" && $0.period.year == 2021 })
        #expect(dataset.observations.filter { $0.unit.name == "Tiền Giang" }.count == 11)
        // Kept from the second gathering: Tây Ninh 2025 both counts, Đồng Tháp 2024 both counts.
        let tayNinh = dataset.observations.filter { $0.unit.name == "Tây Ninh" && $0.period.year == 2025 && $0.period.span == .year }
        #expect(tayNinh.first { $0.metric == "cases_cleared" }?.exactValue.description == "1035")
        #expect(tayNinh.first { $0.metric == "crimes_social_order" }?.exactValue.description == "1208")
    }
}
