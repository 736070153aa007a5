extension DotPlot {
    /// Whether every value of the row that is present is finite.
    static func isDrawable(_ row: Row) -> Bool {
        row.estimate.isFinite && (row.low?.isFinite ?? true) && (row.high?.isFinite ?? true)
    }

    func valueText(_ row: Row, style: ChartStyle) -> String {
        var text = format(row.estimate)
        if let low = row.low, let high = row.high {
            text += " [" + format(min(low, high)) + ", " + format(max(low, high)) + "]"
        }
        return style.displayText(text)
    }

    func layoutLines(style: ChartStyle) -> [String] {
        let width = style.effectiveWidth
        let measure = style.displayWidth
        let glyphs = style.glyphs
        let skipped = ChartNotes.skipped(rows.filter { !DotPlot.isDrawable($0) }.map(\.label), style: style)
        let shown = rows.filter(DotPlot.isDrawable)
        guard !shown.isEmpty else { return ChartNotes.noData(style: style) + skipped }

        let referenceValue = reference.flatMap { $0.isFinite ? $0 : nil }
        let all = shown.flatMap { [$0.estimate] + [$0.low, $0.high].compactMap { $0 } } + (referenceValue.map { [$0] } ?? [])
        let scale = NiceScale(minimum: all.min() ?? 0, maximum: all.max() ?? 0, maxTicks: 6)

        let labels = shown.map { style.displayText($0.label) }
        let values = showsValues ? shown.map { valueText($0, style: style) } : []
        let minimumPlot = min(10, max(width / 2, 1))
        var valueWidth = values.map { measure.of($0) }.max() ?? 0
        var labelWidth = min(labels.map { measure.of($0) }.max() ?? 0, max(3, width / 3))
        func plotWidth() -> Int {
            width - (labelWidth > 0 ? labelWidth + 1 : 0) - (valueWidth > 0 ? valueWidth + 1 : 0)
        }
        if plotWidth() < minimumPlot { valueWidth = 0 }
        if plotWidth() < minimumPlot { labelWidth = max(0, width - 1 - minimumPlot) }
        let plot = plotWidth()
        guard plot >= 3 else { return ChartNotes.tooNarrow(style: style) + skipped }

        func column(_ value: Double) -> Int {
            ChartMath.clampedInt(scale.fraction(of: value) * Double(plot - 1), 0...(plot - 1))
        }
        let referenceColumn = referenceValue.map(column)
        var lines: [String] = []
        for (index, row) in shown.enumerated() {
            var grid = CharacterGrid(columns: plot, rows: 1)
            if let low = row.low, let high = row.high {
                let from = column(min(low, high))
                let to = column(max(low, high))
                if from < to {
                    for cell in from...to { grid.put(glyphs.horizontal, column: cell, row: 0, color: color) }
                    grid.put(glyphs.whiskerLeft, column: from, row: 0, color: color)
                    grid.put(glyphs.whiskerRight, column: to, row: 0, color: color)
                }
            }
            if let referenceColumn {
                if grid.isBlank(column: referenceColumn, row: 0) {
                    grid.put(glyphs.reference, column: referenceColumn, row: 0, color: .yellow)
                } else if grid[referenceColumn, 0] == glyphs.horizontal {
                    grid.put(glyphs.whiskerCross, column: referenceColumn, row: 0, color: color)
                }
            }
            grid.put(glyphs.dot, column: column(row.estimate), row: 0, color: color)
            var line = ""
            if labelWidth > 0 { line += measure.fit(labels[index], to: labelWidth, ellipsis: style.ellipsis) + " " }
            line += grid.line(0, colored: style.color)
            if valueWidth > 0 { line += " " + measure.fit(values[index], to: valueWidth, ellipsis: style.ellipsis) }
            lines.append(line.trailingSpacesTrimmed)
        }

        let indent = String(repeating: " ", count: labelWidth > 0 ? labelWidth + 1 : 0)
        var axis = Array(repeating: glyphs.horizontal, count: plot)
        var labelRow = LabelRow(width: plot, measure: measure)
        for tick in scale.ticks {
            let cell = column(tick)
            if labelRow.place(style.displayText(format(tick)), centeredAt: cell) { axis[cell] = glyphs.axisTickDown }
        }
        lines.append(indent + String(axis))
        lines.append(indent + labelRow.text)
        if let referenceValue {
            let text = style.displayText(referenceLabel) + " " + style.displayText(format(referenceValue))
            let room = width - 2
            lines.append(style.paint(String(glyphs.reference), .yellow) + (room > 0 ? " " + measure.truncate(text, to: room, ellipsis: style.ellipsis) : ""))
        }
        return lines + skipped
    }
}
