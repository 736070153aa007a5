import CrimeData
import CrimeExtract

extension EvalExtraction {
    /// The figures `extract` gives for a blind paragraph: facts (read), and figures sent to review.
    static func blindFigures(_ paragraph: BlindParagraphSet.Paragraph, extractor: ReportExtractor,
                             gazetteer: Gazetteer) -> (facts: [ExtractedFigure], reviewed: [ExtractedFigure]) {
        var unit: UnitRef? = nil
        if let name = paragraph.unit {
            // As `extract --unit` resolves it; a unit it refuses gives nothing, as the command would.
            let year = paragraph.published.flatMap { Int($0.prefix(4)) } ?? 2024
            guard let u = try? ReportUnit.resolve(name, gazetteer: gazetteer, year: year).unit else { return ([], []) }
            unit = u
        }
        let result = extractor.extract(text: paragraph.text, source: paragraph.id, defaultUnit: unit,
                                       published: paragraph.published)
        return (result.read, result.needsReview)
    }
}
