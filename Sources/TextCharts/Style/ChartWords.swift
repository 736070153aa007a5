/// The words charts print (notes, legends, the funnel's list), so a caller can give them in its language.
///
/// Templates use `{n}`, `{width}`, `{columns}`, `{list}` and `{level}` for the values they name; the
/// defaults are English. Every template is used as a whole phrase, never pieced together word by word.
public struct ChartWords: Sendable, Hashable {
    public var noData = "(no data)"
    public var tooNarrow = "(too narrow)"
    /// `{list}` is ": name, name" or empty.
    public var skippedOne = "(skipped 1 non-finite value{list})"
    public var skippedMany = "(skipped {n} non-finite values{list})"
    /// Columns a table left out, named: "(not shown at width 40: stated, z)".
    public var columnsNotShown = "(not shown at width {width}: {columns})"
    public var limits95 = "95% limits"
    public var limits998 = "99.8% limits"
    /// `{level}` is "95%" or "99.8%".
    public var allWithin = "(all points within the {level} limits)"
    public var inside = "inside the limits"
    public var above95 = "above 95% limit"
    public var below95 = "below 95% limit"
    public var above998 = "above 99.8% limit"
    public var below998 = "below 99.8% limit"
    /// The base of a funnel point: "n 2,156".
    public var base = "n"
    /// The 95% and 99.8% levels as written: "95%", "99.8%" (Vietnamese "99,8%").
    public var level95 = "95%"
    public var level998 = "99.8%"

    /// English.
    public init() {}

    /// `template` with `{name}` replaced by each value.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = template
        for (name, value) in values { out = out.replacing("{\(name)}", with: value) }
        return out
    }
}
