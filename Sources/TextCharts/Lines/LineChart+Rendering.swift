extension LineChart {
    func layoutLines(style: ChartStyle) -> [String] {
        let width = style.effectiveWidth
        let measure = style.displayWidth
        let glyphs = style.glyphs
        let rows = min(max(height, 2), 100)

        var skippedNames: [String] = []
        var cleaned: [[Point]] = []
        for item in series {
            var points: [Point] = []
            for point in item.points {
                if !point.x.isFinite || (point.y.map { !$0.isFinite } ?? false) {
                    skippedNames.append(item.name)
                    points.append(Point(x: point.x.isFinite ? point.x : .nan, y: nil))
                } else {
                    points.append(point)
                }
            }
            cleaned.append(points.filter { $0.x.isFinite })
        }
        let skipped = ChartNotes.skipped(skippedNames, style: style)
        let values = cleaned.flatMap { $0.compactMap(\.y) }
        let xs = cleaned.flatMap { $0.filter { $0.y != nil }.map(\.x) }
        guard let yMin = values.min(), let yMax = values.max(), let xMin = xs.min(), let xMax = xs.max() else {
            return ChartNotes.noData(style: style) + skipped
        }

        let scale = NiceScale(minimum: yMin, maximum: yMax, maxTicks: max(2, min(6, rows / 2 + 1)))
        let tickTexts = scale.ticks.map { style.displayText(yFormat?($0) ?? NumberText.fixed($0, fractionDigits: scale.fractionDigits)) }
        let labelWidth = min(tickTexts.map { measure.of($0) }.max() ?? 0, max(0, width / 3))
        let plotWidth = width - labelWidth - 1
        guard plotWidth >= 2 else { return ChartNotes.tooNarrow(style: style) + skipped }

        let xSpan = xMax - xMin
        func xFraction(_ x: Double) -> Double {
            xSpan > 0 && xSpan.isFinite ? (x - xMin) / xSpan : 0.5
        }
        let braille = style.usesBraille
        var grid = CharacterGrid(columns: plotWidth, rows: rows)
        var canvas = BrailleCanvas(columns: plotWidth, rows: rows)
        let columnsPerUnit = braille ? canvas.dotColumns : plotWidth
        let rowsPerUnit = braille ? canvas.dotRows : rows
        func position(_ point: Point, _ y: Double) -> (x: Int, y: Int) {
            (ChartMath.clampedInt(xFraction(point.x) * Double(columnsPerUnit - 1), 0...(columnsPerUnit - 1)),
             ChartMath.clampedInt((1 - scale.fraction(of: y)) * Double(rowsPerUnit - 1), 0...(rowsPerUnit - 1)))
        }

        var legend: [(marker: String, color: ChartColor?, text: String)] = []
        var markers: [(column: Int, row: Int, marker: Character, color: ChartColor?)] = []
        for (index, points) in cleaned.enumerated() {
            let marker = glyphs.seriesMarkers[index % glyphs.seriesMarkers.count]
            let color = series[index].color ?? ChartColor.seriesPalette[index % ChartColor.seriesPalette.count]
            let lineGlyph = glyphs.seriesLines[index % glyphs.seriesLines.count]
            // ASCII: points and lines get different characters, and the legend shows both ("*.. name").
            legend.append((braille ? String(marker) : String(marker) + String(lineGlyph) + String(lineGlyph), color, series[index].name))
            var previous: (x: Int, y: Int)?
            for point in points {
                guard let y = point.y else {
                    previous = nil
                    continue
                }
                let here = position(point, y)
                if braille {
                    canvas.line(from: previous ?? here, to: here, color: color)
                    if marksPoints { markers.append((here.x / 2, here.y / 4, marker, color)) }
                } else {
                    grid.drawLine(from: previous ?? here, to: here, glyph: lineGlyph, color: color)
                    markers.append((here.x, here.y, marker, color))
                }
                previous = here
            }
        }
        for marker in markers {
            grid.put(marker.marker, column: marker.column, row: marker.row, color: marker.color)
        }
        if braille { canvas.draw(into: &grid) }

        var tickRows: [Int: String] = [:]
        for (tick, text) in zip(scale.ticks, tickTexts) {
            let row = ChartMath.clampedInt((1 - scale.fraction(of: tick)) * Double(rows - 1), 0...(rows - 1))
            if tickRows[row] == nil { tickRows[row] = text }
        }
        var lines: [String] = []
        for row in 0..<rows {
            let label = tickRows[row].map { measure.fit($0, to: labelWidth, alignment: .right, ellipsis: style.ellipsis) }
                ?? String(repeating: " ", count: labelWidth)
            let axis = tickRows[row] == nil ? glyphs.vertical : glyphs.axisTick
            lines.append(label + String(axis) + grid.line(row, colored: style.color))
        }

        let sampleWidth = measure.of(style.displayText(xFormat(xMax)))
        let years = YearTicks.years(from: xMin, to: xMax, labelWidth: sampleWidth, cells: plotWidth)
        var labelRow = LabelRow(width: plotWidth, measure: measure)
        var axis = Array(repeating: glyphs.horizontal, count: plotWidth)
        for year in years {
            let dot = ChartMath.clampedInt(xFraction(year) * Double(columnsPerUnit - 1), 0...(columnsPerUnit - 1))
            let column = braille ? dot / 2 : dot
            if labelRow.place(style.displayText(xFormat(year)), centeredAt: column) {
                axis[column] = glyphs.axisTickDown
            }
        }
        let indent = String(repeating: " ", count: labelWidth)
        lines.append(indent + String(glyphs.bottomLeft) + String(axis))
        lines.append(indent + " " + labelRow.text)
        return lines + ChartNotes.legend(legend.map { ($0.marker, style.color ? $0.color : nil, $0.text) }, style: style) + skipped
    }
}
