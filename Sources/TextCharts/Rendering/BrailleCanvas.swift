/// A dot canvas drawn with Braille patterns (U+2800–U+28FF): 2 × 4 dots per cell.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private var bits: [UInt8]
    private var owners: [ChartColor?]

    init(columns: Int, rows: Int) {
        self.columns = max(columns, 0)
        self.rows = max(rows, 0)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        owners = Array(repeating: nil, count: self.columns * self.rows)
    }

    var dotColumns: Int { columns * 2 }
    var dotRows: Int { rows * 4 }

    /// Dot bit for position (x % 2, y % 4) inside a cell.
    private static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets one dot (row 0 at the top); dots outside the canvas are ignored.
    mutating func plot(x: Int, y: Int, color: ChartColor?) {
        guard x >= 0, y >= 0, x < dotColumns, y < dotRows else { return }
        let index = (y / 4) * columns + x / 2
        bits[index] |= BrailleCanvas.dotBits[x % 2][y % 4]
        owners[index] = color
    }

    /// Draws a straight line of dots (Bresenham); `keep` can thin it into a dashed line.
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), color: ChartColor?, keep: (Int) -> Bool = { _ in true }) {
        for point in GridLine(start: start, end: end, bound: 4 * max(dotColumns, dotRows) + 8) where keep(point.x) {
            plot(x: point.x, y: point.y, color: color)
        }
    }

    /// Copies non-empty cells into `grid` where the grid cell is blank.
    func draw(into grid: inout CharacterGrid) {
        for row in 0..<rows {
            for column in 0..<columns {
                let index = row * columns + column
                guard bits[index] != 0, grid.isBlank(column: column, row: row),
                      let scalar = Unicode.Scalar(0x2800 + UInt32(bits[index])) else { continue }
                grid.put(Character(scalar), column: column, row: row, color: owners[index])
            }
        }
    }
}
