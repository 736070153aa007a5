/// Where text sits inside a wider field of cells.
public enum TextAlignment: Sendable, Hashable {
    /// Flush left, padded on the right.
    case left
    /// Flush right, padded on the left (numbers).
    case right
    /// Centred; an odd leftover cell goes to the right.
    case center
}
