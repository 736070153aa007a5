import CrimeData
import CrimeExtract

/// Output of `crimestats extract`: CSV or JSON on standard output, summary and progress on standard error.
enum ExtractRendering {
    /// The Datasets CSV schema: one header, then every file's observations.
    static func csv(_ results: [ExtractionResult]) -> String {
        ObservationWriter.csv(results.flatMap(\.observations))
    }

    /// `{"files": [{"file", "observations": [...], "needs_review": [...]}]}`; observations carry the schema's
    /// fields plus `start`, `end` (Unicode-scalar offsets of the number), `quote_start`, `quote_end`, `line`,
    /// `column` and `confidence`; each figure for review has the same fields (unit and period null when unknown)
    /// and its `reason`.
    static func json(_ results: [(String, ExtractionResult)]) -> String {
        let files: [JSONValue] = results.map { name, result in
            var attributed: [JSONValue] = []
            var used = Set<Int>()
            for o in result.observations {
                var fields: [(String, JSONValue)] = []
                if case .object(let base) = ObservationWriter.json(o) { fields = base }
                if let index = result.figures.indices.first(where: { i in
                    !used.contains(i) && result.figures[i].isRead && result.figures[i].metric == o.metric
                        && result.figures[i].value == o.exactValue && result.figures[i].unit == o.unit
                        && result.figures[i].period == o.period && result.figures[i].qualifier == o.qualifier
                }) {
                    used.insert(index)
                    fields += location(result.figures[index])
                }
                attributed.append(.object(fields))
            }
            let review: [JSONValue] = result.needsReview.map { f in
                .object([
                    ("metric", .string(f.metric)), ("value", .number(f.value.doubleValue)),
                    ("qualifier", .string(f.qualifier.rawValue)),
                    ("unit_type", f.unit.map { .string($0.type.rawValue) } ?? .null),
                    ("unit", f.unit.map { .string($0.name) } ?? .null),
                    ("period_start", f.period.map { .string($0.start.description) } ?? .null),
                    ("period_end", f.period.map { .string($0.end.description) } ?? .null),
                    ("quote", .string(f.quote)), ("reason", .string(f.review ?? "")),
                ] + location(f))
            }
            return .object([("file", .string(name)), ("observations", .array(attributed)),
                             ("needs_review", .array(review))])
        }
        return JSONValue.object([("files", .array(files))]).serialized(pretty: true) + "\n"
    }

    /// The Datasets CSV schema plus `status` (read or review) and `reason`: every figure read (duplicates
    /// removed, as in the plain CSV) and every figure for review, in text order.
    static func csvWithStatus(_ results: [ExtractionResult], source: (Int) -> String, published: String) -> String {
        var out = ObservationWriter.csvHeader + ",status,reason\n"
        for (i, result) in results.enumerated() {
            var pending = result.observations[...]
            for f in result.figures {
                if f.isRead {
                    guard let o = pending.first, o.metric == f.metric, o.exactValue == f.value, o.unit == f.unit,
                          o.period == f.period, o.qualifier == f.qualifier else { continue }
                    pending = pending.dropFirst()
                    out += ObservationWriter.csvRow(o) + ",read,\n"
                } else {
                    let fields = [source(i), published, f.unit?.type.rawValue ?? "", f.unit?.name ?? "",
                                  f.period?.start.description ?? "", f.period?.end.description ?? "", f.metric,
                                  f.value.description, f.qualifier.rawValue, f.quote, "review", f.review ?? ""]
                    out += fields.map(ObservationWriter.csvField).joined(separator: ",") + "\n"
                }
            }
        }
        return out
    }

    static func location(_ f: ExtractedFigure) -> [(String, JSONValue)] {
        [("start", .integer(Int64(f.start))), ("end", .integer(Int64(f.end))),
         ("quote_start", .integer(Int64(f.quoteStart))), ("quote_end", .integer(Int64(f.quoteEnd))),
         ("line", .integer(Int64(f.line))), ("column", .integer(Int64(f.column))), ("confidence", .number(f.confidence))]
    }

    /// Per file: figures found, read, sent to review (each figure for review listed with its place and reason).
    static func summary(_ results: [(String, ExtractionResult)]) -> String {
        var out = ""
        for (name, result) in results {
            for f in result.needsReview {
                out += "\(name):\(f.line):\(f.column): review (\(f.review ?? "")): \(f.metric) \(f.value) — \"\(f.quote)\"\n"
            }
        }
        for (name, result) in results {
            let review = result.needsReview.count
            out += "\(name): \(counted(result.figures.count, "figure")), "
                + "\(counted(result.observations.count, "observation")), \(review) for review\n"
        }
        return out
    }

    /// "1 figure", "2 figures".
    static func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A one-line progress bar on standard error (only when it is a terminal and there are several files).
    struct Progress {
        let total: Int
        let enabled: Bool

        func update(done: Int, current: String) {
            guard enabled, total > 0 else { return }
            let width = 30
            let filled = width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let name = current.count > 40 ? "…" + current.suffix(39) : current
            Output.writeError("\r\u{1B}[2K\(bar) \(done)/\(total) \(name)")
        }

        func finish() {
            guard enabled else { return }
            Output.writeError("\r\u{1B}[2K")
        }
    }
}
