extension Table {
    /// A column after measuring and fitting.
    struct ColumnLayout {
        var header: String
        var cells: [(text: String?, mark: String, color: ChartColor?)]
        var alignment: TextAlignment
        var numeric: Bool
        var markWidth: Int
        var width: Int
        var naturalWidth: Int
        var minimumWidth: Int
        var color: ChartColor?
    }

    /// Whether a cell text reads as a number ("2.156", "88,7%", "−3.5", "+12 pp" are all numbers).
    static func looksNumeric(_ text: String) -> Bool {
        var digits = 0
        for character in text {
            if character.isASCII, character.isNumber {
                digits += 1
            } else if !".,%+-−  ()e×pP".contains(character) {
                return false
            }
        }
        return digits > 0
    }

    func measuredColumns(style: ChartStyle) -> [ColumnLayout] {
        let measure = style.displayWidth
        let missing = style.displayText(missingMarker ?? style.glyphs.missing)
        return columns.indices.map { index in
            let column = columns[index]
            let cells: [(text: String?, mark: String, color: ChartColor?)] = rows.map { row in
                guard index < row.count else { return (nil, "", nil) }
                let cell = row[index]
                return (cell.text.map { escaped(style.displayText($0).trimmingSpaces) }, style.displayText(cell.mark ?? "").trimmingSpaces, cell.color ?? column.color)
            }
            let present = cells.compactMap(\.text)
            let numeric = !present.isEmpty && present.allSatisfy(Table.looksNumeric)
            let markWidth = cells.map { measure.of($0.mark) }.max() ?? 0
            let textWidth = cells.map { measure.of($0.text ?? missing) }.max() ?? 0
            let header = escaped(style.displayText(column.header).trimmingSpaces)
            let natural = max(measure.of(header), textWidth + markWidth, 1)
            let minimum = numeric ? natural : min(natural, max(column.minimumWidth ?? 8, markWidth + 1, 1))
            return ColumnLayout(
                header: header, cells: cells, alignment: column.alignment ?? (numeric ? .right : .left),
                numeric: numeric, markWidth: markWidth, width: natural, naturalWidth: natural, minimumWidth: minimum, color: column.color
            )
        }
    }

    /// The width in cells of the widest line the table renders when nothing has to be fitted (every
    /// column at its natural width), without rendering it: for box and Markdown tables every line is
    /// `Σ natural widths + overhead`; plain tables (trailing spaces trimmed) and tables without columns
    /// are laid out at the largest width and measured.
    public func naturalWidth(style: ChartStyle) -> Int {
        guard !columns.isEmpty, format != .plain else {
            var wide = style
            wide.width = 100_000
            return layoutLines(style: wide).map { style.displayWidth.of(SGR.strip($0)) }.max() ?? 0
        }
        let columns = measuredColumns(style: style)
        return columns.reduce(0) { $0 + $1.naturalWidth } + overhead(columnCount: columns.count)
    }

    /// Markdown cells escape the pipe.
    private func escaped(_ text: String) -> String {
        format == .markdown ? text.replacingPipes : text
    }

    /// Cells used by frames and separators for `count` columns.
    func overhead(columnCount count: Int) -> Int {
        switch format {
        case .box, .markdown: 3 * count + 1
        case .plain: 2 * max(count - 1, 0)
        }
    }

    /// Shrinks text columns, then drops trailing ones, until the table fits `width`.
    func fitted(_ layouts: [ColumnLayout], width: Int) -> (columns: [ColumnLayout], dropped: [String]) {
        var layouts = layouts
        func total() -> Int { layouts.reduce(0) { $0 + $1.width } + overhead(columnCount: layouts.count) }
        while total() > width {
            let candidates = layouts.indices.filter { !layouts[$0].numeric && layouts[$0].width > layouts[$0].minimumWidth }
            guard let widest = candidates.max(by: { layouts[$0].width < layouts[$1].width }) else { break }
            let current = layouts[widest].width
            let nextWidest = candidates.map { layouts[$0].width }.filter { $0 < current }.max() ?? 0
            // Shrink the widest column towards the next widest one (at least one cell per step).
            layouts[widest].width = max(layouts[widest].minimumWidth, current - (total() - width), nextWidest)
        }
        var dropped: [String] = []
        while total() > width, layouts.count > 1 {
            dropped.insert(layouts.removeLast().header, at: 0)
        }
        // Dropping columns may free room: give it back to truncated columns, left to right.
        for index in layouts.indices where total() < width {
            layouts[index].width = min(layouts[index].naturalWidth, layouts[index].width + width - total())
        }
        if total() > width, !layouts.isEmpty {
            layouts[0].width = max(1, width - overhead(columnCount: 1))
        }
        return (layouts, dropped)
    }

    func layoutLines(style: ChartStyle) -> [String] {
        let width = style.effectiveWidth
        guard !columns.isEmpty else { return ChartNotes.noData(style: style) }
        let (layouts, dropped) = fitted(measuredColumns(style: style), width: width)
        let measure = style.displayWidth
        let ellipsis = style.ellipsis
        let missing = style.displayText(missingMarker ?? style.glyphs.missing)
        let glyphs = style.glyphs

        func content(_ layout: ColumnLayout, row: Int) -> String {
            let cell = layout.cells[row]
            let textWidth = layout.width - layout.markWidth
            let markPadding = String(repeating: " ", count: layout.markWidth)
            guard let text = cell.text else {
                return aligned(missing, width: textWidth, alignment: layout.alignment, color: .gray) + markPadding
            }
            let shown = aligned(text, width: textWidth, alignment: layout.alignment, color: cell.color)
            guard !cell.mark.isEmpty else { return shown + markPadding }
            return shown + aligned(cell.mark, width: layout.markWidth, alignment: .left, color: .yellow)
        }
        func header(_ layout: ColumnLayout) -> String {
            aligned(layout.header, width: layout.width, alignment: layout.alignment, color: .bold)
        }
        /// Truncated, coloured text padded outside the colour codes, so trimming works the same with colour.
        func aligned(_ text: String, width: Int, alignment: TextAlignment, color: ChartColor?) -> String {
            let shown = measure.truncate(text, to: width, ellipsis: ellipsis)
            let missing = max(0, width - measure.of(shown))
            let left = alignment == .right ? missing : alignment == .center ? missing / 2 : 0
            return String(repeating: " ", count: left) + style.paint(shown, color) + String(repeating: " ", count: missing - left)
        }
        func rule(_ left: Character, _ middle: Character, _ right: Character) -> String {
            let segments = layouts.map { String(repeating: glyphs.horizontal, count: $0.width + 2) }
            return String(left) + segments.joined(separator: String(middle)) + String(right)
        }
        func framed(_ cells: [String], bar: String) -> String {
            bar + " " + cells.joined(separator: " " + bar + " ") + " " + bar
        }

        var lines: [String] = []
        let rowIndices = rows.indices
        switch format {
        case .box:
            let bar = String(glyphs.vertical)
            lines.append(rule(glyphs.topLeft, glyphs.topTee, glyphs.topRight))
            lines.append(framed(layouts.map(header), bar: bar))
            lines.append(rule(glyphs.leftTee, glyphs.cross, glyphs.rightTee))
            for row in rowIndices {
                lines.append(framed(layouts.map { content($0, row: row) }, bar: bar))
            }
            lines.append(rule(glyphs.bottomLeft, glyphs.bottomTee, glyphs.bottomRight))
        case .markdown:
            lines.append(framed(layouts.map(header), bar: "|"))
            let delimiters = layouts.map { layout -> String in
                let count = layout.width
                switch layout.alignment {
                case .left: return String(repeating: "-", count: count)
                case .right: return count >= 2 ? String(repeating: "-", count: count - 1) + ":" : "-"
                case .center: return count >= 3 ? ":" + String(repeating: "-", count: count - 2) + ":" : String(repeating: "-", count: count)
                }
            }
            lines.append("| " + delimiters.joined(separator: " | ") + " |")
            for row in rowIndices {
                lines.append(framed(layouts.map { content($0, row: row) }, bar: "|"))
            }
        case .plain:
            lines.append(layouts.map(header).joined(separator: "  ").trailingSpacesTrimmed)
            for row in rowIndices {
                lines.append(layouts.map { content($0, row: row) }.joined(separator: "  ").trailingSpacesTrimmed)
            }
        }
        let hidden = hiddenColumns.map { style.displayText($0) } + dropped
        if !hidden.isEmpty {
            // The note names every hidden column and wraps rather than being cut.
            let note = ChartWords.fill(style.words.columnsNotShown, ["width": String(width), "columns": hidden.joined(separator: ", ")])
            lines += Paragraph(style.displayText(note), firstIndent: 0, hangingIndent: 1).lines(style: style)
        }
        return lines
    }
}

extension String {
    /// "|" escaped for Markdown table cells.
    fileprivate var replacingPipes: String {
        contains("|") ? split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") : self
    }
}
