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
        case .text, .markdown, .html:
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
                .object([("unit", .string(n.unit.name)), ("reason", .string(reasonText(n.reason, words: Catalog(.en)))), ("stated_rate", .finite(n.statedRate?.value))])
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

    static func flagText(_ flag: FunnelFlag?, words: Catalog) -> String {
        switch flag {
        case .above998?: return words(.flagAbove998)
        case .above95?: return words(.flagAbove95)
        case .below95?: return words(.flagBelow95)
        case .below998?: return words(.flagBelow998)
        default: return words(.flagWithin)
        }
    }

    /// Text or markdown; in markdown each unit cites the sources of its counts in `footnotes` (its own at the end when nil).
    static func human(_ c: RateComparison, markdown: Bool, lang: Language, style: ChartStyle, chart: CompareChart,
                      unitTypes: Set<UnitType>, footnotes: Footnotes? = nil) -> String {
        let cited = markdown ? (footnotes ?? Footnotes()) : nil
        let numbers = HumanNumbers(lang: lang)
        let words = Catalog(lang)
        let title = words(.compareTitle, ["metric": .text(c.metric.label(vietnamese: lang.isVietnamese)), "year": .plain(c.year),
                                          "span": .text(words.span(c.span))])
        var out = markdown ? "## \(title)\n\n" : style.line(title) + "\n"
        var notes: [String] = []
        if c.units.isEmpty {
            out += words(.compareNothing) + "\n"
        } else {
            let rows: [[String?]] = c.units.map { u in
                [u.unit.name + (cited.map { f in u.sources.map { f.mark($0) }.uniqued().joined() } ?? ""),
                 numbers.number(Double(u.numerator), decimals: 0), numbers.number(Double(u.denominator), decimals: 0),
                 numbers.number(u.rate, decimals: 1) + "%",
                 "\(numbers.number(100 * u.wilson.lower, decimals: 1))–\(numbers.number(100 * u.wilson.upper, decimals: 1))",
                 u.funnel.map { numbers.number($0.zScore, decimals: 2) }, flagText(u.funnel?.flag, words: words),
                 numbers.number(u.expectedRank, decimals: 1),
                 u.statedRate.map { numbers.value($0, metric: c.metric) }]
            }
            let anyStated = c.units.contains { $0.statedRate != nil }
            let headerKeys: [MessageKey] = [.headerUnit, .headerCleared, .headerBase, .headerRate, .headerWilson95, .headerZ,
                                            .headerFunnel, .headerExpectedRank] + (anyStated ? [.headerStated] : [])
            let table = Tabular(headers: headerKeys.map { words($0) }, rows: rows.map { anyStated ? $0 : Array($0.prefix(8)) },
                                numericColumns: [1, 2, 3, 5, 7, 8], droppable: anyStated ? [8, 5] : [5])
            out += markdown ? table.markdown() : table.text(style: style, words: words)
            if !markdown && chart != .none {
                var charted = style
                charted.words = words.chartWords
                out += "\n" + chartText(c, chart: chart, numbers: numbers, style: charted) + "\n"
            }
            let bases = Set(c.units.map(\.denominatorMetric)).sorted()
            notes.append(words(.compareBaseNote, ["bases": .text(bases.joined(separator: " / "))]))
            if let pooled = c.pooledRate {
                notes.append(words(.comparePooledNote, ["rate": .percent(pooled, decimals: 2), "n": .count(c.units.count)]))
            }
            if let h = c.homogeneity, let stat = h.statistic, let p = h.pValue {
                var text = words(.compareChiSquareNote, ["statistic": .number(stat, decimals: 2), "df": .count(h.degreesOfFreedom),
                                                         "p": .number(p, decimals: 4)])
                if h.hasSmallExpectedCounts {
                    text += " " + words(.compareSmallExpectedNote, ["min": .number(h.smallestExpectedCount, decimals: 2)])
                }
                notes.append(text)
            }
            if let f = c.funnel {
                if let o = f.overdispersion {
                    notes.append(words(.compareOverdispersionNote, [
                        "phi": .number(o.phi, decimals: 3), "p": .number(o.pValue, decimals: 4), "tau2": .number(o.tauSquared, decimals: 6),
                        "limits": .text(limitName(f.adjustmentUsed, words: words))]))
                } else {
                    notes.append(words(.compareFunnelLimitsNote, ["limits": .text(limitName(f.adjustmentUsed, words: words))]))
                }
            }
            notes.append(words(.compareRankNote))
            if !c.pairs.isEmpty {
                out += "\n" + (markdown ? words(.comparePairsHeading) + "\n" : Prose.paragraph(words(.comparePairsHeading), style: style))
                let pairRows: [[String?]] = c.pairs.map { p in
                    [p.first.name, p.second.name, numbers.number(100 * p.difference, decimals: 1),
                     "\(numbers.number(100 * p.confidenceInterval.lower, decimals: 1))–\(numbers.number(100 * p.confidenceInterval.upper, decimals: 1))",
                     p.adjustedPValue.map { numbers.number($0, decimals: 4) }]
                }
                let pairHeaders: [MessageKey] = [.headerUnit, .headerVersus, .headerDifference, .headerCIPoints, .headerPHolm]
                let t = Tabular(headers: pairHeaders.map { words($0) }, rows: pairRows, numericColumns: [2, 4], droppable: [3])
                out += markdown ? t.markdown() : t.text(style: style, words: words)
            }
        }
        if !c.notComparable.isEmpty {
            notes.append(words(.compareNotComparableNote, ["n": .count(c.notComparable.count), "list": .text(c.notComparable.map { n in
                "\(n.unit.name) — \(reasonText(n.reason, words: words))" + (n.statedRate.map { "; " + words(.compareStatedRate, ["rate": .text(numbers.value($0, metric: c.metric))]) } ?? "")
            }.joined(separator: "; "))]))
        }
        for note in notes {
            out += markdown ? "\n" + note + "\n" : Prose.paragraph(note, style: style)
        }
        if footnotes == nil, let cited, !cited.isEmpty { out += "\n" + cited.markdown(words: words) }
        return out
    }

    /// Why a unit is not compared, in words.
    static func reasonText(_ reason: RateComparison.NotComparable.Reason, words: Catalog) -> String {
        switch reason {
        case .onlyRateStated(let k): return words(.reasonOnlyRate, ["numerator": .text(k)])
        case .noNumerator(let k): return words(.reasonNoNumerator, ["numerator": .text(k)])
        case .noBase(let bases): return words(.reasonNoBase, ["bases": .text(bases.joined(separator: words(.orSeparator)))])
        case .notWholeNumbers: return words(.reasonNotWhole)
        case .zeroBase(let base): return words(.reasonZeroBase, ["base": .text(base)])
        case .numeratorExceedsBase(let k, let kv, let n, let nv):
            return words(.reasonExceeds, ["numerator": .text(k), "count": .count(Int(kv)), "base": .text(n), "baseCount": .count(Int(nv))])
        }
    }

    static func limitName(_ mode: OverdispersionMode, words: Catalog) -> String {
        switch mode {
        case .none: return words(.limitsUnadjusted)
        case .multiplicative: return words(.limitsMultiplicative)
        case .additive: return words(.limitsAdditive)
        case .auto: return words(.limitsAuto)
        }
    }

    static func chartText(_ c: RateComparison, chart: CompareChart, numbers: HumanNumbers, style: ChartStyle) -> String {
        let percent: @Sendable (Double) -> String = { [lang = numbers.lang] x in
            VietnameseNumber.format(x, decimals: 1, vietnamese: lang.isVietnamese) + "%"
        }
        switch chart {
        case .dot, .none:
            let rows = c.units.map { DotPlot.Row($0.unit.name, estimate: $0.rate, low: 100 * $0.wilson.lower, high: 100 * $0.wilson.upper) }
            return DotPlot(rows: rows, reference: c.pooledRate, referenceLabel: Catalog(numbers.lang)(.pooledLabel), format: percent).render(style: style)
        case .funnel:
            guard let f = c.funnel else { return Catalog(numbers.lang)(.funnelNeedsTwo) }
            let points = c.units.map { TextCharts.FunnelPlot.Point($0.unit.name, n: Double($0.denominator), rate: $0.rate) }
            let limits95: TextCharts.FunnelPlot.Limits = .function { n in
                let l = f.limits(atTrials: n, adjustment: f.adjustmentUsed)
                return (100 * l.lower95, 100 * l.upper95)
            }
            let limits998: TextCharts.FunnelPlot.Limits = .function { n in
                let l = f.limits(atTrials: n, adjustment: f.adjustmentUsed)
                return (100 * l.lower998, 100 * l.upper998)
            }
            return TextCharts.FunnelPlot(points: points, target: 100 * f.target, targetLabel: Catalog(numbers.lang)(.pooledLabel), limits95: limits95,
                                         limits998: limits998, rateFormat: percent,
                                         countFormat: { [lang = numbers.lang] in VietnameseNumber.format($0, decimals: 0, vietnamese: lang.isVietnamese) })
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
