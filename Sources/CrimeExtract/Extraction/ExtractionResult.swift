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

    public init(observations: [Observation] = [], figures: [ExtractedFigure] = [], unattributed: [UnattributedFigure] = []) {
        self.observations = observations
        self.figures = figures
        self.unattributed = unattributed
    }
}
