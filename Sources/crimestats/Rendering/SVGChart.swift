import Foundation
import Plot
import TextCharts

/// Inline SVG charts for the HTML report, built as Plot nodes: yearly lines that break at missing
/// years, dot plots with intervals, the funnel plot. Every data point is a link to its source.
///
/// Coordinates are in a fixed viewBox; the CSS scales the SVG to the page width, so a chart reads the
/// same on a phone and on a desktop. Scales use TextCharts' ``NiceScale`` (1-2-5 ticks), as the text
/// charts do.
enum SVGChart {
    /// One point of a line: a year, a value and where it was stated.
    struct LinePoint {
        var year: Int
        var value: Double
        var link: String?
        var title: String
    }

    struct LineSeries {
        var name: String
        var points: [LinePoint]
    }

    /// One row of a dot plot: an estimate with its interval.
    struct Dot {
        var label: String
        var estimate: Double
        var low: Double
        var high: Double
        var link: String?
        var title: String
    }

    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]

    typealias SVGNode = Node<HTML.BodyContext>

    static func element(_ name: String, _ attributes: [(String, String)], _ children: [SVGNode] = []) -> SVGNode {
        .element(named: name, nodes: attributes.map { SVGNode.attribute(named: $0.0, value: $0.1) } + children)
    }

    static func number(_ x: Double) -> String {
        let rounded = (x * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A link around an SVG shape, with a tooltip title.
    static func linked(_ shape: SVGNode, link: String?, title: String) -> SVGNode {
        let titled = SVGNode.group([shape])
        guard let link else { return element("g", [], [element("title", [], [.text(title)]), titled]) }
        return element("a", [("href", link)], [element("title", [], [.text(title)]), titled])
    }

    static func svg(width: Int, height: Int, label: String, _ children: [SVGNode]) -> SVGNode {
        element("svg", [("viewBox", "0 0 \(width) \(height)"), ("role", "img"), ("aria-label", label),
                        ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart")],
                [element("title", [], [.text(label)])] + children)
    }

    /// Lines over years; a line breaks where a year is missing, and every point links to its source.
    static func lines(_ series: [LineSeries], label: String, format: (Double) -> String) -> SVGNode {
        let width = 480, height = 260, left = 64.0, right = 28.0, top = 14.0, bottom = 36.0
        let values = series.flatMap { $0.points.map(\.value) }
        let years = series.flatMap { $0.points.map(\.year) }
        guard let lo = values.min(), let hi = values.max(), let y0 = years.min(), let y1 = years.max() else {
            return svg(width: width, height: 40, label: label, [])
        }
        let scale = NiceScale(minimum: lo, maximum: hi, maxTicks: 6)
        let plotW = Double(width) - left - right, plotH = Double(height) - top - bottom
        func x(_ year: Int) -> Double { y1 == y0 ? left + plotW / 2 : left + plotW * Double(year - y0) / Double(y1 - y0) }
        func y(_ v: Double) -> Double { top + plotH * (1 - scale.fraction(of: v)) }
        var nodes: [SVGNode] = []
        for tick in scale.ticks {
            nodes.append(element("line", [("x1", number(left)), ("x2", number(left + plotW)), ("y1", number(y(tick))),
                                          ("y2", number(y(tick))), ("class", "grid")]))
            nodes.append(element("text", [("x", number(left - 6)), ("y", number(y(tick) + 4)), ("class", "tick"),
                                          ("text-anchor", "end")], [.text(format(tick))]))
        }
        let step = max(1, Int((Double(y1 - y0) / 5).rounded(.up)))
        for year in stride(from: y0, through: y1, by: step) {
            nodes.append(element("text", [("x", number(x(year))), ("y", number(Double(height) - bottom + 18)), ("class", "tick"),
                                          ("text-anchor", "middle")], [.text(String(year))]))
        }
        for (index, s) in series.enumerated() {
            let colour = palette[index % palette.count]
            // One polyline per run of consecutive years: a missing year leaves a gap.
            var runs: [[LinePoint]] = []
            for p in s.points.sorted(by: { $0.year < $1.year }) {
                if let last = runs.last?.last, p.year == last.year + 1 { runs[runs.count - 1].append(p) } else { runs.append([p]) }
            }
            for run in runs where run.count > 1 {
                nodes.append(element("polyline", [("points", run.map { "\(number(x($0.year))),\(number(y($0.value)))" }.joined(separator: " ")),
                                                  ("class", "line"), ("stroke", colour), ("data-series", s.name)]))
            }
            for p in s.points {
                nodes.append(linked(element("circle", [("cx", number(x(p.year))), ("cy", number(y(p.value))), ("r", "4"),
                                                       ("fill", colour), ("class", "point")]), link: p.link, title: p.title))
            }
        }
        var legend: [Node<HTML.ListContext>] = []
        for (index, s) in series.enumerated() {
            legend.append(.li(.span(.class("key"), .attribute(named: "style", value: "background:\(palette[index % palette.count])")),
                              .text(s.name)))
        }
        return .div(.class("figure"), svg(width: width, height: height, label: label, nodes),
                    .ul(.class("legend"), .group(legend)))
    }

    /// Estimates with their intervals, one row each, and a reference line (the pooled rate).
    static func dots(_ rows: [Dot], reference: Double?, referenceLabel: String, label: String,
                     format: (Double) -> String) -> SVGNode {
        let width = 480, rowHeight = 30.0, left = 150.0, right = 16.0, top = 12.0, bottom = 40.0
        let height = Int(top + bottom + rowHeight * Double(max(rows.count, 1)))
        let lo = (rows.map(\.low) + [reference].compactMap { $0 }).min() ?? 0
        let hi = (rows.map(\.high) + [reference].compactMap { $0 }).max() ?? 100
        let scale = NiceScale(minimum: lo, maximum: hi, maxTicks: 6)
        let plotW = Double(width) - left - right
        func x(_ v: Double) -> Double { left + plotW * scale.fraction(of: v) }
        var nodes: [SVGNode] = []
        let axisY = top + rowHeight * Double(rows.count)
        for tick in scale.ticks {
            nodes.append(element("line", [("x1", number(x(tick))), ("x2", number(x(tick))), ("y1", number(top)),
                                          ("y2", number(axisY)), ("class", "grid")]))
            nodes.append(element("text", [("x", number(x(tick))), ("y", number(axisY + 18)), ("class", "tick"),
                                          ("text-anchor", "middle")], [.text(format(tick))]))
        }
        if let reference {
            nodes.append(element("line", [("x1", number(x(reference))), ("x2", number(x(reference))), ("y1", number(top)),
                                          ("y2", number(axisY)), ("class", "reference")]))
            nodes.append(element("text", [("x", number(x(reference) + 4)), ("y", number(axisY + 34)), ("class", "tick")],
                                 [.text(referenceLabel + " " + format(reference))]))
        }
        for (i, row) in rows.enumerated() {
            let cy = top + rowHeight * (Double(i) + 0.5)
            nodes.append(element("text", [("x", number(left - 8)), ("y", number(cy + 4)), ("class", "label"), ("text-anchor", "end")],
                                 [.text(row.label)]))
            nodes.append(element("line", [("x1", number(x(row.low))), ("x2", number(x(row.high))), ("y1", number(cy)),
                                          ("y2", number(cy)), ("class", "interval")]))
            nodes.append(linked(element("circle", [("cx", number(x(row.estimate))), ("cy", number(cy)), ("r", "5"), ("class", "dot")]),
                                link: row.link, title: row.title))
        }
        return .div(.class("figure"), svg(width: width, height: height + (reference == nil ? 0 : 16), label: label, nodes))
    }

    /// A funnel plot: rate against base, with the 95% and 99.8% limits around the target.
    static func funnel(points: [(label: String, n: Double, rate: Double, link: String?, title: String)], target: Double,
                       limits: (Double) -> (lower95: Double, upper95: Double, lower998: Double, upper998: Double),
                       targetLabel: String, limitLabels: (String, String), label: String,
                       rateFormat: (Double) -> String, countFormat: (Double) -> String) -> SVGNode {
        let width = 480, height = 300, left = 64.0, right = 28.0, top = 14.0, bottom = 40.0
        guard let nMin = points.map(\.n).min(), let nMax = points.map(\.n).max(), nMin > 0 else {
            return svg(width: width, height: 40, label: label, [])
        }
        let n0 = nMin / 2, n1 = nMax * 1.5
        let curve = (0...40).map { i -> (Double, (lower95: Double, upper95: Double, lower998: Double, upper998: Double)) in
            let n = exp(log(n0) + (log(n1) - log(n0)) * Double(i) / 40)
            return (n, limits(n))
        }
        let rates = points.map(\.rate) + curve.flatMap { [$0.1.lower998, $0.1.upper998] }.filter { $0.isFinite }
        let scale = NiceScale(minimum: max(0, rates.min() ?? 0), maximum: min(100, rates.max() ?? 100), maxTicks: 6)
        let plotW = Double(width) - left - right, plotH = Double(height) - top - bottom
        func x(_ n: Double) -> Double { left + plotW * (log(n) - log(n0)) / (log(n1) - log(n0)) }
        func y(_ v: Double) -> Double { top + plotH * (1 - min(1, max(0, scale.fraction(of: v)))) }
        var nodes: [SVGNode] = []
        for tick in scale.ticks {
            nodes.append(element("line", [("x1", number(left)), ("x2", number(left + plotW)), ("y1", number(y(tick))),
                                          ("y2", number(y(tick))), ("class", "grid")]))
            nodes.append(element("text", [("x", number(left - 6)), ("y", number(y(tick) + 4)), ("class", "tick"), ("text-anchor", "end")],
                                 [.text(rateFormat(tick))]))
        }
        for n in [nMin, nMax] {
            nodes.append(element("text", [("x", number(x(n))), ("y", number(Double(height) - bottom + 18)), ("class", "tick"),
                                          ("text-anchor", "middle")], [.text(countFormat(n))]))
        }
        let bands: [(String, (Double, Double, Double, Double) -> Double)] = [
            ("limit95", { a, _, _, _ in a }), ("limit95", { _, b, _, _ in b }),
            ("limit998", { _, _, c, _ in c }), ("limit998", { _, _, _, d in d }),
        ]
        for (cls, pick) in bands {
            let coordinates = curve.compactMap { n, l -> String? in
                let v = pick(l.lower95, l.upper95, l.lower998, l.upper998)
                return v.isFinite ? "\(number(x(n))),\(number(y(v)))" : nil
            }
            nodes.append(element("polyline", [("points", coordinates.joined(separator: " ")), ("class", cls)]))
        }
        nodes.append(element("line", [("x1", number(left)), ("x2", number(left + plotW)), ("y1", number(y(target))),
                                      ("y2", number(y(target))), ("class", "reference")]))
        for p in points {
            nodes.append(linked(element("circle", [("cx", number(x(p.n))), ("cy", number(y(p.rate))), ("r", "5"), ("class", "dot")]),
                                link: p.link, title: p.title))
            nodes.append(element("text", [("x", number(x(p.n) + 7)), ("y", number(y(p.rate) - 7)), ("class", "label")], [.text(p.label)]))
        }
        let legend: [Node<HTML.ListContext>] = [
            .li(.span(.class("key reference-key")), .text(targetLabel + " " + rateFormat(target))),
            .li(.span(.class("key limit95-key")), .text(limitLabels.0)),
            .li(.span(.class("key limit998-key")), .text(limitLabels.1)),
        ]
        return .div(.class("figure"), svg(width: width, height: height, label: label, nodes),
                    .ul(.class("legend"), .group(legend)))
    }
}
