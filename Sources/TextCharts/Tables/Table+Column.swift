extension Table {
    /// A column: header, alignment and how far it may be truncated.
    public struct Column: Sendable, Hashable {
        /// Header text.
        public var header: String
        /// Alignment; `nil` means right for numeric columns, left otherwise.
        public var alignment: TextAlignment?
        /// The narrowest this column may be truncated to before columns are dropped
        /// (`nil`: 8 cells, or the natural width if smaller). Numeric columns are never truncated.
        public var minimumWidth: Int?
        /// Colour for the column's cells (cells may override).
        public var color: ChartColor?

        /// Creates a column.
        public init(_ header: String, alignment: TextAlignment? = nil, minimumWidth: Int? = nil, color: ChartColor? = nil) {
            self.header = header
            self.alignment = alignment
            self.minimumWidth = minimumWidth
            self.color = color
        }
    }
}
