/// Short parenthesised lines under a chart: missing data, skipped values, legends.
enum ChartNotes {
    /// "(no data)", fitted to the width.
    static func noData(style: ChartStyle) -> [String] {
        [style.displayWidth.truncate(style.displayText(style.words.noData), to: style.effectiveWidth, ellipsis: style.ellipsis)]
    }

    /// "(too narrow)" for widths where a chart cannot be drawn at all.
    static func tooNarrow(style: ChartStyle) -> [String] {
        [style.displayWidth.truncate(style.displayText(style.words.tooNarrow), to: style.effectiveWidth, ellipsis: style.ellipsis)]
    }

    /// "(skipped 2 non-finite values: Hà Nội, Huế)", or nothing when `labels` is empty.
    static func skipped(_ labels: [String], style: ChartStyle) -> [String] {
        guard !labels.isEmpty else { return [] }
        let named = labels.filter { !$0.isEmpty }.map(style.displayText)
        let list = named.isEmpty ? "" : ": " + named.joined(separator: ", ")
        let text = ChartWords.fill(labels.count == 1 ? style.words.skippedOne : style.words.skippedMany,
                                   ["n": String(labels.count), "list": list])
        return [style.displayWidth.truncate(style.displayText(text), to: style.effectiveWidth, ellipsis: style.ellipsis)]
    }

    /// Legend entries ("● Hà Nội") packed into as few lines as fit, two spaces apart.
    static func legend(_ entries: [(marker: String, color: ChartColor?, text: String)], style: ChartStyle) -> [String] {
        let width = style.effectiveWidth
        let measure = style.displayWidth
        var lines: [String] = []
        var current = ""
        var used = 0
        for entry in entries {
            let markerWidth = measure.of(entry.marker)
            let room = width - markerWidth - 1
            let text = room > 0 ? measure.truncate(style.displayText(entry.text), to: room, ellipsis: style.ellipsis) : ""
            let cells = markerWidth + (text.isEmpty ? 0 : 1 + measure.of(text))
            let painted = style.paint(entry.marker, entry.color) + (text.isEmpty ? "" : " " + text)
            if used > 0 && used + 2 + cells > width {
                lines.append(current)
                current = ""
                used = 0
            }
            if used > 0 {
                current += "  "
                used += 2
            }
            current += painted
            used += cells
        }
        if used > 0 { lines.append(current) }
        return lines
    }
}
