/// Reads tidy CSV in the Datasets schema into observations, strictly.
///
/// Schema: `source,published,unit_type,unit,period_start,period_end,metric,value,qualifier,quote`
/// (column order free; every column required; `source_url`, the shared data's name, is read as
/// `source`). Rejected with file:line:column: unknown unit, unit type, metric or qualifier; a bad
/// period; a non-numeric value; a negative count of a metric that is not a signed change; a malformed
/// row. Accepted: BOM, CRLF, NFD text (stored as NFC). Rates above 100 % and conflicting values from
/// two sources are kept (validation reports them).
public struct ObservationReader {
    public static let columns = ["source", "published", "unit_type", "unit", "period_start", "period_end",
                                 "metric", "value", "qualifier", "quote"]

    public let gazetteer: Gazetteer
    private var unitCache: [UnitCacheKey: UnitRef] = [:]
    private var metricCache: [String: Metric] = [:]

    private struct UnitCacheKey: Hashable { let type: UnitType; let name: String; let kindYear: Bool }

    /// Whether observations carry their source, quote and file location. Analyses that only need
    /// values (trends over a large file) turn it off: those fields are still checked (valid UTF-8) but
    /// not kept, which saves building three strings per row.
    public var keepsProvenance: Bool

    public init(gazetteer: Gazetteer, keepsProvenance: Bool = true) {
        self.gazetteer = gazetteer
        self.keepsProvenance = keepsProvenance
    }

    /// Reads a file ("-" for standard input) and calls `body` with each observation in file order: JSON
    /// (``read(jsonPath:displayName:_:)``) when the name ends in `.json`, CSV otherwise.
    public mutating func read(path: String, displayName: String? = nil,
                              _ body: (Observation) throws -> Void) throws {
        if path.lowercased().hasSuffix(".json") {
            try read(jsonPath: path, displayName: displayName, body)
            return
        }
        try read(.file(path), fileName: displayName ?? (path == "-" ? "<stdin>" : path), body)
    }

    /// Reads CSV text held in memory.
    public mutating func read(text: String, fileName: String, _ body: (Observation) throws -> Void) throws {
        try read(.text(text), fileName: fileName, body)
    }

    private enum Input { case file(String), text(String) }

    /// The header, then one observation per record.
    private mutating func read(_ input: Input, fileName: String, _ body: (Observation) throws -> Void) throws {
        var mapping: [Int]? = nil
        var recent = RecentStrings()
        let handle: (borrowing CSVRecord) throws -> Void = { record in
            guard let map = mapping else {
                mapping = try ObservationReader.headerMapping(record, fileName: fileName)
                return
            }
            try body(self.parse(record, map: map, fileName: fileName, recent: &recent))
        }
        switch input {
        case .file(let path): try InputFile.forEachRecord(path: path, displayName: fileName, handle)
        case .text(let text): try InputFile.forEachRecord(text: text, fileName: fileName, handle)
        }
        if mapping == nil {
            throw DataError("\(fileName) is empty: expected a header row (\(ObservationReader.columns.joined(separator: ",")))",
                            at: SourceLocation(file: fileName, line: 1, column: 1))
        }
    }

    static func headerMapping(_ record: borrowing CSVRecord, fileName: String) throws -> [Int] {
        var names: [String] = []
        for i in 0..<record.count {
            names.append(VietnameseText.canonical(record.string(i) ?? "").trimmingWhitespace())
        }
        var map: [Int] = []
        for column in columns {
            // `source_url` is the shared data's name for `source` (../shared/data/README.md).
            guard let index = names.firstIndex(of: column) ?? (column == "source" ? names.firstIndex(of: "source_url") : nil) else {
                throw DataError("missing column \"\(column)\" in the header; expected \(columns.joined(separator: ","))",
                                at: SourceLocation(file: fileName, line: record.line, column: 1))
            }
            map.append(index)
        }
        return map
    }

    /// Strings of the previous rows, reused when a column repeats (tidy data repeats units and sources,
    /// and cycles through a few metrics): up to `depth` distinct recent values per column, compared as bytes.
    struct RecentStrings {
        static let depth = 4
        var previous: [[UInt8]] = Array(repeating: [], count: 10 * depth)
        var strings: [String] = Array(repeating: "", count: 10 * depth)
        var valid: [Bool] = Array(repeating: false, count: 10 * depth)
        var next: [Int] = Array(repeating: 0, count: 10)
        // Last resolutions, reused while the row repeats them (compared by `==`, which is immediate for
        // the same cached string).
        var lastType: (text: String, type: UnitType)?
        var lastUnit: (type: UnitType, name: String, kindYear: Bool, unit: UnitRef)?
        var metrics: [(text: String, metric: Metric)] = []
        var lastQualifier: (text: String, qualifier: Qualifier)?
    }

    mutating func parse(_ record: borrowing CSVRecord, map: [Int], fileName: String,
                                recent: inout RecentStrings) throws -> Observation {
        let line = record.line
        func location(_ column: Int) -> SourceLocation {
            SourceLocation(file: fileName, line: line, column: map[column] < record.count ? record.column(map[column]) : 1)
        }
        guard record.count >= ObservationReader.columns.count, map.allSatisfy({ $0 < record.count }) else {
            throw DataError("expected \(ObservationReader.columns.count) fields, found \(record.count)",
                            at: SourceLocation(file: fileName, line: line, column: record.column(max(0, record.count - 1))))
        }
        func text(_ column: Int) throws -> String {
            let bytes = record.field(map[column])
            return try bytes.withUnsafeBufferPointer { (field) throws -> String in
                let base = column * RecentStrings.depth
                for k in base..<(base + RecentStrings.depth) where recent.valid[k] {
                    if recent.previous[k].withUnsafeBufferPointer({ CanonicalText.equal($0, field) }) {
                        return recent.strings[k]
                    }
                }
                guard let value = CanonicalText.string(field) else { throw DataError("not valid UTF-8", at: location(column)) }
                let k = base + recent.next[column]
                recent.next[column] = (recent.next[column] + 1) % RecentStrings.depth
                recent.previous[k] = Array(field)
                recent.strings[k] = value
                recent.valid[k] = true
                return value
            }
        }
        // period
        guard let start = YearMonth(bytes: record.field(map[4])) else {
            throw DataError("bad period_start \"\(try text(4))\": expected YYYY-MM", at: location(4))
        }
        guard let end = YearMonth(bytes: record.field(map[5])) else {
            throw DataError("bad period_end \"\(try text(5))\": expected YYYY-MM", at: location(5))
        }
        guard let period = Period(start: start, end: end) else {
            throw DataError("period_end \(end) is before period_start \(start)", at: location(5))
        }
        // unit
        let typeText = try text(2)
        let type: UnitType
        if let last = recent.lastType, last.text == typeText {
            type = last.type
        } else {
            guard let parsed = UnitType(rawValue: typeText) else {
                throw DataError("unknown unit_type \"\(typeText)\"; expected one of \(UnitType.allCases.map(\.rawValue).joined(separator: ", "))",
                                at: location(2))
            }
            type = parsed
            recent.lastType = (typeText, parsed)
        }
        let unitText = try text(3)
        let kindYear = period.year >= 2025
        let unit: UnitRef
        if let last = recent.lastUnit, last.type == type, last.kindYear == kindYear, last.name == unitText {
            unit = last.unit
        } else if let cached = unitCache[UnitCacheKey(type: type, name: unitText, kindYear: kindYear)] {
            unit = cached
            recent.lastUnit = (type, unitText, kindYear, cached)
        } else {
            do {
                unit = try gazetteer.resolve(unitText, as: type, year: period.year).unit
            } catch {
                throw DataError(error.description + " for unit_type \(typeText)", at: location(3))
            }
            unitCache[UnitCacheKey(type: type, name: unitText, kindYear: kindYear)] = unit
            recent.lastUnit = (type, unitText, kindYear, unit)
        }
        // metric
        let metricText = try text(6)
        let metric: Metric
        if let known = recent.metrics.first(where: { $0.text == metricText }) {
            metric = known.metric
        } else if let cached = metricCache[metricText] {
            metric = cached
            if recent.metrics.count < 16 { recent.metrics.append((metricText, cached)) }
        } else {
            guard let found = MetricCatalog.metric(metricText) else {
                let hint = MetricCatalog.closest(to: metricText).map { " (did you mean \($0)?)" } ?? ""
                throw DataError("unknown metric \"\(metricText)\"\(hint)", at: location(6))
            }
            metricCache[metricText] = found
            if recent.metrics.count < 16 { recent.metrics.append((metricText, found)) }
            metric = found
        }
        // value
        guard let value = DecimalValue(bytes: record.field(map[7]).trimmingSpaces()) else {
            throw DataError("value \"\(try text(7))\" is not a number (write plain decimals with \".\", e.g. 88.7 or 2156)",
                            at: location(7))
        }
        if value.units < 0 && !metric.isSignedChange {
            throw DataError("negative value \(value) for \(metric.id), which is not a signed change", at: location(7))
        }
        let qualifierText = try text(8)
        let qualifier: Qualifier
        if qualifierText.isEmpty {
            qualifier = .exact
        } else if let last = recent.lastQualifier, last.text == qualifierText {
            qualifier = last.qualifier
        } else if let q = Qualifier(rawValue: qualifierText) {
            qualifier = q
            recent.lastQualifier = (qualifierText, q)
        } else {
            throw DataError("unknown qualifier \"\(qualifierText)\"; expected one of \(Qualifier.allCases.map(\.rawValue).joined(separator: ", "))",
                            at: location(8))
        }
        let published = try text(1)
        if !published.isEmpty && !ObservationReader.isPublishedDate(published) {
            throw DataError("bad published date \"\(published)\": expected YYYY-MM-DD or YYYY-MM", at: location(1))
        }
        guard keepsProvenance else {
            for column in [0, 9] where !record.field(map[column]).allSatisfy({ $0 < 0x80 }) {
                guard record.string(map[column]) != nil else { throw DataError("not valid UTF-8", at: location(column)) }
            }
            return Observation(unit: unit, period: period, metric: metric.id, exactValue: value, qualifier: qualifier,
                               source: "", published: published)
        }
        return Observation(unit: unit, period: period, metric: metric.id, exactValue: value, qualifier: qualifier,
                           source: try text(0), published: published, quote: try text(9),
                           location: SourceLocation(file: fileName, line: line, column: 1))
    }

    static func isPublishedDate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 7 || b.count == 10, YearMonth(bytes: b[0..<7]) != nil else { return false }
        if b.count == 7 { return true }
        guard b[7] == UInt8(ascii: "-"), (48...57).contains(b[8]), (48...57).contains(b[9]) else { return false }
        let day = Int(b[8] - 48) * 10 + Int(b[9] - 48)
        return (1...31).contains(day)
    }
}

extension ArraySlice where Element == UInt8 {
    func trimmingSpaces() -> ArraySlice<UInt8> {
        var s = self
        while let f = s.first, f == 32 || f == 9 { s = s.dropFirst() }
        while let l = s.last, l == 32 || l == 9 { s = s.dropLast() }
        return s
    }
}

extension MetricCatalog {
    /// The closest known metric id by edit distance, when reasonably close.
    static func closest(to id: String) -> String? {
        let scored = baseIDs.map { ($0, Gazetteer.editDistance(id, $0)) }.min { $0.1 < $1.1 }
        guard let (name, distance) = scored, distance <= max(3, id.count / 4) else { return nil }
        return name
    }
}
