extension CharacterGrid {
    /// Draws a straight line of `glyph` between two cells (Bresenham), only into blank cells.
    mutating func drawLine(from start: (x: Int, y: Int), to end: (x: Int, y: Int), glyph: Character, color: ChartColor?) {
        for point in GridLine(start: start, end: end, bound: 4 * max(columns, rows) + 8)
        where isBlank(column: point.x, row: point.y) {
            put(glyph, column: point.x, row: point.y, color: color)
        }
    }
}
