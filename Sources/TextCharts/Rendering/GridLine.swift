/// The points of a straight line between two grid points (Bresenham's algorithm), ends included.
///
/// Both ends are first clamped to ±`bound`, so a wild coordinate (an outlier far off the chart) costs
/// at most a few thousand steps, not billions. Shared by the Braille canvas and the character grid.
struct GridLine: Sequence {
    let start: (x: Int, y: Int)
    let end: (x: Int, y: Int)
    let bound: Int

    func makeIterator() -> Iterator {
        func clamp(_ v: Int) -> Int { Swift.min(Swift.max(v, -bound), bound) }
        let x0 = clamp(start.x), y0 = clamp(start.y), x1 = clamp(end.x), y1 = clamp(end.y)
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        return Iterator(x: x0, y: y0, x1: x1, y1: y1, dx: dx, dy: dy, sx: x0 < x1 ? 1 : -1, sy: y0 < y1 ? 1 : -1,
                        error: dx + dy, done: false)
    }

    struct Iterator: IteratorProtocol {
        var x: Int, y: Int
        let x1: Int, y1: Int, dx: Int, dy: Int, sx: Int, sy: Int
        var error: Int
        var done: Bool

        mutating func next() -> (x: Int, y: Int)? {
            guard !done else { return nil }
            let point = (x: x, y: y)
            if x == x1 && y == y1 {
                done = true
            } else {
                let doubled = 2 * error
                if doubled >= dy { error += dy; x += sx }
                if doubled <= dx { error += dx; y += sy }
            }
            return point
        }
    }
}
