import Foundation
import CrimeAnalytics
import CrimeData
import TextCharts

/// Output of `crimestats compare`.
enum CompareRendering {
    /// What the comparison was asked for: the scope, how the year was chosen, the units in scope.
    struct Context {
        var scope: UnitScope?
        var gazetteer: Gazetteer?
        var unitTypes: Set<UnitType>
        /// Whether --year was given (else the year was chosen and `choice` says why).
        var yearGiven: Bool
        var choice: RateComparison.YearChoice? = nil
        /// The scope's units in the year compared (nil: no restriction).
        var scopeUnits: Set<UnitRef>? = nil
        /// How many units in scope state the rate that year (for the pointer to --stated).
        var statingRate: Int = 0

        init(scope: UnitScope? = nil, gazetteer: Gazetteer? = nil, unitTypes: Set<UnitType>, yearGiven: Bool = true) {
            self.scope = scope
            self.gazetteer = gazetteer
            self.unitTypes = unitTypes
            self.yearGiven = yearGiven
        }

        func with(choice: RateComparison.YearChoice?, scopeUnits: Set<UnitRef>?, statingRate: Int) -> Context {
            var copy = self
            copy.choice = choice
            copy.scopeUnits = scopeUnits
            copy.statingRate = statingRate
            return copy
        }
    }

    static func render(_ c: RateComparison, format: OutputFormat, lang: Language, style: ChartStyle, chart: CompareChart,
                       context: Context) -> String {
        switch format {
        case .json: return json(c, context: context).serialized(pretty: true) + "\n"
        case .csv: return csv(c)
        case .text, .markdown, .html:
            return human(c, markdown: format == .markdown, lang: lang, style: style, chart: chart, context: context)
        }
    }

    /// "2016, 2018–2020, 2023": years as ranges.
    static func yearList(_ years: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        let sorted = years.sorted()
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count && sorted[j + 1] == sorted[j] + 1 { j += 1 }
            parts.append(j > i ? "\(sorted[i])–\(sorted[j])" : "\(sorted[i])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }

    /// Why this year: "2015 is compared: it has the most units stating both counts (2: Đà Nẵng, Hà Nội); 2016,
    /// 2018–2025 have 1 each. Give --year for another year."
    static func choiceText(_ choice: RateComparison.YearChoice, stating rates: Bool = false, words: Catalog = Catalog(.en)) -> String {
        let n = choice.units.count
        var text = words(rates ? .compareChoiceListed : .compareChoiceCompared, [
            "year": .plain(choice.year), "n": .count(n), "units": .text(choice.units.map(\.name).joined(separator: ", "))])
        let others = choice.unitsByYear.filter { $0.key != choice.year }
        let ties = others.filter { $0.value == n }.map(\.key)
        if !ties.isEmpty { text += words(.compareChoiceTies, ["years": .text(yearList(ties))]) }
        let fewer = Dictionary(grouping: others.filter { $0.value < n }, by: \.value)
        if !fewer.isEmpty {
            text += "; " + fewer.keys.sorted(by: >).map { k in
                let years = fewer[k]?.map(\.key) ?? []
                return words(years.count == 1 ? .compareChoiceFewerOne : .compareChoiceFewerMany,
                             ["years": .text(yearList(years)), "k": .count(k)])
            }.joined(separator: ", ")
        } else if others.isEmpty {
            text += words(.compareChoiceNoOther)
        }
        return text + words(.compareChoiceEnd)
    }

    /// The scope in words with its units: "Units: members of Cụm thi đua số 2 in 2020 → 7: Cao Bằng, …".
    static func scopeText(_ context: Context, year: Int, words: Catalog) -> String? {
        guard let scope = context.scope, let gazetteer = context.gazetteer else { return nil }
        var text = words(.compareScope, ["scope": .text(scope.description(year: year, gazetteer: gazetteer))])
        if scope.cluster == nil && scope.region == nil {
            return text + words(.compareScopeNamed, ["n": .count(scope.units.count)])
        }
        if let units = context.scopeUnits {
            text += units.isEmpty ? words(.compareScopeNone)
                : words(.compareScopeUnits, ["n": .count(units.count), "units": .text(units.sortedForDisplay().map(\.name).joined(separator: ", "))])
            if let cluster = scope.cluster, units.isEmpty || scope.members(ofCluster: cluster, year: year, gazetteer: gazetteer).isEmpty {
                let years = UnitScope.membershipYears(ofCluster: cluster, gazetteer: gazetteer)
                text += years.isEmpty ? words(.compareScopeMembershipNone, ["cluster": .plain(cluster)])
                    : words(.compareScopeMembership, ["cluster": .plain(cluster), "years": .text(yearList(years))])
            }
        }
        return text
    }

    /// No year has a unit to show.
    static func nothing(metric: String, context: Context, stated: Bool, format: OutputFormat, lang: Language, style: ChartStyle) -> String {
        let words = Catalog(format == .json ? .en : lang)
        let scope = context.scope.flatMap { s in context.gazetteer.map { s.description(year: nil, gazetteer: $0) } }
        let within = scope.map { words(.compareWithinScope, ["scope": .text($0)]) } ?? ""
        let message = words(stated ? .compareNothingStatedAnyYear : .compareNothingAnyYear, ["metric": .text(metric), "scope": .text(within)])
        if format == .json {
            return JSONValue.object([("metric", .string(metric)), ("year", .null), ("units", .array([])), ("message", .string(message))])
                .serialized(pretty: true) + "\n"
        }
        return format == .markdown ? message + "\n" : Prose.paragraph(message, style: style)
    }

    static func json(_ c: RateComparison, context: Context = Context(unitTypes: [.province, .city])) -> JSONValue {
        let single = c.units.count == 1
        var fields: [(String, JSONValue)] = [
            ("metric", .string(c.metric.id)), ("year", .integer(Int64(c.year))), ("span", .string(c.span.description)),
            ("year_chosen", context.choice.map { choice in
                .object([("reason", .string(choiceText(choice))),
                         ("comparable_units_by_year", .object(choice.unitsByYear.keys.sorted().map { ("\($0)", .integer(Int64(choice.unitsByYear[$0] ?? 0))) }))])
            } ?? .null),
            ("scope", context.scope.map { scope in
                .object([("units", .array(scope.units.map { .string($0.name) })),
                         ("cluster", scope.cluster.map { .integer(Int64($0)) } ?? .null),
                         ("region", scope.region.map(JSONValue.string) ?? .null),
                         ("units_in_scope", context.scopeUnits.map { .array($0.sortedForDisplay().map { .string($0.name) }) } ?? .null)])
            } ?? .null),
            ("unit_types", .array(context.unitTypes.sorted().map { .string($0.rawValue) })),
            ("single_unit", .bool(single)),
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
                    ("flag", single ? .null : .string(u.funnel?.flag.rawValue ?? "within")),
                    ("expected_rank", single ? .null : .finite(u.expectedRank)),
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
                    n(u.funnel?.zScore), c.units.count == 1 ? "" : u.funnel?.flag.rawValue ?? "within",
                    c.units.count == 1 ? "" : n(u.expectedRank), n(u.statedRate?.value)]
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
                      context: Context, footnotes: Footnotes? = nil) -> String {
        let cited = markdown ? (footnotes ?? Footnotes()) : nil
        let numbers = HumanNumbers(lang: lang)
        let words = Catalog(lang)
        let title = words(.compareTitle, ["metric": .text(c.metric.label(vietnamese: lang.isVietnamese)), "year": .plain(c.year),
                                          "span": .text(words.span(c.span))])
        var out = markdown ? "## \(title)\n\n" : style.line(title) + "\n"
        func paragraph(_ text: String) { out += markdown ? text + "\n\n" : Prose.paragraph(text, style: style) }
        if let choice = context.choice { paragraph(choiceText(choice, words: words)) }
        if let scope = scopeText(context, year: c.year, words: words) { paragraph(scope) }
        var notes: [String] = []
        let rateHint = context.statingRate > 0
            ? words(context.scope == nil ? .compareRateHint : .compareRateHintScoped, ["n": .count(context.statingRate), "year": .plain(c.year)])
            : ""
        if c.units.isEmpty {
            paragraph(words(.compareNothing, ["year": .plain(c.year)]) + rateHint)
        } else if c.units.count == 1, let u = c.units.first {
            let stated = u.statedRate.map { "; " + words(.compareStatedRate, ["rate": .text(numbers.value($0, metric: c.metric))]) } ?? ""
            paragraph(words(.compareSingle, [
                "unit": .text(u.unit.name), "year": .plain(c.year), "cleared": .count(u.numerator),
                "base": .text(words.count(Int64(u.denominator), of: u.denominatorMetric)), "rate": .percent(u.rate, decimals: 1),
                "low": .number(100 * u.wilson.lower, decimals: 1), "high": .number(100 * u.wilson.upper, decimals: 1),
                "stated": .text(stated)]) + rateHint)
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
        if let inScope = context.scopeUnits {
            let seen = Set(c.units.map(\.unit) + c.notComparable.map(\.unit))
            let silent = inScope.subtracting(seen).sortedForDisplay()
            if !silent.isEmpty {
                notes.append(words(.compareSilent, ["metric": .text(words.metric(c.metric.id)), "year": .plain(c.year), "n": .count(silent.count),
                                                    "units": .text(silent.map(\.name).joined(separator: ", "))]))
            }
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
        case .noCounts(let metric): return words(.reasonNoCounts, ["metric": .text(metric)])
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

extension CompareRendering {
    static let statedLabel = "as stated, no interval: not comparable in the statistical sense"

    /// "trên 82%", "gần 90%", "87,3%": the figure in the report's own words (Vietnamese number form).
    static func asWritten(_ o: Observation, metric: Metric) -> String {
        let word = o.qualifier.vietnamese
        let number = VietnameseNumber.format(o.exactValue, vietnamese: true)
        let figure = number + (metric.unit == .percent ? "%" : "")
        switch o.qualifier {
        case .exact: return figure
        case .atLeast: return "từ \(figure) trở lên"
        default: return "\(word) \(figure)"
        }
    }

    static func renderStated(_ list: StatedRates, choice: RateComparison.YearChoice?, context: Context, format: OutputFormat,
                             lang: Language, style: ChartStyle) -> String {
        switch format {
        case .json: return statedJSON(list, choice: choice, context: context).serialized(pretty: true) + "\n"
        case .csv:
            var out = "unit_type,unit,year,metric,value,qualifier,as_written,both_counts_stated,source,published\n"
            for s in list.statements {
                let o = s.observation
                out += [o.unit.type.rawValue, o.unit.name, "\(list.year)", list.metric.id, o.exactValue.description, o.qualifier.rawValue,
                        asWritten(o, metric: list.metric), s.hasBothCounts ? "true" : "false", o.source, o.published]
                    .map(ObservationWriter.csvField).joined(separator: ",") + "\n"
            }
            return out
        case .text, .markdown, .html:
            return statedHuman(list, choice: choice, context: context, markdown: format == .markdown, lang: lang, style: style)
        }
    }

    static func statedJSON(_ list: StatedRates, choice: RateComparison.YearChoice?, context: Context) -> JSONValue {
        .object([
            ("metric", .string(list.metric.id)), ("year", .integer(Int64(list.year))), ("span", .string(list.span.description)),
            ("label", .string(statedLabel)),
            ("year_chosen", choice.map { c in
                .object([("reason", .string(choiceText(c, stating: true))),
                         ("units_stating_by_year", .object(c.unitsByYear.keys.sorted().map { ("\($0)", .integer(Int64(c.unitsByYear[$0] ?? 0))) }))])
            } ?? .null),
            ("units", .integer(Int64(list.units.count))),
            ("statements", .array(list.statements.map { s in
                let o = s.observation
                return .object([("unit", .string(o.unit.name)), ("unit_type", .string(o.unit.type.rawValue)),
                                ("value", .number(o.value)), ("qualifier", .string(o.qualifier.rawValue)),
                                ("reading", .string(o.qualifier == .exact ? "exactly" : o.qualifier.reading)),
                                ("as_written", .string(asWritten(o, metric: list.metric))),
                                ("both_counts_stated", .bool(s.hasBothCounts)), ("period_start", .string(o.period.start.description)),
                                ("period_end", .string(o.period.end.description)), ("source", .string(o.source)),
                                ("published", .string(o.published)), ("quote", .string(o.quote))])
            })),
        ])
    }

    static func statedHuman(_ list: StatedRates, choice: RateComparison.YearChoice?, context: Context, markdown: Bool,
                            lang: Language, style: ChartStyle) -> String {
        let numbers = HumanNumbers(lang: lang)
        let words = Catalog(lang)
        let metric = words.metric(list.metric.id)
        let title = words(.statedTitle, ["metric": .text(metric), "year": .plain(list.year), "span": .text(words.span(list.span))])
        var out = markdown ? "## \(title)\n\n" : style.line(title) + "\n"
        func paragraph(_ text: String) { out += markdown ? text + "\n\n" : Prose.paragraph(text, style: style) }
        paragraph(words(.statedLabelSentence))
        if let choice {
            paragraph(choiceText(choice, stating: true, words: words))
        }
        if let scope = scopeText(context, year: list.year, words: words) { paragraph(scope) }
        guard !list.statements.isEmpty else {
            paragraph(words(.statedNone, ["metric": .text(metric), "year": .plain(list.year)]))
            return out
        }
        let ascii = style.charset == .ascii
        let rows: [[String?]] = list.statements.map { s in
            let o = s.observation
            return [o.unit.name, numbers.value(o, metric: list.metric, charset: ascii), asWritten(o, metric: list.metric),
                    s.hasBothCounts ? words(.yes) : "—", o.published.isEmpty ? words(.undated) : words.date(o.published), o.source]
        }
        let headers: [MessageKey] = [.headerUnit, .headerStated, .headerAsWritten, .headerCounts, .headerPublished, .headerSource]
        let table = Tabular(headers: headers.map { words($0) }, rows: rows, numericColumns: [1], droppable: [5, 4])
        out += markdown ? table.markdown() : table.text(style: style, words: words)
        let n = list.units.count
        let withCounts = Set(list.statements.filter(\.hasBothCounts).map(\.unit)).count
        var notes = [words(.statedNote, ["n": .count(n), "metric": .text(metric), "year": .plain(list.year),
                                         "statements": .count(list.statements.count)])]
        if withCounts >= 2 {
            notes.append(words(.statedWithCounts, ["n": .count(withCounts), "year": .plain(list.year)]))
        } else if withCounts == 1 {
            notes.append(words(.statedOneWithCounts))
        }
        if list.statements.contains(where: { $0.observation.qualifier != .exact }) {
            notes.append(words(.tableQualifiedNote))
        }
        for note in notes { paragraph(note) }
        return out
    }
}
