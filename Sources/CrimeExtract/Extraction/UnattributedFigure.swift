/// A figure that could not become an observation because its unit or period is unknown — reported, not guessed.
public struct UnattributedFigure: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        case noUnit = "no unit"
        case noPeriod = "no period"
        case noUnitOrPeriod = "no unit and no period"
    }

    public var figure: ExtractedFigure
    public var reason: Reason

    public init(figure: ExtractedFigure, reason: Reason) {
        self.figure = figure
        self.reason = reason
    }
}
