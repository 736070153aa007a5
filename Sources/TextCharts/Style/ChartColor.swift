/// A colour (or emphasis) expressed as an SGR escape code.
///
/// Rule: colour is only ever `ESC [ <code> m` before the text and `ESC [ 0 m` after it, so removing
/// every SGR sequence (``SGR/strip(_:)``) gives exactly the uncoloured rendering.
public enum ChartColor: Sendable, Hashable, CaseIterable {
    /// SGR 31.
    case red
    /// SGR 32.
    case green
    /// SGR 33 (reference lines, marks).
    case yellow
    /// SGR 34.
    case blue
    /// SGR 35.
    case magenta
    /// SGR 36 (default bars and dots).
    case cyan
    /// SGR 90, bright black (missing cells, target lines).
    case gray
    /// SGR 1 (table headers).
    case bold

    /// The SGR parameter for this colour.
    public var code: String {
        switch self {
        case .red: "31"
        case .green: "32"
        case .yellow: "33"
        case .blue: "34"
        case .magenta: "35"
        case .cyan: "36"
        case .gray: "90"
        case .bold: "1"
        }
    }

    /// Series colours in the order charts hand them out.
    public static let seriesPalette: [ChartColor] = [.cyan, .magenta, .yellow, .green, .blue, .red]

    /// `text` wrapped in this colour's escape codes; empty text stays empty.
    public func paint(_ text: String) -> String {
        text.isEmpty ? text : "\u{1B}[" + code + "m" + text + SGR.reset
    }
}
