/// Anything that renders to lines of terminal text.
///
/// Rule: every line returned is at most `style.effectiveWidth` display cells (colour codes do not
/// count), contains no tabs, and, with `style.charset == .ascii`, contains only ASCII.
public protocol TextChart: Sendable {
    /// The rendering as lines, without line terminators.
    func lines(style: ChartStyle) -> [String]
}

extension TextChart {
    /// The rendering as one string, lines joined by "\n" (no trailing newline).
    public func render(style: ChartStyle) -> String {
        lines(style: style).joined(separator: "\n")
    }
}
