import CrimeData

/// What a report yields: observations in the Datasets schema, every figure found (with offsets and
/// confidence), and the figures that lack a unit or a period.
public struct ExtractionResult: Sendable {
    /// Attributed figures as observations (duplicates of the same unit, period, metric, value and
    /// qualifier removed), in text order.
    public var observations: [Observation]
    /// Every figure found, attributed or not, in text order.
    public var figures: [ExtractedFigure]
    /// Figures with no unit or no period, with the reason.
    public var unattributed: [UnattributedFigure]

    /// The figures the text does not settle, each with its reason (``ExtractedFigure/review``): the review list.
    public var needsReview: [ExtractedFigure] { figures.filter { !$0.isRead } }
    /// The figures read as facts.
    public var read: [ExtractedFigure] { figures.filter(\.isRead) }

    public init(observations: [Observation] = [], figures: [ExtractedFigure] = [], unattributed: [UnattributedFigure] = []) {
        self.observations = observations
        self.figures = figures
        self.unattributed = unattributed
    }

    /// The result with every read figure below `minimum` confidence sent to review (with the reason), and the
    /// observations that no read figure states any more left out.
    public func requiring(confidence minimum: Double) -> ExtractionResult {
        var out = self
        for i in out.figures.indices where out.figures[i].isRead && out.figures[i].confidence < minimum {
            out.figures[i].review = "confidence \(out.figures[i].confidence) below --min-confidence \(minimum)"
        }
        let read = out.figures.filter(\.isRead)
        out.observations = observations.filter { o in
            read.contains { f in f.metric == o.metric && f.value == o.exactValue && f.unit == o.unit && f.period == o.period
                && f.qualifier == o.qualifier }
        }
        return out
    }
}
