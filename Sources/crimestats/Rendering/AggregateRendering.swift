import CrimeAnalytics
import CrimeData
import TextCharts

/// Output of `table --cluster N --aggregate`: the cluster's own figure beside its members' sum, per year.
enum AggregateRendering {
    static func render(_ a: ClusterAggregate, format: OutputFormat, lang: Language, style: ChartStyle) -> String {
        switch format {
        case .json: return json(a).serialized(pretty: true) + "\n"
        case .csv: return csv(a)
        case .text, .markdown, .html: return human(a, markdown: format == .markdown, lang: lang, style: style)
        }
    }

    static func aggregateLabel(_ a: ClusterAggregate) -> String {
        a.metric.isRate ? "members' pooled rate" : "members' sum"
    }

    static func human(_ a: ClusterAggregate, markdown: Bool, lang: Language, style: ChartStyle) -> String {
        let numbers = HumanNumbers(lang: lang)
        let ascii = style.charset == .ascii
        let title = "\(a.metric.label(vietnamese: lang.isVietnamese)) — \(a.cluster.name) and \(aggregateLabel(a)) (\(a.span))"
        var out = markdown ? "## \(title)\n\n"
            : style.displayWidth.truncate(style.displayText(title), to: style.effectiveWidth, ellipsis: style.ellipsis) + "\n"
        func paragraph(_ text: String) { out += markdown ? text + "\n\n" : Prose.paragraph(text, style: style) }
        guard !a.years.isEmpty else {
            paragraph("Neither a figure of \(a.cluster.name) nor a stated membership: nothing to aggregate.")
            return out
        }
        let decimals = a.metric.unit == .count ? 0 : 2
        func shown(_ x: Double?) -> String? {
            x.map { numbers.number($0, decimals: decimals) + (a.metric.unit == .percent ? "%" : "") }
        }
        let rows: [[String?]] = [
            ["\(a.cluster.name) (as reported)"] + a.years.map { y in
                y.reported.map { numbers.value($0.observation, metric: a.metric, charset: ascii) + ($0.isConflicted ? "*" : "") }
            },
            [aggregateLabel(a)] + a.years.map { shown($0.aggregate) },
            ["members stating"] + a.years.map { y in y.membershipStated ? "\(y.stating.count)/\(y.members.count)" : "no list" },
            ["reported − " + (a.metric.isRate ? "pooled" : "sum")] + a.years.map { y in
                y.difference.map { d in (d > 0 ? "+" : "") + numbers.number(d, decimals: decimals) + (a.metric.unit == .percent ? " pp" : "") }
            },
        ]
        let table = Tabular(headers: ["figure"] + a.years.map { String($0.year) }, rows: rows,
                            numericColumns: Set(1...a.years.count), droppable: Array(1..<max(1, a.years.count - 1)))
        out += markdown ? table.markdown() : table.text(style: style, words: Catalog(lang))
        var notes: [String] = []
        notes.append(a.metric.isRate
            ? "Pooled rate: Σ cases cleared / Σ base over the members that year, given only when every member states both counts (never the mean of their rates)."
            : "Sum: the members' exact figures that year, given only when every member states one.")
        notes.append("Members: those the membership table states for each year (clusters are recomposed; no other year's list is used).")
        for y in a.years {
            if !y.membershipStated {
                if y.reported != nil { notes.append("\(y.year): the membership is not stated, so the members cannot be summed.") }
                continue
            }
            if !y.missing.isEmpty {
                let what = a.metric.isRate ? "both counts" : "a figure"
                var text = y.stating.isEmpty
                    ? "\(y.year): no member states \(what) (\(y.members.map(\.name).joined(separator: ", ")))"
                    : "\(y.year): \(y.missing.count) of \(y.members.count) members state no \(a.metric.isRate ? "pair of counts" : "figure") (\(y.missing.map(\.name).joined(separator: ", ")))"
                if let partial = y.partialSum, let s = shown(partial) {
                    text += "; the \(y.stating.count) stating it give \(s) together, a part and not the cluster's total"
                }
                notes.append(text + ".")
            } else if let counts = y.pooledCounts {
                notes.append("\(y.year): \(numbers.number(Double(counts.cleared), decimals: 0)) cleared of \(numbers.number(Double(counts.base), decimals: 0)).")
            }
        }
        if a.years.contains(where: { $0.reported?.isConflicted == true }) {
            notes.append("* another source states a different value; the later-published one is shown (`crimestats table --metric \(a.metric.id) --unit-type cluster`).")
        }
        for note in notes { paragraph(note) }
        if markdown && out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    static func csv(_ a: ClusterAggregate) -> String {
        var out = "cluster,year,metric,members,stating,missing,aggregate,partial_sum,reported,reported_qualifier,difference\n"
        func n(_ x: Double?) -> String { x.map(JSONValue.format) ?? "" }
        for y in a.years {
            out += [a.cluster.name, "\(y.year)", a.metric.id, "\(y.members.count)", "\(y.stating.count)",
                    y.missing.map(\.name).joined(separator: ";"), n(y.aggregate), n(y.partialSum),
                    y.reported.map { $0.observation.exactValue.description } ?? "", y.reported?.qualifier.rawValue ?? "", n(y.difference)]
                .map(ObservationWriter.csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    static func json(_ a: ClusterAggregate) -> JSONValue {
        .object([
            ("cluster", .string(a.cluster.name)), ("metric", .string(a.metric.id)), ("span", .string(a.span.description)),
            ("aggregate", .string(a.metric.isRate ? "pooled_rate" : "sum")),
            ("years", .array(a.years.map { y in
                .object([
                    ("year", .integer(Int64(y.year))), ("membership_stated", .bool(y.membershipStated)),
                    ("members", .array(y.members.map { .string($0.name) })), ("stating", .array(y.stating.map { .string($0.name) })),
                    ("missing", .array(y.missing.map { .string($0.name) })), ("aggregate", .finite(y.aggregate)),
                    ("partial_sum", .finite(y.partialSum)),
                    ("pooled_cleared", y.pooledCounts.map { .integer(Int64($0.cleared)) } ?? .null),
                    ("pooled_base", y.pooledCounts.map { .integer(Int64($0.base)) } ?? .null),
                    ("reported", y.reported.map { ObservationWriter.json($0.observation) } ?? .null),
                    ("difference", .finite(y.difference)),
                ])
            })),
        ])
    }
}
