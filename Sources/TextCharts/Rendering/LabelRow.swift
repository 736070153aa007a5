/// A line of axis labels placed left to right without overlapping.
struct LabelRow {
    let width: Int
    let measure: DisplayWidth
    private(set) var text = ""
    private var used = 0

    init(width: Int, measure: DisplayWidth) {
        self.width = width
        self.measure = measure
    }

    /// Places `label` centred on `column` (shifted to stay inside the row); returns false, placing
    /// nothing, when it would touch the previous label or not fit.
    @discardableResult
    mutating func place(_ label: String, centeredAt column: Int) -> Bool {
        let cells = measure.of(label)
        guard cells > 0, cells <= width else { return false }
        let start = min(max(column - (cells - 1) / 2, 0), width - cells)
        guard used == 0 ? start >= 0 : start >= used + 1 else { return false }
        text += String(repeating: " ", count: start - used) + label
        used = start + cells
        return true
    }
}
