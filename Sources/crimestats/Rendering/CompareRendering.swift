import Foundation
import CrimeAnalytics
import CrimeData
import TextCharts

/// Output of `crimestats compare`.
enum CompareRendering {
    static func render(_ c: RateComparison, format: OutputFormat, lang: Language, style: ChartStyle, chart: CompareChart,
                       unitTypes: Set<UnitType>) -> String {
        switch format {
        case .json: return json(c).serialized(pretty: true) + "\n"
        case .csv: return csv(c)
        case .text, .markdown:
            return human(c, markdown: format == .markdown, lang: lang, style: style, chart: chart, unitTypes: unitTypes)
        }
    }

    static func json(_ c: RateComparison) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("metric", .string(c.metric.id)), ("year", .integer(Int64(c.year))), ("span", .string(c.span.description)),
            ("pooled_rate", .finite(c.pooledRate)),
            ("chi_square", c.homogeneity.map { h in
                .object([("statistic", .finite(h.statistic)), ("df", .integer(Int64(h.degreesOfFreedom))),
                         ("p", .finite(h.pValue)), ("min_expected", .finite(h.smallestExpectedCount)),
                         ("small_expected_warning", .bool(h.hasSmallExpectedCounts))])
            } ?? .null),
            ("overdispersion", c.funnel?.overdispersion.map { o in
                .object([("phi", .finite(o.phi)), ("tau2", .finite(o.tauSquared)), ("p", .finite(o.pValue)),
                         ("statistic", .finite(o.testStatistic)), ("df", .integer(Int64(o.degreesOfFreedom)))])
            } ?? .null),
            ("funnel_limits", .string(c.funnel?.adjustmentUsed.rawValue ?? "none")),
            ("funnel_curves", .array(funnelCurves(c).map { point in
                .object([("n", .number(point.n)), ("lower95", .finite(point.lower95)), ("upper95", .finite(point.upper95)),
                         ("lower998", .finite(point.lower998)), ("upper998", .finite(point.upper998))])
            })),
            ("units", .array(c.units.map { u in
                .object([
                    ("unit", .string(u.unit.name)), ("unit_type", .string(u.unit.type.rawValue)),
                    ("numerator", .integer(Int64(u.numerator))), ("denominator", .integer(Int64(u.denominator))),
                    ("denominator_metric", .string(u.denominatorMetric)), ("rate", .finite(u.rate)),
                    ("wilson_low", .finite(100 * u.wilson.lower)), ("wilson_high", .finite(100 * u.wilson.upper)),
                    ("z", .finite(u.funnel?.zScore)), ("z_adjusted", .finite(u.funnel?.adjustedZScore)),
                    ("flag", .string(u.funnel?.flag.rawValue ?? "within")), ("expected_rank", .finite(u.expectedRank)),
                    ("stated_rate", .finite(u.statedRate?.value)),
                ])
            })),
            ("not_comparable", .array(c.notComparable.map { n in
                .object([("unit", .string(n.unit.name)), ("reason", .string(n.reason)), ("stated_rate", .finite(n.statedRate?.value))])
            })),
        ]
        if !c.pairs.isEmpty {
            fields.append(("pairs", .array(c.pairs.map { p in
                .object([("first", .string(p.first.name)), ("second", .string(p.second.name)),
                         ("difference_pp", .finite(100 * p.difference)),
                         ("ci_low_pp", .finite(100 * p.confidenceInterval.lower)), ("ci_high_pp", .finite(100 * p.confidenceInterval.upper)),
                         ("z", .finite(p.z)), ("p", .finite(p.pValue)), ("p_holm", .finite(p.adjustedPValue))])
            })))
        }
        return .object(fields)
    }

    static func csv(_ c: RateComparison) -> String {
        var out = "unit_type,unit,year,metric,numerator,denominator,denominator_metric,rate,wilson_low,wilson_high,z,flag,expected_rank,stated_rate\n"
        func n(_ x: Double?) -> String { x.map(JSONValue.format) ?? "" }
        for u in c.units {
            out += [u.unit.type.rawValue, ObservationWriter.csvField(u.unit.name), "\(c.year)", c.metric.id, "\(u.numerator)",
                    "\(u.denominator)", u.denominatorMetric, n(u.rate), n(100 * u.wilson.lower), n(100 * u.wilson.upper),
                    n(u.funnel?.zScore), u.funnel?.flag.rawValue ?? "within", n(u.expectedRank), n(u.statedRate?.value)]
                .joined(separator: ",") + "\n"
        }
        return out
    }

    static func flagText(_ flag: FunnelFlag?) -> String {
        switch flag {
        case .above998?: return "above 99.8%"
        case .above95?: return "above 95%"
        case .below95?: return "below 95%"
        case .below998?: return "below 99.8%"
        default: return "within"
        }
    }

    static func human(_ c: RateComparison, markdown: Bool, lang: Language, style: ChartStyle, chart: CompareChart,
                      unitTypes: Set<UnitType>) -> String {
        let numbers = HumanNumbers(lang: lang)
        let title = "\(c.metric.label(vietnamese: lang.isVietnamese)) — \(c.year) (\(c.span))"
        var out = markdown ? "## \(title)\n\n"
            : style.displayWidth.truncate(style.displayText(title), to: style.effectiveWidth, ellipsis: style.ellipsis) + "\n"
        var notes: [String] = []
        if c.units.isEmpty {
            out += "No unit states both counts for this year: nothing to compare.\n"
        } else {
            let rows: [[String?]] = c.units.map { u in
                [u.unit.name, numbers.number(Double(u.numerator), decimals: 0), numbers.number(Double(u.denominator), decimals: 0),
                 numbers.number(u.rate, decimals: 1) + "%",
                 "\(numbers.number(100 * u.wilson.lower, decimals: 1))–\(numbers.number(100 * u.wilson.upper, decimals: 1))",
                 u.funnel.map { numbers.number($0.zScore, decimals: 2) }, flagText(u.funnel?.flag),
                 numbers.number(u.expectedRank, decimals: 1),
                 u.statedRate.map { numbers.value($0, metric: c.metric) }]
            }
            let anyStated = c.units.contains { $0.statedRate != nil }
            let headers = ["unit", "cleared", "base", "rate", "95% Wilson", "z", "funnel", "exp. rank"] + (anyStated ? ["stated"] : [])
            let table = Tabular(headers: headers, rows: rows.map { anyStated ? $0 : Array($0.prefix(8)) },
                                numericColumns: [1, 2, 3, 5, 7, 8], droppable: anyStated ? [8, 5] : [5])
            out += markdown ? table.markdown() : table.text(style: style)
            if !markdown && chart != .none {
                out += "\n" + chartText(c, chart: chart, numbers: numbers, style: style) + "\n"
            }
            let bases = Set(c.units.map(\.denominatorMetric)).sorted()
            notes.append("Base: \(bases.joined(separator: " / ")) (crimes_social_order where that is the crime count stated, else crimes_recorded).")
            if let pooled = c.pooledRate {
                notes.append("Pooled rate Σcleared/Σbase = \(numbers.number(pooled, decimals: 2))% over \(c.units.count) units (not the mean of the rates).")
            }
            if let h = c.homogeneity, let stat = h.statistic, let p = h.pValue {
                var text = "χ² homogeneity: \(numbers.number(stat, decimals: 2)) on \(h.degreesOfFreedom) df, p = \(numbers.number(p, decimals: 4))."
                if h.hasSmallExpectedCounts {
                    text += " Warning: the smallest expected count is \(numbers.number(h.smallestExpectedCount, decimals: 2)) (< 5), so the χ² approximation is rough."
                }
                notes.append(text)
            }
            if let f = c.funnel {
                if let o = f.overdispersion {
                    notes.append("Overdispersion: φ = \(numbers.number(o.phi, decimals: 3)) (test p = \(numbers.number(o.pValue, decimals: 4))), τ² = \(numbers.number(o.tauSquared, decimals: 6)); funnel flags use the \(limitName(f.adjustmentUsed)) limits.")
                } else {
                    notes.append("Funnel flags use the \(limitName(f.adjustmentUsed)) limits.")
                }
            }
            notes.append("Expected rank: 1 = highest; it averages over the uncertainty, so units whose intervals overlap are not really better or worse.")
            if !c.pairs.isEmpty {
                out += "\nPairwise differences (Newcombe 95% CI, Holm-adjusted p):\n"
                let pairRows: [[String?]] = c.pairs.map { p in
                    [p.first.name, p.second.name, numbers.number(100 * p.difference, decimals: 1) + " pp",
                     "\(numbers.number(100 * p.confidenceInterval.lower, decimals: 1))–\(numbers.number(100 * p.confidenceInterval.upper, decimals: 1))",
                     p.adjustedPValue.map { numbers.number($0, decimals: 4) }]
                }
                let t = Tabular(headers: ["unit", "versus", "difference", "95% CI (pp)", "p (Holm)"], rows: pairRows, numericColumns: [2, 4])
                out += markdown ? t.markdown() : t.text(style: style)
            }
        }
        if !c.notComparable.isEmpty {
            notes.append("Not comparable (\(c.notComparable.count)): " + c.notComparable.map { n in
                "\(n.unit.name) — \(n.reason)" + (n.statedRate.map { "; stated \(numbers.value($0, metric: c.metric))" } ?? "")
            }.joined(separator: "; ") + ".")
        }
        for note in notes {
            out += markdown ? "\n" + note + "\n" : Prose.paragraph(note, style: style)
        }
        return out
    }

    static func limitName(_ mode: OverdispersionMode) -> String {
        switch mode {
        case .none: return "unadjusted (binomial)"
        case .multiplicative: return "multiplicative (√φ-widened)"
        case .additive: return "additive τ²-adjusted"
        case .auto: return "automatically chosen"
        }
    }

    static func chartText(_ c: RateComparison, chart: CompareChart, numbers: HumanNumbers, style: ChartStyle) -> String {
        let percent: @Sendable (Double) -> String = { [lang = numbers.lang] x in
            VietnameseNumber.format(x, decimals: 1, vietnamese: lang.isVietnamese) + "%"
        }
        switch chart {
        case .dot, .none:
            let rows = c.units.map { DotPlot.Row($0.unit.name, estimate: $0.rate, low: 100 * $0.wilson.lower, high: 100 * $0.wilson.upper) }
            return DotPlot(rows: rows, reference: c.pooledRate, referenceLabel: "pooled", format: percent).render(style: style)
        case .funnel:
            guard let f = c.funnel else { return "(a funnel plot needs at least two units)" }
            let points = c.units.map { TextCharts.FunnelPlot.Point($0.unit.name, n: Double($0.denominator), rate: $0.rate) }
            let limits95: TextCharts.FunnelPlot.Limits = .function { n in
                let l = f.limits(atTrials: n, adjustment: f.adjustmentUsed)
                return (100 * l.lower95, 100 * l.upper95)
            }
            let limits998: TextCharts.FunnelPlot.Limits = .function { n in
                let l = f.limits(atTrials: n, adjustment: f.adjustmentUsed)
                return (100 * l.lower998, 100 * l.upper998)
            }
            return TextCharts.FunnelPlot(points: points, target: 100 * f.target, targetLabel: "pooled", limits95: limits95,
                                         limits998: limits998, rateFormat: percent,
                                         countFormat: { VietnameseNumber.format($0, decimals: 0, vietnamese: false) })
                .render(style: style)
        }
    }

    /// The funnel limits (in percent, under the limits used for the flags) on 41 bases spaced evenly on a
    /// log scale from half the smallest to one and a half times the largest base, for plotting elsewhere.
    static func funnelCurves(_ c: RateComparison) -> [(n: Double, lower95: Double, upper95: Double, lower998: Double, upper998: Double)] {
        guard let f = c.funnel, let smallest = c.units.map(\.denominator).min(), let largest = c.units.map(\.denominator).max(),
              smallest > 0 else { return [] }
        let low = log(Double(smallest) / 2), high = log(Double(largest) * 1.5)
        return (0...40).map { i in
            let n = exp(low + (high - low) * Double(i) / 40)
            let l = f.limits(atTrials: n, adjustment: f.adjustmentUsed)
            return (n, 100 * l.lower95, 100 * l.upper95, 100 * l.lower998, 100 * l.upper998)
        }
    }
}
