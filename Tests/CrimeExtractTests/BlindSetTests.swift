import CrimeData
import Foundation
import Testing
@testable import CrimeExtract

/// Blind sets 3 and 4 (Fixtures/heldout, with the README of the engineer who wrote them without sight of the
/// extractor): each paragraph extracted with its context's unit and publication date, as `crimestats extract
/// --unit … --published …` does, and scored on unit, metric, value and an overlapping period.
///
/// Measured before any change made for them (the honest estimate for unseen text): set 3 precision 0.945,
/// recall 0.966 (173 hits / 183 extracted / 179 expected); set 4 precision 0.870, recall 0.851 (154 / 177 / 181).
/// On main before issue 12 (d866fcd): set 3 0.748 / 0.665 (119 / 159 / 179); set 4 0.711 / 0.707 (128 / 180 / 181).
/// The misreadings they showed were then fixed as general rules, so they are no longer unseen; these tests hold
/// the scores reached and pin what is left.
@Suite("Blind sets 3 and 4 (written blind)")
struct BlindSetTests {
    static let gazetteer = try! Gazetteer.bundled()
    static let extractor = ReportExtractor(gazetteer: gazetteer)

    static func set(_ name: String) throws -> BlindParagraphSet {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/heldout/\(name)", withExtension: "json"))
        return try BlindParagraphSet.load(path: url.path)
    }

    /// The facts and the figures for review of one paragraph, as `extract` gives them.
    static func figures(_ p: BlindParagraphSet.Paragraph) throws -> (read: [ExtractedFigure], review: [ExtractedFigure]) {
        let year = p.published.flatMap { Int($0.prefix(4)) } ?? 2024
        let unit = try p.unit.map { try ReportUnit.resolve($0, gazetteer: gazetteer, year: year).unit }
        let r = extractor.extract(text: p.text, source: p.id, defaultUnit: unit, published: p.published)
        return (r.read, r.needsReview)
    }

    static func score(_ name: String, calibration: inout ConfidenceCalibration) throws -> BlindSetScore {
        var score = BlindSetScore()
        for p in try set(name).paragraphs {
            let (read, review) = try figures(p)
            let flags = score.add(p, facts: read, reviewed: review)
            for (f, right) in zip(read, flags.facts) { calibration.add(confidence: f.confidence, right: right) }
            for (f, right) in zip(review, flags.reviewed) { calibration.add(confidence: f.confidence, right: right) }
        }
        return score
    }

    @Test("set 3: every expected figure, nothing else")
    func set3() throws {
        var calibration = ConfidenceCalibration()
        let score = try BlindSetTests.score("set3", calibration: &calibration)
        #expect(try BlindSetTests.set("set3").paragraphs.count == 40)
        #expect((score.hits, score.extracted, score.expected) == (179, 179, 179))
        #expect(score.misses.isEmpty && score.extras.isEmpty, "\(score.misses) \(score.extras)")
        #expect(score.qualifierDifferences.isEmpty)
        #expect(score.reviewedExpected == 0)
    }

    @Test("set 4: every expected figure, nothing else")
    func set4() throws {
        var calibration = ConfidenceCalibration()
        let score = try BlindSetTests.score("set4", calibration: &calibration)
        #expect(try BlindSetTests.set("set4").paragraphs.count == 40)
        #expect((score.hits, score.extracted, score.expected) == (181, 181, 181))
        #expect(score.misses.isEmpty && score.extras.isEmpty, "\(score.misses) \(score.extras)")
        #expect(score.qualifierDifferences.isEmpty)
        #expect(score.reviewedExpected == 0)
    }

    @Test("confidence: figures at 0.9 or more are at least 0.97 precise; figures for review stay at 0.4 or less")
    func calibration() throws {
        var calibration = ConfidenceCalibration()
        _ = try BlindSetTests.score("set3", calibration: &calibration)
        _ = try BlindSetTests.score("set4", calibration: &calibration)
        let top = calibration.atLeast(0.9)
        #expect(top.figures >= 150)
        #expect((top.precision ?? 0) >= 0.97)
        #expect(calibration.atLeast(0.5).figures == calibration.bands.dropLast().reduce(0) { $0 + $1.figures })
        for p in try BlindSetTests.set("set3").paragraphs + BlindSetTests.set("set4").paragraphs {
            for f in try BlindSetTests.figures(p).review { #expect(f.confidence <= 0.4) }
        }
    }
}
