/// A rectangle of one-cell glyphs, each with an optional colour.
struct CharacterGrid {
    let columns: Int
    let rows: Int
    private var cells: [Character]
    private var colors: [ChartColor?]

    init(columns: Int, rows: Int) {
        self.columns = max(columns, 0)
        self.rows = max(rows, 0)
        cells = Array(repeating: " ", count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
    }

    func contains(column: Int, row: Int) -> Bool {
        column >= 0 && column < columns && row >= 0 && row < rows
    }

    subscript(column: Int, row: Int) -> Character {
        contains(column: column, row: row) ? cells[row * columns + column] : " "
    }

    func isBlank(column: Int, row: Int) -> Bool {
        self[column, row] == " "
    }

    /// Sets a cell; positions outside the grid are ignored.
    mutating func put(_ glyph: Character, column: Int, row: Int, color: ChartColor? = nil) {
        guard contains(column: column, row: row) else { return }
        cells[row * columns + column] = glyph
        colors[row * columns + column] = color
    }

    /// One row as text; with `colored`, runs of equally coloured cells share one SGR pair.
    func line(_ row: Int, colored: Bool) -> String {
        guard row >= 0, row < rows else { return "" }
        var result = ""
        var run = ""
        var runColor: ChartColor?
        func flush() {
            if colored, let runColor { result += runColor.paint(run) } else { result += run }
            run = ""
        }
        for column in 0..<columns {
            let index = row * columns + column
            let color = cells[index] == " " ? nil : colors[index]
            if color != runColor {
                flush()
                runColor = color
            }
            run.append(cells[index])
        }
        flush()
        return result
    }
}
