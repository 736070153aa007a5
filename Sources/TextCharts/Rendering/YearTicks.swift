/// Integer-year tick positions thinned so that labels fit.
enum YearTicks {
    /// Years between `low` and `high` on multiples of the smallest step (1, 2, 5, 10, 20, …) for which
    /// labels `labelWidth` cells wide, one cell apart, fit in `cells`.
    static func years(from low: Double, to high: Double, labelWidth: Int, cells: Int) -> [Double] {
        guard low.isFinite, high.isFinite, low.magnitude < 1e15, high.magnitude < 1e15 else {
            return [low, high].filter(\.isFinite)
        }
        let first = ChartMath.ceil(low)
        let last = ChartMath.floor(high)
        guard first <= last else { return [] }
        let capacity = max(1, (cells + 1) / max(labelWidth + 1, 2))
        var step = 1.0
        let multipliers = [2.0, 2.5, 2.0]
        var turn = 0
        while (last - first) / step + 1 > Double(capacity), step < 1e16 {
            step *= multipliers[turn % 3]
            turn += 1
        }
        var years: [Double] = []
        var year = ChartMath.ceil(first / step) * step
        while year <= last, years.count <= capacity {
            years.append(year)
            year += step
        }
        return years
    }
}
