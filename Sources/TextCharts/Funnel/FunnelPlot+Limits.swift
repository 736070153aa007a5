extension FunnelPlot.Limits {
    /// The limits at `n`: the function's value, or the table interpolated linearly (held constant
    /// outside the table); `nil` when unavailable or not finite.
    public func band(at n: Double) -> (lower: Double, upper: Double)? {
        let result: (lower: Double, upper: Double)
        switch self {
        case .function(let limits):
            result = limits(n)
        case .table(let rows):
            let sorted = rows.filter { $0.n.isFinite && $0.lower.isFinite && $0.upper.isFinite }.sorted { $0.n < $1.n }
            guard let first = sorted.first, let last = sorted.last else { return nil }
            if n <= first.n {
                result = (first.lower, first.upper)
            } else if n >= last.n {
                result = (last.lower, last.upper)
            } else {
                let upperIndex = sorted.firstIndex { $0.n >= n } ?? sorted.count - 1
                let right = sorted[upperIndex]
                let left = sorted[max(upperIndex - 1, 0)]
                let span = right.n - left.n
                let t = span > 0 ? (n - left.n) / span : 0
                result = (left.lower + t * (right.lower - left.lower), left.upper + t * (right.upper - left.upper))
            }
        }
        guard result.lower.isFinite, result.upper.isFinite else { return nil }
        return (min(result.lower, result.upper), max(result.lower, result.upper))
    }
}

extension FunnelPlot {
    /// Where `point` lies: outside 99.8 % first, then outside 95 %, else inside (limits that are
    /// absent are not checked; a point exactly on a limit is inside).
    public func position(of point: Point) -> Position {
        if let band = limits998?.band(at: point.n) {
            if point.rate > band.upper { return .above998 }
            if point.rate < band.lower { return .below998 }
        }
        if let band = limits95?.band(at: point.n) {
            if point.rate > band.upper { return .above95 }
            if point.rate < band.lower { return .below95 }
        }
        return .inside
    }
}

extension FunnelPlot.Position {
    /// Drawing priority when points share a cell (more extreme wins).
    var severity: Int {
        switch self {
        case .inside: 0
        case .above95, .below95: 1
        case .above998, .below998: 2
        }
    }

    /// Words used in the list below the chart.
    func phrase(_ words: ChartWords) -> String {
        switch self {
        case .inside: words.inside
        case .above95: words.above95
        case .below95: words.below95
        case .above998: words.above998
        case .below998: words.below998
        }
    }

    func glyph(_ glyphs: Glyphs) -> Character {
        switch self {
        case .inside: glyphs.inside
        case .above95: glyphs.above95
        case .below95: glyphs.below95
        case .above998: glyphs.above998
        case .below998: glyphs.below998
        }
    }

    var color: ChartColor {
        switch self {
        case .inside: .cyan
        case .above95, .below95: .yellow
        case .above998, .below998: .red
        }
    }
}
