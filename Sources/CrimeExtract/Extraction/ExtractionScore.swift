import CrimeData

/// Precision and recall of extraction against expected figures, overall and per metric.
///
/// A figure is a hit when an expected one has the same key (for documents: unit, period, metric, value and
/// qualifier; for phrases: metric, value and qualifier); each expected figure matches at most once.
public struct ExtractionScore: Sendable {
    public struct Tally: Sendable {
        public var hits = 0
        public var extracted = 0
        public var expected = 0

        public var precision: Double { extracted == 0 ? (expected == 0 ? 1 : 0) : Double(hits) / Double(extracted) }
        public var recall: Double { expected == 0 ? 1 : Double(hits) / Double(expected) }
    }

    /// A figure for matching: the key, and its metric for the per-metric tallies.
    public struct Item: Sendable {
        public var key: String
        public var metric: String
        public var text: String

        public init(key: String, metric: String, text: String) {
            self.key = key
            self.metric = metric
            self.text = text
        }
    }

    public private(set) var overall = Tally()
    public private(set) var byMetric: [String: Tally] = [:]
    /// Expected figures not found, and extracted figures not expected, for inspection.
    public private(set) var misses: [Item] = []
    public private(set) var falsePositives: [Item] = []

    public init() {}

    /// Scores one document (or one phrase group): `extracted` against `expected`.
    public mutating func add(extracted: [Item], expected: [Item]) {
        var remaining: [String: Int] = [:]
        for e in expected { remaining[e.key, default: 0] += 1 }
        var hitKeys: [String: Int] = [:]
        for x in extracted {
            byMetric[x.metric, default: Tally()].extracted += 1
            overall.extracted += 1
            if let n = remaining[x.key], n > 0 {
                remaining[x.key] = n - 1
                hitKeys[x.key, default: 0] += 1
                byMetric[x.metric, default: Tally()].hits += 1
                overall.hits += 1
            } else {
                falsePositives.append(x)
            }
        }
        for e in expected {
            byMetric[e.metric, default: Tally()].expected += 1
            overall.expected += 1
            if let n = hitKeys[e.key], n > 0 { hitKeys[e.key] = n - 1 } else { misses.append(e) }
        }
    }

    /// The key of a value: "88.7" and "88.70" are the same figure.
    public static func valueKey(_ v: DecimalValue) -> String {
        var units = v.units, scale = v.scale
        while scale > 0 && units % 10 == 0 { units /= 10; scale -= 1 }
        return DecimalValue(units: units, scale: scale).description
    }
}
