/// The drawing characters of one glyph set. Every glyph here takes exactly one cell.
struct Glyphs: Sendable {
    var horizontal: Character
    var vertical: Character
    var topLeft: Character
    var topTee: Character
    var topRight: Character
    var leftTee: Character
    var cross: Character
    var rightTee: Character
    var bottomLeft: Character
    var bottomTee: Character
    var bottomRight: Character
    /// A full bar cell.
    var fullBlock: Character
    /// Left-aligned partial cells indexed by eighths 1...7; empty when only full cells exist.
    var partialBlocks: [Character]
    /// Right half cell for the leftmost cell of negative bars, if available.
    var rightHalfBlock: Character?
    var reference: Character
    var axisTick: Character
    var axisTickDown: Character
    var sparkLevels: [Character]
    var whiskerLeft: Character
    var whiskerRight: Character
    var whiskerCross: Character
    var dot: Character
    var seriesMarkers: [Character]
    /// Line characters of each series in ASCII (distinct from the point markers).
    var seriesLines: [Character]
    var missing: String
    var ellipsis: String
    var target: Character
    var curve95: Character
    var curve998: Character
    var inside: Character
    var above95: Character
    var below95: Character
    var above998: Character
    var below998: Character

    static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topTee: "┬", topRight: "┐",
        leftTee: "├", cross: "┼", rightTee: "┤", bottomLeft: "└", bottomTee: "┴", bottomRight: "┘",
        fullBlock: "█", partialBlocks: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], rightHalfBlock: "▐",
        reference: "│", axisTick: "┤", axisTickDown: "┬",
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        whiskerLeft: "├", whiskerRight: "┤", whiskerCross: "┼", dot: "●",
        seriesMarkers: ["●", "○", "◆", "■", "▲", "□"], seriesLines: ["·", ":", "~", "'", ",", "`"],
        missing: "—", ellipsis: "…", target: "─", curve95: "⠒", curve998: "⠶",
        inside: "●", above95: "△", below95: "▽", above998: "▲", below998: "▼"
    )

    static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topTee: "+", topRight: "+",
        leftTee: "+", cross: "+", rightTee: "+", bottomLeft: "+", bottomTee: "+", bottomRight: "+",
        fullBlock: "#", partialBlocks: [], rightHalfBlock: nil,
        reference: "|", axisTick: "+", axisTickDown: "+",
        sparkLevels: ["_", ".", "-", ":", "=", "+", "*", "#"],
        whiskerLeft: "|", whiskerRight: "|", whiskerCross: "+", dot: "o",
        seriesMarkers: ["*", "o", "+", "x", "#", "@"], seriesLines: [".", ":", "~", "'", ",", "`"],
        missing: "-", ellipsis: "...", target: "=", curve95: ".", curve998: ":",
        inside: "o", above95: "+", below95: "-", above998: "^", below998: "v"
    )
}
