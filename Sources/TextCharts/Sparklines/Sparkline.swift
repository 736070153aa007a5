/// A one-line miniature of a series (▁▂▃▄▅▆▇█) over an explicit domain.
///
/// Rules: a value maps to level round(7 · (v − lower) / (upper − lower)), clamped to the 8 levels, so
/// sparklines that share a domain are comparable down a column. `nil` and non-finite values are
/// gaps (a space). A degenerate domain (lower = upper, as when all values are equal) draws every value
/// at the middle level (▄). ASCII uses `_.-:=+*#`. Longer series than the width keep their most
/// recent (last) values.
public struct Sparkline: Sendable, Hashable {
    /// The values, oldest first; `nil` is a gap.
    public var values: [Double?]
    /// The domain mapped onto the 8 levels; `nil` uses the values' own minimum and maximum.
    public var domain: ClosedRange<Double>?

    /// Creates a sparkline.
    public init(_ values: [Double?], domain: ClosedRange<Double>? = nil) {
        self.values = values
        self.domain = domain
    }

    /// The smallest domain holding every finite value of every series, for a comparable column;
    /// `nil` when there is no finite value.
    public static func sharedDomain(_ series: [[Double?]]) -> ClosedRange<Double>? {
        let finite = series.joined().compactMap { $0 }.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return low...high
    }

    /// The level (0...7) of `value`, or `nil` for a gap.
    public func level(of value: Double?) -> Int? {
        guard let value, value.isFinite else { return nil }
        let range = resolvedDomain
        let span = range.upper - range.lower
        guard span > 0, span.isFinite else { return 3 }
        return ChartMath.clampedInt((value - range.lower) / span * 7, 0...7)
    }

    /// The sparkline, one cell per value, at most `style.effectiveWidth` cells.
    public func render(style: ChartStyle) -> String {
        let levels = style.glyphs.sparkLevels
        let shown = values.suffix(style.effectiveWidth)
        return String(shown.map { value -> Character in
            guard let level = level(of: value) else { return " " }
            return levels[level]
        })
    }

    private var resolvedDomain: (lower: Double, upper: Double) {
        if let domain, domain.lowerBound.isFinite, domain.upperBound.isFinite {
            return (domain.lowerBound, domain.upperBound)
        }
        let own = Sparkline.sharedDomain([values])
        return (own?.lowerBound ?? 0, own?.upperBound ?? 0)
    }
}
