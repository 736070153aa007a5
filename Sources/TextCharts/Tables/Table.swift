/// A table of text cells that fits a width in display cells.
///
/// Rules: numeric columns (every present cell looks like a number) are right-aligned unless the column
/// says otherwise; missing cells show ``missingMarker`` ("—", or "-" in ASCII); a cell's mark ("*" for
/// conflicting sources) follows its text, and marked columns reserve room for marks so numbers stay
/// aligned. When the table is too wide, the widest text column is truncated with "…" down to its
/// minimum width, then trailing columns are dropped and a note says so ("(3 columns not shown: width
/// 80)"). Box tables have every table line the same width. No line is wider than the style's width.
public struct Table: TextChart {
    /// Framing of the table.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// Box drawing (`┌─┬─┐`, ASCII `+-+`).
        case box
        /// Columns separated by two spaces, no frame.
        case plain
        /// A GitHub-flavoured Markdown pipe table.
        case markdown
    }

    /// The columns, left to right.
    public var columns: [Column]
    /// The rows; short rows are padded with missing cells, extra cells are ignored.
    public var rows: [[Cell]]
    /// Framing.
    public var format: Format
    /// Text for missing cells; `nil` means "—" (ASCII "-").
    public var missingMarker: String?
    /// Columns the caller already left out for width: named in the same note as the columns the table drops.
    public var hiddenColumns: [String] = []

    /// Creates a table.
    public init(columns: [Column], rows: [[Cell]], format: Format = .box, missingMarker: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.format = format
        self.missingMarker = missingMarker
    }

    /// Creates a table from header titles and plain strings (`nil` = missing).
    public init(headers: [String], rows: [[String?]], format: Format = .box) {
        self.init(columns: headers.map { Column($0) }, rows: rows.map { $0.map { Cell($0) } }, format: format)
    }

    public func lines(style: ChartStyle) -> [String] {
        LineClipper.clip(layoutLines(style: style), style: style)
    }
}
