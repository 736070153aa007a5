/// A funnel plot: rates against their denominators, with caller-supplied control limits and a target.
///
/// Rules: this type computes nothing statistical. The caller gives the target line and the 95 % and
/// 99.8 % limits, either as functions of n or as tables of (n, lower, upper) that are linearly
/// interpolated between rows (and held constant beyond the first and last row). Limits are drawn as
/// Braille curves (95 % dashed, 99.8 % solid; ASCII `.` and `:`), the target as `─` (ASCII `=`), points
/// as `●` inside, `△`/`▽` outside 95 %, `▲`/`▼` outside 99.8 % (ASCII `o + - ^ v`). Every point
/// outside a limit is also listed in words below the chart ("▲ Hà Nội above 99.8% limit"), so the
/// meaning survives without colour. The y axis covers points, target and the limits at the largest n;
/// limit curves leaving it are clipped. Non-finite points (and n ≤ 0 on a log axis) are skipped and noted.
public struct FunnelPlot: TextChart {
    /// One unit: its denominator and rate.
    public struct Point: Sendable, Hashable {
        /// Unit name.
        public var label: String
        /// The denominator n (cases recorded).
        public var n: Double
        /// The rate, in the caller's units (percent or proportion).
        public var rate: Double

        /// Creates a point.
        public init(_ label: String, n: Double, rate: Double) {
            self.label = label
            self.n = n
            self.rate = rate
        }
    }

    /// One row of a limit table.
    public struct LimitPoint: Sendable, Hashable {
        /// The denominator.
        public var n: Double
        /// Lower limit at `n`.
        public var lower: Double
        /// Upper limit at `n`.
        public var upper: Double

        /// Creates a limit row.
        public init(n: Double, lower: Double, upper: Double) {
            self.n = n
            self.lower = lower
            self.upper = upper
        }
    }

    /// Control limits as the caller supplies them.
    public enum Limits: Sendable {
        /// Limits computed by the caller for any n.
        case function(@Sendable (Double) -> (lower: Double, upper: Double))
        /// Limits tabulated by the caller, interpolated linearly in n.
        case table([LimitPoint])
    }

    /// Where a point lies relative to the limits.
    public enum Position: Sendable, Hashable, CaseIterable {
        /// Within every limit given.
        case inside
        /// Above the 95 % upper limit, within 99.8 %.
        case above95
        /// Below the 95 % lower limit, within 99.8 %.
        case below95
        /// Above the 99.8 % upper limit.
        case above998
        /// Below the 99.8 % lower limit.
        case below998
    }

    /// The horizontal axis.
    public enum XScale: Sendable, Hashable {
        /// n from 0 on a linear axis.
        case linear
        /// n on a log₁₀ axis (for denominators spanning decades).
        case logarithmic
    }

    /// The units.
    public var points: [Point]
    /// The target (usually the pooled rate).
    public var target: Double
    /// Name of the target line.
    public var targetLabel: String
    /// 95 % limits, if drawn.
    public var limits95: Limits?
    /// 99.8 % limits, if drawn.
    public var limits998: Limits?
    /// Plot height in rows (clamped into 3...100).
    public var height: Int
    /// Axis for n.
    public var xScale: XScale
    /// Prints rates (y ticks, target, list below).
    public var rateFormat: @Sendable (Double) -> String
    /// Prints denominators (x ticks, list below).
    public var countFormat: @Sendable (Double) -> String

    /// Creates a funnel plot.
    public init(
        points: [Point], target: Double, targetLabel: String = "target", limits95: Limits? = nil, limits998: Limits? = nil,
        height: Int = 12, xScale: XScale = .linear,
        rateFormat: @escaping @Sendable (Double) -> String = NumberText.automatic,
        countFormat: @escaping @Sendable (Double) -> String = NumberText.automatic
    ) {
        self.points = points
        self.target = target
        self.targetLabel = targetLabel
        self.limits95 = limits95
        self.limits998 = limits998
        self.height = height
        self.xScale = xScale
        self.rateFormat = rateFormat
        self.countFormat = countFormat
    }

    public func lines(style: ChartStyle) -> [String] {
        LineClipper.clip(layoutLines(style: style), style: style)
    }
}
