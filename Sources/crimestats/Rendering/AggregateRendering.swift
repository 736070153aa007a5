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

    static func aggregateLabel(_ a: ClusterAggregate, words: Catalog = Catalog(.en)) -> String {
        words(a.metric.isRate ? .aggregatePooled : .aggregateSum)
    }

    static func human(_ a: ClusterAggregate, markdown: Bool, lang: Language, style: ChartStyle) -> String {
        let numbers = HumanNumbers(lang: lang)
        let words = Catalog(lang)
        let ascii = style.charset == .ascii
        let title = words(.aggregateTitle, ["metric": .text(a.metric.label(vietnamese: lang.isVietnamese)), "cluster": .text(a.cluster.name),
                                            "aggregate": .text(aggregateLabel(a, words: words)), "span": .text(words.span(a.span))])
        var out = markdown ? "## \(title)\n\n" : style.line(title) + "\n"
        func paragraph(_ text: String) { out += markdown ? text + "\n\n" : Prose.paragraph(text, style: style) }
        guard !a.years.isEmpty else {
            paragraph(words(.aggregateNothing, ["cluster": .text(a.cluster.name)]))
            return out
        }
        let decimals = a.metric.unit == .count ? 0 : 2
        func shown(_ x: Double?) -> String? {
            x.map { numbers.number($0, decimals: decimals) + (a.metric.unit == .percent ? "%" : "") }
        }
        let rows: [[String?]] = [
            [words(.aggregateReported, ["cluster": .text(a.cluster.name)])] + a.years.map { y in
                y.reported.map { numbers.value($0.observation, metric: a.metric, charset: ascii) + ($0.isConflicted ? "*" : "") }
            },
            [aggregateLabel(a, words: words)] + a.years.map { shown($0.aggregate) },
            [words(.aggregateStating)] + a.years.map { y in y.membershipStated ? "\(y.stating.count)/\(y.members.count)" : words(.aggregateNoList) },
            [words(a.metric.isRate ? .aggregateDifferencePooled : .aggregateDifferenceSum)] + a.years.map { y in
                y.difference.map { d in (d > 0 ? "+" : "") + numbers.number(d, decimals: decimals) + (a.metric.unit == .percent ? " " + words(.pointsAbbrev) : "") }
            },
        ]
        let table = Tabular(headers: [words(.aggregateFigure)] + a.years.map { String($0.year) }, rows: rows,
                            numericColumns: Set(1...a.years.count), droppable: Array(1..<max(1, a.years.count - 1)))
        out += markdown ? table.markdown() : table.text(style: style, words: words)
        var notes: [String] = []
        notes.append(words(a.metric.isRate ? .aggregatePooledNote : .aggregateSumNote))
        notes.append(words(.aggregateMembersNote))
        for y in a.years {
            if !y.membershipStated {
                if y.reported != nil { notes.append(words(.aggregateNoMembership, ["year": .plain(y.year)])) }
                continue
            }
            if !y.missing.isEmpty {
                var text = y.stating.isEmpty
                    ? words(a.metric.isRate ? .aggregateNoMemberCounts : .aggregateNoMemberFigure,
                            ["year": .plain(y.year), "members": .text(y.members.map(\.name).joined(separator: ", "))])
                    : words(a.metric.isRate ? .aggregateMissingCounts : .aggregateMissingFigure,
                            ["year": .plain(y.year), "n": .count(y.missing.count), "total": .count(y.members.count),
                             "members": .text(y.missing.map(\.name).joined(separator: ", "))])
                if let partial = y.partialSum, let s = shown(partial) {
                    text += words(.aggregatePartial, ["n": .count(y.stating.count), "value": .text(s)])
                }
                notes.append(text + ".")
            } else if let counts = y.pooledCounts {
                notes.append(words(.aggregatePooledCounts, ["year": .plain(y.year), "cleared": .count(counts.cleared), "base": .count(counts.base)]))
            }
        }
        if a.years.contains(where: { $0.reported?.isConflicted == true }) {
            notes.append(words(.aggregateConflictNote, ["metric": .text(a.metric.id)]))
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
