/// Merges a batch of gathered figures into a Datasets-schema file, with the checks of the first curation.
///
/// Per incoming row, in order:
/// 1. it has been read by ``ObservationReader`` (known unit, unit type, metric and qualifier; periods
///    `YYYY-MM` with start ≤ end; plain decimal values; valid dates), else the whole batch is bad input;
/// 2. the same figure from the same source (unit, period, metric, value and qualifier equal) already in
///    the file, or earlier in the batch, is a duplicate: reported, not added again;
/// 3. ``QuoteCheck`` (value in the quote, %, cases vs persons, qualifier, sign, baseline, period vs
///    publication): a refused row does not enter, a warning is noted and the row enters;
/// 4. written canonically: the unit's canonical name ("TP.HCM" → "Hồ Chí Minh"), the unit type of the
///    province list (`city` for the five centrally-run cities; Thừa Thiên Huế stays `province`), `exact`
///    for a blank qualifier, the plain value, trimmed text; each change is listed;
/// 5. against the rows already there (and those added before it): the same figure from another source is
///    added and reported as agreeing; a different value for the same unit, period and metric is added
///    and reported as a conflict, which `validate` reports as conflicting sources. Nothing is dropped
///    silently.
///
/// The rows already in the file are written back as they were. A file sorted in the Datasets order
/// (`unit_type, unit, period_start, metric, source`, then `period_end`, value; code-point order) stays
/// sorted; otherwise new rows go at the end.
public struct FigureMerge: Sendable {
    /// An incoming row and what happened to it.
    public struct Entry: Sendable {
        public enum Outcome: Sendable, Equatable {
            /// Added to the file.
            case added
            /// Not added: the same figure from the same source is already there (at that row, or earlier in the batch).
            case duplicate(of: SourceLocation?)
            /// Not added: a check refused it.
            case refused
        }
        public let row: FigureFile.Row
        public let outcome: Outcome
        /// Refusals and warnings of ``QuoteCheck``, with the place they apply.
        public let findings: [(finding: QuoteCheck.Finding, location: SourceLocation?)]
        /// What was written differently from the incoming row ("unit \"TP.HCM\" → \"Hồ Chí Minh\"").
        public let normalised: [String]
        /// Other rows (already there or added earlier) with the same value for the same unit, period and
        /// metric, from another source.
        public let agreeing: [Observation]
        /// Other rows with a different value (or qualifier) for the same unit, period and metric.
        public let conflicting: [Observation]
    }

    /// The file after the merge, in output order.
    public let rows: [FigureFile.Row]
    /// Every incoming row, in the batch's order.
    public let entries: [Entry]
    /// Rows in the file before the merge.
    public let existingCount: Int
    /// Whether the file was in the Datasets order (and so stays sorted).
    public let keptSorted: Bool

    public var added: [Entry] { entries.filter { $0.outcome == .added } }
    public var refused: [Entry] { entries.filter { $0.outcome == .refused } }
    public var duplicates: [Entry] { entries.filter { if case .duplicate = $0.outcome { return true } else { return false } } }

    /// Merges `incoming` into `existing`.
    public init(into existing: FigureFile, adding incoming: FigureFile, gazetteer: Gazetteer) {
        struct Key: Hashable { let unit: UnitRef; let period: Period; let metric: String }
        var byKey: [Key: [FigureFile.Row]] = [:]
        for row in existing.rows {
            let o = row.observation
            byKey[Key(unit: o.unit, period: o.period, metric: o.metric), default: []].append(row)
        }
        var entries: [Entry] = []
        var newRows: [FigureFile.Row] = []
        for row in incoming.rows {
            let o = row.observation
            let key = Key(unit: o.unit, period: o.period, metric: o.metric)
            let same = byKey[key] ?? []
            func agrees(_ other: Observation) -> Bool {
                other.qualifier == o.qualifier && QuoteNumbers.equalMagnitude(other.exactValue, o.exactValue)
                    && (other.exactValue.units < 0) == (o.exactValue.units < 0)
            }
            // A figure already there from the same source is not checked again, nor added twice.
            if let twin = same.first(where: { agrees($0.observation) && $0.observation.source.trimmingWhitespace() == o.source.trimmingWhitespace() }) {
                entries.append(Entry(row: row, outcome: .duplicate(of: twin.location), findings: [], normalised: [],
                                     agreeing: [], conflicting: []))
                continue
            }
            let findings = QuoteCheck.check(o).map { ($0, row.location(of: $0.column)) }
            if findings.contains(where: { $0.0.severity == .refused }) {
                entries.append(Entry(row: row, outcome: .refused, findings: findings, normalised: [], agreeing: [], conflicting: []))
                continue
            }
            let (canonical, notes) = FigureMerge.canonicalRow(row, gazetteer: gazetteer)
            entries.append(Entry(row: canonical, outcome: .added, findings: findings, normalised: notes,
                                 agreeing: same.map(\.observation).filter(agrees),
                                 conflicting: same.map(\.observation).filter { !agrees($0) }))
            byKey[key, default: []].append(canonical)
            newRows.append(canonical)
        }
        let sorted = zip(existing.rows, existing.rows.dropFirst()).allSatisfy { !FigureMerge.precedes($1, $0) }
        existingCount = existing.rows.count
        keptSorted = sorted
        if sorted {
            // A stable merge of two sorted lists: existing rows keep their order, new ones go where they sort.
            let incomingSorted = newRows.enumerated().sorted { a, b in
                FigureMerge.precedes(a.element, b.element) || (!FigureMerge.precedes(b.element, a.element) && a.offset < b.offset)
            }.map(\.element)
            var merged: [FigureFile.Row] = []
            merged.reserveCapacity(existing.rows.count + newRows.count)
            var i = 0, j = 0
            while i < existing.rows.count || j < incomingSorted.count {
                if j == incomingSorted.count || (i < existing.rows.count && !FigureMerge.precedes(incomingSorted[j], existing.rows[i])) {
                    merged.append(existing.rows[i])
                    i += 1
                } else {
                    merged.append(incomingSorted[j])
                    j += 1
                }
            }
            rows = merged
        } else {
            rows = existing.rows + newRows
        }
        self.entries = entries
    }

    /// The row as it is written: canonical unit name and type, plain value, `exact` for a blank qualifier,
    /// trimmed text; with a note for each change.
    static func canonicalRow(_ row: FigureFile.Row, gazetteer: Gazetteer) -> (FigureFile.Row, [String]) {
        let o = row.observation
        var fields = row.fields
        var notes: [String] = []
        func set(_ index: Int, _ value: String, _ what: String) {
            guard fields[index] != value else { return }
            notes.append("\(what) \"\(fields[index])\" → \"\(value)\"")
            fields[index] = value
        }
        for (index, name) in [(0, "source"), (1, "published"), (9, "quote")] {
            set(index, fields[index].trimmingWhitespace(), name)
        }
        let type = o.unit.type.isProvincial ? (gazetteer.province(named: o.unit.name)?.kind ?? o.unit.type) : o.unit.type
        set(2, type.rawValue, "unit_type")
        set(3, o.unit.name, "unit")
        set(6, o.metric, "metric")
        set(7, o.exactValue.description, "value")
        set(8, o.qualifier.rawValue, "qualifier")
        return (FigureFile.Row(fields: fields, observation: o, columns: row.columns), notes)
    }

    /// Datasets order: `unit_type, unit, period_start, metric, source`, then `period_end`, the value (as a
    /// number), qualifier, quote, published; text compared by code point.
    static func precedes(_ a: FigureFile.Row, _ b: FigureFile.Row) -> Bool {
        for index in [2, 3, 4, 6, 0, 5] where a.fields[index] != b.fields[index] {
            return a.fields[index].unicodeScalars.lexicographicallyPrecedes(b.fields[index].unicodeScalars) { $0.value < $1.value }
        }
        let x = a.observation.exactValue, y = b.observation.exactValue
        let s = max(x.scale, y.scale)
        if s <= 18 {
            let (fx, ox) = x.units.multipliedReportingOverflow(by: DecimalValue.integerPowers[s - x.scale])
            let (fy, oy) = y.units.multipliedReportingOverflow(by: DecimalValue.integerPowers[s - y.scale])
            if !ox && !oy && fx != fy { return fx < fy }
        }
        for index in [8, 9, 1] where a.fields[index] != b.fields[index] {
            return a.fields[index].unicodeScalars.lexicographicallyPrecedes(b.fields[index].unicodeScalars) { $0.value < $1.value }
        }
        return false
    }

    /// The merged file as Datasets CSV.
    public var csv: String { FigureFile.csv(rows) }
}
