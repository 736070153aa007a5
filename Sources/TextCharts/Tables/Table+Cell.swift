extension Table {
    /// One cell: text (or missing), an optional mark and an optional colour.
    public struct Cell: Sendable, Hashable, ExpressibleByStringLiteral {
        /// The text; `nil` is a missing value.
        public var text: String?
        /// A short flag printed right after the text, e.g. "*" for conflicting sources.
        public var mark: String?
        /// Colour of the text when colour is on.
        public var color: ChartColor?

        /// Creates a cell.
        public init(_ text: String?, mark: String? = nil, color: ChartColor? = nil) {
            self.text = text
            self.mark = mark
            self.color = color
        }

        /// A cell from a string literal.
        public init(stringLiteral value: String) {
            self.init(value)
        }

        /// A missing value.
        public static let missing = Cell(nil)
    }
}
