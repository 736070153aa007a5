extension BarChart {
    /// Bars in drawing order, finite values only.
    func orderedBars() -> [Bar] {
        let finite = bars.filter { $0.value.isFinite }
        switch order {
        case .given:
            return finite
        case .descending:
            return finite.enumerated().sorted { lhs, rhs in
                lhs.element.value != rhs.element.value ? lhs.element.value > rhs.element.value : lhs.offset < rhs.offset
            }.map(\.element)
        }
    }

    /// The shared scale: cells left of the zero axis, and eighths of a cell per unit.
    struct Scale {
        var zeroCell: Int
        var eighthsPerUnit: Double
        var barWidth: Int

        /// Length of a bar in eighths, clamped to its side of the axis.
        func eighths(_ value: Double) -> Int {
            let side = value < 0 ? zeroCell : barWidth - zeroCell
            return ChartMath.clampedInt(value.magnitude * eighthsPerUnit, 0...(side * 8))
        }
    }

    func scale(values: [Double], barWidth: Int) -> Scale {
        let referenceValue = reference.flatMap { $0.isFinite ? $0 : nil }
        let all = values + (referenceValue.map { [$0] } ?? [])
        let low = min(0, all.min() ?? 0)
        let high = max(0, all.max() ?? 0)
        var zeroCell = 0
        if low < 0 {
            let negativeShare = (low.magnitude / 2) / (low.magnitude / 2 + high / 2)
            zeroCell = ChartMath.clampedInt(negativeShare * Double(barWidth), 0...barWidth)
            if barWidth >= 2 {
                zeroCell = max(zeroCell, 1)
                if high > 0 { zeroCell = min(zeroCell, barWidth - 1) }
            }
        }
        let positiveCells = Double(barWidth - zeroCell) * 8
        let negativeCells = Double(zeroCell) * 8
        var perUnit = Double.infinity
        if high > 0 { perUnit = min(perUnit, positiveCells / high) }
        if low < 0 { perUnit = min(perUnit, negativeCells / low.magnitude) }
        if !perUnit.isFinite { perUnit = 0 }
        return Scale(zeroCell: zeroCell, eighthsPerUnit: perUnit, barWidth: barWidth)
    }

    /// The bar area of one row, `barWidth` cells, uncoloured glyphs plus colour per cell.
    func barCells(value: Double, scale: Scale, glyphs: Glyphs) -> [Character] {
        var cells = Array(repeating: Character(" "), count: scale.barWidth)
        let eighths = scale.eighths(value)
        if value >= 0 {
            var full = eighths / 8
            var remainder = eighths % 8
            if glyphs.partialBlocks.isEmpty {
                full = (eighths + 4) / 8
                remainder = 0
            }
            full = min(full, scale.barWidth - scale.zeroCell)
            for offset in 0..<full { cells[scale.zeroCell + offset] = glyphs.fullBlock }
            if remainder > 0, scale.zeroCell + full < scale.barWidth {
                cells[scale.zeroCell + full] = glyphs.partialBlocks[remainder - 1]
            }
        } else {
            var full = eighths / 8
            var half = eighths % 8 >= 4
            if glyphs.rightHalfBlock == nil {
                full = (eighths + 4) / 8
                half = false
            }
            full = min(full, scale.zeroCell)
            for offset in 0..<full { cells[scale.zeroCell - 1 - offset] = glyphs.fullBlock }
            if half, let halfBlock = glyphs.rightHalfBlock, scale.zeroCell - full - 1 >= 0 {
                cells[scale.zeroCell - full - 1] = halfBlock
            }
        }
        return cells
    }

    /// The column of the reference line, if it is drawn.
    func referenceColumn(scale: Scale) -> Int? {
        guard let reference, reference.isFinite, scale.barWidth > 0 else { return nil }
        let cells = Int(Double(scale.eighths(reference)) / 8)
        let column = reference >= 0 ? scale.zeroCell + cells : scale.zeroCell - 1 - cells
        return min(max(column, 0), scale.barWidth - 1)
    }

    func layoutLines(style: ChartStyle) -> [String] {
        let width = style.effectiveWidth
        let measure = style.displayWidth
        let glyphs = style.glyphs
        let skipped = ChartNotes.skipped(bars.filter { !$0.value.isFinite }.map(\.label), style: style)
        let shown = orderedBars()
        guard !shown.isEmpty else { return ChartNotes.noData(style: style) + skipped }

        let labels = shown.map { style.displayText($0.label) }
        let values = shown.map { style.displayText(format($0.value)) }
        let labelNatural = labels.map { measure.of($0) }.max() ?? 0
        var valueWidth = values.map { measure.of($0) }.max() ?? 0
        let minimumBar = min(8, max(width / 2, 1))
        var labelWidth = min(labelNatural, max(3, width * 2 / 5))
        func barWidth() -> Int {
            width - (labelWidth > 0 ? labelWidth + 1 : 0) - (valueWidth > 0 ? valueWidth + 1 : 0)
        }
        if barWidth() < minimumBar { valueWidth = 0 }
        if barWidth() < minimumBar { labelWidth = max(0, width - 1 - minimumBar) }
        let bar = barWidth()
        guard bar >= 1 else { return ChartNotes.tooNarrow(style: style) }

        let scale = scale(values: shown.map(\.value), barWidth: bar)
        let referenceColumn = referenceColumn(scale: scale)
        var lines: [String] = []
        for (index, item) in shown.enumerated() {
            var cells = barCells(value: item.value, scale: scale, glyphs: glyphs)
            let barColor = item.value < 0 ? negativeColor : positiveColor
            var colors: [ChartColor?] = cells.map { $0 == " " ? nil : barColor }
            if let referenceColumn, cells[referenceColumn] == " " {
                cells[referenceColumn] = glyphs.reference
                colors[referenceColumn] = .yellow
            }
            var grid = CharacterGrid(columns: bar, rows: 1)
            for column in 0..<bar { grid.put(cells[column], column: column, row: 0, color: colors[column]) }
            var line = ""
            if labelWidth > 0 {
                line += measure.fit(labels[index], to: labelWidth, ellipsis: style.ellipsis) + " "
            }
            line += grid.line(0, colored: style.color)
            if valueWidth > 0 {
                line += " " + measure.fit(values[index], to: valueWidth, alignment: .right, ellipsis: style.ellipsis)
            }
            lines.append(line)
        }
        if referenceColumn != nil, let reference {
            let text = style.displayText(referenceLabel) + " " + style.displayText(format(reference))
            let room = width - 2
            let legend = style.paint(String(glyphs.reference), .yellow) + (room > 0 ? " " + measure.truncate(text, to: room, ellipsis: style.ellipsis) : "")
            lines.append(legend)
        }
        return lines + skipped
    }
}
