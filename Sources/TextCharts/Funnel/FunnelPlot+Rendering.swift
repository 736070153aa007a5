extension FunnelPlot {
    /// Maps n to a 0…1 position on the x axis and back.
    struct XAxis {
        var scale: XScale
        var lower: Double
        var upper: Double
        var ticks: [Double]

        init(scale: XScale, minimum: Double, maximum: Double) {
            self.scale = scale
            switch scale {
            case .linear:
                let nice = NiceScale(minimum: min(0, minimum), maximum: maximum, maxTicks: 6)
                (lower, upper, ticks) = (nice.lower, nice.upper, nice.ticks)
            case .logarithmic:
                var low = ChartMath.floor(ChartMath.log10(minimum))
                var high = ChartMath.ceil(ChartMath.log10(maximum))
                if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
                if high <= low { high = low + 1 }
                lower = low
                upper = high
                let count = min(Int(high - low) + 1, 40)
                ticks = (0..<count).map { ChartMath.power10(Int(low) + $0) }
            }
        }

        func fraction(of n: Double) -> Double {
            let value = scale == .logarithmic ? ChartMath.log10(n) : n
            let span = upper - lower
            return span > 0 && span.isFinite ? (value - lower) / span : 0.5
        }

        func value(at fraction: Double) -> Double {
            let value = lower + fraction * (upper - lower)
            return scale == .logarithmic ? ChartMath.power10(real: value) : value
        }
    }

    func layoutLines(style: ChartStyle) -> [String] {
        let width = style.effectiveWidth
        let measure = style.displayWidth
        let glyphs = style.glyphs
        let rows = min(max(height, 3), 100)
        func drawable(_ point: Point) -> Bool {
            point.n.isFinite && point.rate.isFinite && (xScale == .linear || point.n > 0)
        }
        let skipped = ChartNotes.skipped(points.filter { !drawable($0) }.map(\.label), style: style)
        let shown = points.filter(drawable)
        guard !shown.isEmpty, let minN = shown.map(\.n).min(), let maxN = shown.map(\.n).max() else {
            return ChartNotes.noData(style: style) + skipped
        }
        let xAxis = XAxis(scale: xScale, minimum: minN, maximum: maxN)
        let targetValue: Double? = target.isFinite ? target : nil
        var yValues = shown.map(\.rate) + (targetValue.map { [$0] } ?? [])
        for limits in [limits95, limits998].compactMap({ $0 }) {
            if let band = limits.band(at: maxN) { yValues += [band.lower, band.upper] }
        }
        let yScale = NiceScale(minimum: yValues.min() ?? 0, maximum: yValues.max() ?? 1, maxTicks: max(2, min(6, rows / 2 + 1)))

        let tickTexts = yScale.ticks.map { style.displayText(rateFormat($0)) }
        let labelWidth = min(tickTexts.map { measure.of($0) }.max() ?? 0, max(0, width / 3))
        let plotWidth = width - labelWidth - 1
        guard plotWidth >= 3 else { return ChartNotes.tooNarrow(style: style) + skipped }

        var grid = CharacterGrid(columns: plotWidth, rows: rows)
        func cell(n: Double, rate: Double) -> (column: Int, row: Int) {
            (ChartMath.clampedInt(xAxis.fraction(of: n) * Double(plotWidth - 1), 0...(plotWidth - 1)),
             ChartMath.clampedInt((1 - yScale.fraction(of: rate)) * Double(rows - 1), 0...(rows - 1)))
        }

        // Points first: they win every cell they occupy.
        var severity = Array(repeating: -1, count: plotWidth * rows)
        var outside: [(point: Point, position: Position)] = []
        for point in shown {
            let position = position(of: point)
            if position != .inside { outside.append((point, position)) }
            let place = cell(n: point.n, rate: point.rate)
            let index = place.row * plotWidth + place.column
            if position.severity > severity[index] {
                severity[index] = position.severity
                grid.put(position.glyph(glyphs), column: place.column, row: place.row, color: position.color)
            }
        }
        // Then the target line, then the limit curves, each only in blank cells.
        if let targetValue {
            let row = ChartMath.clampedInt((1 - yScale.fraction(of: targetValue)) * Double(rows - 1), 0...(rows - 1))
            if yScale.fraction(of: targetValue) >= 0, yScale.fraction(of: targetValue) <= 1 {
                for column in 0..<plotWidth where grid.isBlank(column: column, row: row) {
                    grid.put(glyphs.target, column: column, row: row, color: .gray)
                }
            }
        }
        let curves: [(limits: Limits, dashed: Bool, glyph: Character, color: ChartColor)] = [
            limits998.map { ($0, false, glyphs.curve998, ChartColor.red) },
            limits95.map { ($0, true, glyphs.curve95, ChartColor.yellow) },
        ].compactMap { $0 }
        if style.usesBraille {
            var canvas = BrailleCanvas(columns: plotWidth, rows: rows)
            let dotRows = Double(canvas.dotRows - 1)
            for curve in curves {
                var previous: (lower: Int, upper: Int)?
                for x in 0..<canvas.dotColumns {
                    let n = xAxis.value(at: Double(x) / Double(max(canvas.dotColumns - 1, 1)))
                    guard let band = curve.limits.band(at: n) else {
                        previous = nil
                        continue
                    }
                    let lower = ChartMath.clampedInt((1 - yScale.fraction(of: band.lower)) * dotRows, -100_000...100_000)
                    let upper = ChartMath.clampedInt((1 - yScale.fraction(of: band.upper)) * dotRows, -100_000...100_000)
                    let keep: (Int) -> Bool = curve.dashed ? { ($0 / 2) % 2 == 0 } : { _ in true }
                    canvas.line(from: (x - (previous == nil ? 0 : 1), previous?.lower ?? lower), to: (x, lower), color: curve.color, keep: keep)
                    canvas.line(from: (x - (previous == nil ? 0 : 1), previous?.upper ?? upper), to: (x, upper), color: curve.color, keep: keep)
                    previous = (lower, upper)
                }
            }
            canvas.draw(into: &grid)
        } else {
            for curve in curves {
                for column in 0..<plotWidth {
                    let n = xAxis.value(at: Double(column) / Double(max(plotWidth - 1, 1)))
                    guard let band = curve.limits.band(at: n) else { continue }
                    for bound in [band.lower, band.upper] {
                        let fraction = yScale.fraction(of: bound)
                        guard fraction >= 0, fraction <= 1 else { continue }
                        let row = ChartMath.clampedInt((1 - fraction) * Double(rows - 1), 0...(rows - 1))
                        if grid.isBlank(column: column, row: row) { grid.put(curve.glyph, column: column, row: row, color: curve.color) }
                    }
                }
            }
        }

        var tickRows: [Int: String] = [:]
        for (tick, text) in zip(yScale.ticks, tickTexts) {
            let row = ChartMath.clampedInt((1 - yScale.fraction(of: tick)) * Double(rows - 1), 0...(rows - 1))
            if tickRows[row] == nil { tickRows[row] = text }
        }
        var lines: [String] = []
        for row in 0..<rows {
            let label = tickRows[row].map { measure.fit($0, to: labelWidth, alignment: .right, ellipsis: style.ellipsis) }
                ?? String(repeating: " ", count: labelWidth)
            lines.append(label + String(tickRows[row] == nil ? glyphs.vertical : glyphs.axisTick) + grid.line(row, colored: style.color))
        }
        var axis = Array(repeating: glyphs.horizontal, count: plotWidth)
        var labelRow = LabelRow(width: plotWidth, measure: measure)
        for tick in xAxis.ticks {
            let column = ChartMath.clampedInt(xAxis.fraction(of: tick) * Double(plotWidth - 1), 0...(plotWidth - 1))
            if labelRow.place(style.displayText(countFormat(tick)), centeredAt: column) { axis[column] = glyphs.axisTickDown }
        }
        let indent = String(repeating: " ", count: labelWidth)
        lines.append(indent + String(glyphs.bottomLeft) + String(axis))
        lines.append(indent + " " + labelRow.text)

        var legend: [(marker: Character, color: ChartColor?, text: String)] = []
        if let targetValue { legend.append((glyphs.target, .gray, targetLabel + " " + rateFormat(targetValue))) }
        if limits95 != nil { legend.append((style.usesBraille ? "⠒" : glyphs.curve95, .yellow, style.words.limits95)) }
        if limits998 != nil { legend.append((style.usesBraille ? "⠶" : glyphs.curve998, .red, style.words.limits998)) }
        lines += ChartNotes.legend(legend.map { (String($0.marker), style.color ? $0.color : nil, $0.text) }, style: style)

        let ordered = outside.enumerated().sorted { lhs, rhs in
            if lhs.element.position.severity != rhs.element.position.severity {
                return lhs.element.position.severity > rhs.element.position.severity
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
        for item in ordered {
            let text = style.displayText(item.point.label) + " " + style.displayText(item.position.phrase(style.words)) + " ("
                + style.displayText(rateFormat(item.point.rate)) + ", " + style.displayText(style.words.base) + " "
                + style.displayText(countFormat(item.point.n)) + ")"
            let glyph = String(item.position.glyph(glyphs))
            let room = width - measure.of(glyph) - 1
            lines.append(style.paint(glyph, item.position.color) + (room > 0 ? " " + measure.truncate(text, to: room, ellipsis: style.ellipsis) : ""))
        }
        if outside.isEmpty, limits95 != nil || limits998 != nil {
            let level = limits95 != nil ? style.words.level95 : style.words.level998
            lines.append(measure.truncate(style.displayText(ChartWords.fill(style.words.allWithin, ["level": level])), to: width,
                                          ellipsis: style.ellipsis))
        }
        return lines + skipped
    }
}
