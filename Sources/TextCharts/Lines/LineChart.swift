/// Several series over years on one set of axes: Braille lines in Unicode, marker characters in ASCII.
///
/// Rules: the y axis uses ``NiceScale`` ticks (1-2-5) covering every finite value; the x axis is
/// labelled with integer years, thinned to every 2nd, 5th, 10th… year so labels never touch. `nil`
/// values leave a gap in the line. Each series has a marker (●○◆■▲□, ASCII `*o+x#@`) drawn at its
/// data points and named in the legend, so series stay distinguishable without colour; with colour,
/// each series also gets its own colour. ASCII output draws whole lines with the marker character
/// on a character grid. Non-finite values are skipped and noted.
public struct LineChart: TextChart {
    /// One observation; `y == nil` is a gap.
    public struct Point: Sendable, Hashable {
        /// The x value, usually a year.
        public var x: Double
        /// The y value, or `nil` for a gap.
        public var y: Double?

        /// Creates a point.
        public init(x: Double, y: Double?) {
            self.x = x
            self.y = y
        }
    }

    /// A named line.
    public struct Series: Sendable, Hashable {
        /// Legend name.
        public var name: String
        /// Points in x order.
        public var points: [Point]
        /// Colour when colour is on; `nil` takes the next palette colour.
        public var color: ChartColor?

        /// Creates a series from points.
        public init(name: String, points: [Point], color: ChartColor? = nil) {
            self.name = name
            self.points = points
            self.color = color
        }

        /// Creates a series from parallel lists of years and values (`nil` = gap). A year missing between
        /// two listed years is a gap too: the line breaks there instead of joining the years around it.
        public init(name: String, years: [Int], values: [Double?], color: ChartColor? = nil) {
            var points: [Point] = []
            var previous: Int?
            for (year, value) in zip(years, values).sorted(by: { $0.0 < $1.0 }) {
                if let previous, year > previous + 1 { points.append(Point(x: Double(previous + 1), y: nil)) }
                points.append(Point(x: Double(year), y: value))
                previous = year
            }
            self.init(name: name, points: points, color: color)
        }
    }

    /// The series, drawn in order (later ones on top).
    public var series: [Series]
    /// Plot height in rows (clamped into 2...100).
    public var height: Int
    /// Prints y tick values; `nil` prints them with the scale's decimals.
    public var yFormat: (@Sendable (Double) -> String)?
    /// Prints x tick values (years).
    public var xFormat: @Sendable (Double) -> String
    /// Whether data points get their series marker on Braille canvases.
    public var marksPoints: Bool

    /// Creates a line chart.
    public init(
        series: [Series], height: Int = 10, yFormat: (@Sendable (Double) -> String)? = nil,
        xFormat: @escaping @Sendable (Double) -> String = { NumberText.fixed($0, fractionDigits: 0) },
        marksPoints: Bool = true
    ) {
        self.series = series
        self.height = height
        self.yFormat = yFormat
        self.xFormat = xFormat
        self.marksPoints = marksPoints
    }

    public func lines(style: ChartStyle) -> [String] {
        LineClipper.clip(layoutLines(style: style), style: style)
    }
}
