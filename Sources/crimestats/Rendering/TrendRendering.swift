import CrimeAnalytics
import CrimeData
import TextCharts

/// Output of `crimestats trend`.
enum TrendRendering {
    static func render(_ trends: [SeriesTrend], format: OutputFormat, lang: Language, style: ChartStyle, span: Span) -> String {
        switch format {
        case .json: return JSONValue.array(trends.map(json)).serialized(pretty: true) + "\n"
        case .csv: return csv(trends)
        case .text, .markdown, .html: return human(trends, markdown: format == .markdown, lang: lang, style: style, span: span)
        }
    }

    static func json(_ t: SeriesTrend) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("unit", .string(t.series.unit.name)), ("unit_type", .string(t.series.unit.type.rawValue)),
            ("metric", .string(t.metric.id)), ("n", .integer(Int64(t.observationCount))),
            ("years", .array(t.series.years.map { .integer(Int64($0)) })),
            ("values", .array(t.series.values.map { .finite($0) })),
            ("ols", t.ols.map { f in
                .object([("slope", .finite(f.slope)), ("intercept", .finite(f.intercept)), ("se", .finite(f.standardError)),
                         ("ci_low", .finite(f.confidenceInterval?.lower)), ("ci_high", .finite(f.confidenceInterval?.upper)),
                         ("t", .finite(f.tStatistic)), ("df", .integer(Int64(f.degreesOfFreedom))), ("p", .finite(f.pValue)),
                         ("r2", .finite(f.rSquared))])
            } ?? .null),
            ("theil_sen", t.theilSen.map { f in
                .object([("slope", .finite(f.slope)), ("ci_low", .finite(f.confidenceInterval.lower)),
                         ("ci_high", .finite(f.confidenceInterval.upper))])
            } ?? .null),
            ("mann_kendall", t.mannKendall.map { m in
                .object([("s", .integer(Int64(m.s))), ("var_s", .finite(m.variance)), ("z", .finite(m.z)),
                         ("p", .finite(m.pValue)), ("tau", .finite(m.tau))])
            } ?? .null),
            ("cagr_pct", .finite(t.cagrPercent)),
            ("apc_pct", .finite(t.annualPercentChange?.percent)),
            ("apc_ci_low", .finite(t.annualPercentChange?.confidenceInterval?.lower)),
            ("apc_ci_high", .finite(t.annualPercentChange?.confidenceInterval?.upper)),
            ("change_pct", .array(t.changePercent.map { .finite($0) })),
        ]
        if let points = t.changePoints { fields.append(("change_pp", .array(points.map { .finite($0) }))) }
        fields += [
            ("qualified_years", .array(t.series.qualifiedYears.map { .integer(Int64($0)) })),
            ("conflicted_years", .array(t.series.conflictedYears.map { .integer(Int64($0)) })),
            ("crosses_2025_reorganisation", .bool(t.series.crossesReorganisation)),
        ]
        return .object(fields)
    }

    static let csvHeader = "unit_type,unit,metric,n,first_year,last_year,last_value,ols_slope,ols_se,ols_ci_low,ols_ci_high,ols_t,ols_df,ols_p,ols_r2,sen_slope,sen_ci_low,sen_ci_high,mk_s,mk_var_s,mk_z,mk_p,mk_tau,cagr_pct,apc_pct,apc_ci_low,apc_ci_high,crosses_2025_reorganisation\n"

    /// One CSV line per series, written into one byte buffer (no per-field strings or `joined`): the
    /// same text as formatting each field with `JSONValue.format` and joining with commas.
    static func csv(_ trends: [SeriesTrend], header: Bool = true) -> String {
        var out: [UInt8] = header ? Array(csvHeader.utf8) : []
        out.reserveCapacity(out.count + trends.count * 320)
        func text(_ s: String) {
            var s = s
            s.withUTF8 { out.append(contentsOf: $0) }
        }
        func integer(_ v: Int64) {
            if v == 0 { out.append(UInt8(ascii: "0")); return }
            var m = v.magnitude
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch, enough for 20 digits
            var count = 0
            withUnsafeMutableBytes(of: &digits) { d in
                while m > 0 {
                    d[23 - count] = UInt8(ascii: "0") + UInt8(m % 10)
                    m /= 10
                    count += 1
                }
                if v < 0 { out.append(UInt8(ascii: "-")) }
                out.append(contentsOf: d[(24 - count)...])
            }
        }
        func number(_ x: Double?) {
            guard let x else { return }
            if !x.isFinite {
                text("null")
            } else if x == x.rounded() && abs(x) < 1e15 {
                integer(Int64(x))
            } else {
                text(x.description)
            }
        }
        let comma = UInt8(ascii: ",")
        for t in trends {
            let o = t.ols, s = t.theilSen, m = t.mannKendall, a = t.annualPercentChange
            text(t.series.unit.type.rawValue); out.append(comma)
            text(ObservationWriter.csvField(t.series.unit.name)); out.append(comma)
            text(t.metric.id); out.append(comma)
            integer(Int64(t.observationCount)); out.append(comma)
            if let y = t.series.years.first { integer(Int64(y)) }; out.append(comma)
            if let y = t.series.years.last { integer(Int64(y)) }; out.append(comma)
            number(t.series.values.last); out.append(comma)
            number(o?.slope); out.append(comma)
            number(o?.standardError); out.append(comma)
            number(o?.confidenceInterval?.lower); out.append(comma)
            number(o?.confidenceInterval?.upper); out.append(comma)
            number(o?.tStatistic); out.append(comma)
            if let o { integer(Int64(o.degreesOfFreedom)) }; out.append(comma)
            number(o?.pValue); out.append(comma)
            number(o?.rSquared); out.append(comma)
            number(s?.slope); out.append(comma)
            number(s?.confidenceInterval.lower); out.append(comma)
            number(s?.confidenceInterval.upper); out.append(comma)
            if let m { integer(Int64(m.s)) }; out.append(comma)
            number(m?.variance); out.append(comma)
            number(m?.z); out.append(comma)
            number(m?.pValue); out.append(comma)
            number(m?.tau); out.append(comma)
            number(t.cagrPercent); out.append(comma)
            number(a?.percent); out.append(comma)
            number(a?.confidenceInterval?.lower); out.append(comma)
            number(a?.confidenceInterval?.upper); out.append(comma)
            text(t.series.crossesReorganisation ? "true" : "false")
            out.append(UInt8(ascii: "\n"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func human(_ trends: [SeriesTrend], markdown: Bool, lang: Language, style: ChartStyle, span: Span) -> String {
        let numbers = HumanNumbers(lang: lang)
        let words = Catalog(lang)
        let title = words(.trendTitle, ["span": .text(words.span(span))])
        var out = markdown ? "## \(title)\n\n" : style.line(title) + "\n"
        guard !trends.isEmpty else {
            return out + words(.trendNoSeries) + "\n"
        }
        func fmt(_ x: Double?, _ d: Int? = nil) -> String? {
            x.map { numbers.number($0, decimals: d ?? (abs($0) >= 100 ? 0 : abs($0) >= 10 ? 1 : 2)) }
        }
        func paragraph(_ text: String) {
            out += markdown ? "\n" + text + "\n" : Prose.paragraph(text, style: style)
        }
        var metricOrder: [String] = []
        var byMetric: [String: [SeriesTrend]] = [:]
        for t in trends {
            if byMetric[t.metric.id] == nil { metricOrder.append(t.metric.id) }
            byMetric[t.metric.id, default: []].append(t)
        }
        var untrended: [String] = []
        for id in metricOrder {
            let group = (byMetric[id] ?? []).filter { $0.observationCount > 0 }
            guard let metric = group.first?.metric else { continue }
            let label = metric.label(vietnamese: lang.isVietnamese)
            guard TrendAnalysis.isTrended(metric: id) else {
                untrended.append(label)
                continue
            }
            let trended = group.filter { $0.observationCount >= TrendAnalysis.minimumYears }
            let short = group.filter { $0.observationCount < TrendAnalysis.minimumYears }
            let listed = short.map { t in
                words(.trendShortSeries, ["unit": .text(t.series.unit.name), "values": .text(zip(t.series.years, t.series.values).map { y, v in
                    words(.trendYearValue, ["year": .plain(y), "value": .text(numbers.value(v, metric: metric))])
                }.joined(separator: ", "))])
            }.joined(separator: "; ")
            guard !trended.isEmpty else {
                // Nothing to trend: the figures in one line, not a table of blanks.
                out += markdown ? "\n" : ""
                paragraph(words(.trendMetricNotTrended, ["metric": .text(label), "id": .text(id), "n": .count(short.count),
                                                         "series": .text(listed)]))
                continue
            }
            let unitNote = metric.unit == .percent ? words(.trendPointsPerYear) : ""
            let heading = words(.trendMetricHeading, ["metric": .text(label), "id": .text(id), "note": .text(unitNote)])
            out += markdown ? "\n### \(heading)\n\n" : "\n" + style.line(heading) + "\n"
            var rows: [[String?]] = []
            for t in trended {
                let years = t.series.years
                let range = years.first.map { f in
                    years.last.map { l in l == f ? "\(f)" : (l / 100 == f / 100 ? "\(f)–\(String(l % 100).leftPadded(to: 2))" : "\(f)–\(l)") } ?? "\(f)"
                } ?? ""
                let ci = t.ols?.confidenceInterval.map { "[\(fmt($0.lower) ?? ""), \(fmt($0.upper) ?? "")]" }
                rows.append([
                    t.series.unit.name + (t.series.crossesReorganisation ? " †" : ""), range, "\(t.observationCount)",
                    fmt(t.ols?.slope), ci, fmt(t.ols?.pValue, 3), fmt(t.theilSen?.slope),
                    t.mannKendall.map { numbers.number($0.tau, decimals: 2) }, fmt(t.mannKendall?.pValue, 3),
                    fmt(t.cagrPercent, 1), fmt(t.annualPercentChange?.percent, 1),
                ])
            }
            let headers: [MessageKey] = [.headerUnit, .headerYears, .headerN, .headerOLS, .headerCI95, .headerP, .headerSen,
                                         .headerMKTau, .headerMKP, .headerCAGR, .headerAPC]
            let table = Tabular(headers: headers.map { words($0) },
                                rows: rows, numericColumns: [2, 3, 5, 6, 7, 8, 9, 10], droppable: [7, 9, 6, 10, 4])
            out += markdown ? table.markdown() : table.text(style: style, words: words)
            if !markdown, let chart = lineChart(trended, lang: lang) {
                var charted = style
                charted.words = words.chartWords
                out += "\n" + chart.render(style: charted) + "\n"
            }
            if !short.isEmpty {
                paragraph(words(.trendShortList, ["n": .count(short.count), "series": .text(listed)]))
            }
        }
        var notes = [words(.trendSlopesNote)]
        if trends.contains(where: \.series.crossesReorganisation) {
            notes.append(words(.trendReorganisationNote))
        }
        if !untrended.isEmpty {
            notes.append(words(.trendUntrendedNote, ["metrics": .text(untrended.joined(separator: ", "))]))
        }
        let skipped = trends.filter { !$0.series.qualifiedYears.isEmpty }
        if !skipped.isEmpty {
            notes.append(words(.trendQualifiedNote, ["list": .text(skipped.map { t in
                "\(t.series.unit.name) \(t.metric.id) \(t.series.qualifiedYears.map(String.init).joined(separator: ", "))"
            }.joined(separator: "; "))]))
        }
        for note in notes { paragraph(note) }
        return out
    }

    /// A line chart of the longest series (at most six, each with 3 or more years); missing years break the lines.
    static func lineChart(_ group: [SeriesTrend], lang: Language) -> LineChart? {
        // National totals dwarf provincial series: draw them only when nothing else is there.
        let candidates = group.filter { $0.observationCount >= TrendAnalysis.minimumYears }
        let local = candidates.filter { $0.series.unit.type != .national }
        let drawn = (local.isEmpty ? candidates : local)
            .sorted { $0.observationCount != $1.observationCount ? $0.observationCount > $1.observationCount : false }
            .prefix(6)
        guard !drawn.isEmpty else { return nil }
        let vietnamese = lang.isVietnamese
        let percent = drawn.first?.metric.unit != .count
        return LineChart(series: drawn.map { t in
            LineChart.Series(name: t.series.unit.name, years: t.series.years, values: t.series.values.map { Optional($0) })
        }, height: 10, yFormat: { value in
            VietnameseNumber.format(value, decimals: percent || abs(value) < 10 ? 1 : 0, vietnamese: vietnamese) + (percent ? "%" : "")
        })
    }
}

extension String {
    func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
