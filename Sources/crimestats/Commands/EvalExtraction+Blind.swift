import CrimeData
import CrimeExtract

extension EvalExtraction {
    /// Scores every blind set given with --blind: each paragraph extracted with its context's unit and
    /// publication date, as `crimestats extract --unit … --published …` would.
    func scoreBlindSets(_ extractor: ReportExtractor, gazetteer: Gazetteer) throws -> String {
        var out = ""
        var calibration = ConfidenceCalibration()
        for path in blind {
            let set = try BlindParagraphSet.load(path: path)
            var score = BlindSetScore()
            for paragraph in set.paragraphs {
                let (facts, reviewed) = EvalExtraction.blindFigures(paragraph, extractor: extractor, gazetteer: gazetteer)
                let flags = score.add(paragraph, facts: facts, reviewed: reviewed)
                for (f, right) in zip(facts, flags.facts) { calibration.add(confidence: f.confidence, right: right) }
                for (f, right) in zip(reviewed, flags.reviewed) { calibration.add(confidence: f.confidence, right: right) }
            }
            out += "Blind set \(set.name) (\(set.paragraphs.count) paragraphs; unit, metric, value, overlapping period)\n"
            out += "  " + score.summary + "\n"
            if verbose {
                for m in score.misses { out += "  MISS \(m)\n" }
                for x in score.extras { out += "  EXTRA \(x)\n" }
                for q in score.qualifierDifferences { out += "  QUALIFIER \(q)\n" }
            }
            out += "\n"
        }
        if !blind.isEmpty {
            out += "Confidence calibration (the blind sets' figures, read or for review, each counted as a claim)\n"
            out += calibration.table + "\n"
        }
        return out
    }
}
