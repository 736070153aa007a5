extension CharacterGrid {
    /// Draws a straight line of `glyph` between two cells (Bresenham), only into blank cells.
    mutating func drawLine(from start: (x: Int, y: Int), to end: (x: Int, y: Int), glyph: Character, color: ChartColor?) {
        let bound = 4 * max(columns, rows) + 8
        var x0 = min(max(start.x, -bound), bound)
        var y0 = min(max(start.y, -bound), bound)
        let x1 = min(max(end.x, -bound), bound)
        let y1 = min(max(end.y, -bound), bound)
        let dx = abs(x1 - x0)
        let dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1
        let sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        while true {
            if isBlank(column: x0, row: y0) { put(glyph, column: x0, row: y0, color: color) }
            if x0 == x1 && y0 == y1 { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x0 += sx }
            if doubled <= dx { error += dx; y0 += sy }
        }
    }
}
