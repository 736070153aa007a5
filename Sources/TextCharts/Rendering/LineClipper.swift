/// The last line of defence for the width rule, and colour-aware truncation.
enum LineClipper {
    /// `lines` with any line wider than the style's width truncated (with the ellipsis).
    static func clip(_ lines: [String], style: ChartStyle) -> [String] {
        let width = style.effectiveWidth
        let measure = style.displayWidth
        return lines.map { line in
            measure.of(SGR.strip(line)) <= width ? line : truncate(line, to: width, style: style)
        }
    }

    /// A possibly coloured line cut to `width` visible cells; stripping its SGR codes gives
    /// `DisplayWidth.truncate` of the stripped line.
    static func truncate(_ line: String, to width: Int, style: ChartStyle) -> String {
        let measure = style.displayWidth
        let ellipsis = style.ellipsis
        let ellipsisWidth = measure.of(ellipsis)
        let budget = ellipsisWidth > width ? width : width - ellipsisWidth
        var result = ""
        var used = 0
        var sawEscape = false
        var inEscape = false
        for character in line {
            if inEscape {
                result.append(character)
                if character == "m" { inEscape = false }
                continue
            }
            if character == "\u{1B}" {
                inEscape = true
                sawEscape = true
                result.append(character)
                continue
            }
            let cells = measure.of(character)
            if used + cells > budget { break }
            used += cells
            result.append(character)
        }
        if sawEscape { result += SGR.reset }
        if ellipsisWidth <= width { result += ellipsis }
        return result
    }
}
