extension DisplayWidth {
    /// Shortens `text` to at most `width` cells, ending it with `ellipsis` when anything was cut.
    ///
    /// Rule: text that fits is returned unchanged; otherwise the longest prefix whose width plus the
    /// ellipsis width fits is kept. When even the ellipsis does not fit, the longest prefix that fits
    /// is returned without it. A width of 0 or less gives "". A wide character that would straddle the
    /// limit is dropped, so the result may be one cell short.
    public func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        if ellipsisWidth > width {
            return prefix(of: text, fitting: width)
        }
        return prefix(of: text, fitting: width - ellipsisWidth) + ellipsis
    }

    /// The longest prefix of `text` at most `width` cells wide.
    public func prefix(of text: String, fitting width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let cells = of(text[index])
            if used + cells > width { break }
            used += cells
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Pads `text` with spaces to exactly `width` cells (truncating first with `ellipsis` if wider).
    public func fit(_ text: String, to width: Int, alignment: TextAlignment = .left, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let shown = truncate(text, to: width, ellipsis: ellipsis)
        let missing = max(0, width - of(shown))
        switch alignment {
        case .left:
            return shown + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + shown
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + shown + String(repeating: " ", count: missing - left)
        }
    }

    /// Pads `text` on the right with spaces to at least `width` cells; wider text is left as it is.
    public func padRight(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Pads `text` on the left with spaces to at least `width` cells; wider text is left as it is.
    public func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }
}
