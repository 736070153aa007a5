import CrimeData
import CrimeExtract

extension EvalExtraction {
    /// The figures `extract` gives for a blind paragraph: facts, and figures sent to review.
    static func blindFigures(_ paragraph: BlindParagraphSet.Paragraph, extractor: ReportExtractor,
                             gazetteer: Gazetteer) -> (facts: [ExtractedFigure], reviewed: [ExtractedFigure]) {
        var unit: UnitRef? = nil
        if let name = paragraph.unit {
            // As on main (d866fcd): a unit the gazetteer does not know is refused, and nothing is extracted.
            guard let u = try? gazetteer.resolve(name).unit else { return ([], []) }
            unit = u
        }
        let result = extractor.extract(text: paragraph.text, source: paragraph.id, defaultUnit: unit,
                                       published: paragraph.published)
        return (result.figures, [])
    }
}
