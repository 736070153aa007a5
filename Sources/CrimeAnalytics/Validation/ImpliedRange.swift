/// The whole numbers a check allows: a base or a count that, with the other stated figures, gives
/// the stated percentage. Contiguous, because 100·k/n is monotone in k and in n.
public struct ImpliedRange: Sendable, Hashable, CustomStringConvertible {
    /// The smallest value; meaningless when ``isEmpty``.
    public let lowest: Int64
    /// The largest value; nil when there is no upper limit (any larger value fits too).
    public let highest: Int64?
    /// No whole number fits.
    public let isEmpty: Bool

    /// The values `lowest … highest` (nil `highest`: unbounded); empty when `highest < lowest`.
    public init(lowest: Int64, highest: Int64?) {
        self.lowest = lowest
        self.highest = highest
        self.isEmpty = highest.map { $0 < lowest } ?? false
    }

    /// No value fits.
    public static let empty = ImpliedRange(lowest: 1, highest: 0)

    /// How many values fit; nil when unbounded.
    public var count: Int64? {
        guard !isEmpty else { return 0 }
        guard let highest else { return nil }
        let (span, overflow) = highest.subtractingReportingOverflow(lowest)
        return overflow || span == .max ? .max : span + 1
    }

    /// Whether `value` fits.
    public func contains(_ value: Int64) -> Bool {
        !isEmpty && value >= lowest && (highest.map { value <= $0 } ?? true)
    }

    /// The first values, at most `limit` of them (JSON lists are capped; the range is given beside).
    public func values(limit: Int = 50) -> [Int64] {
        guard !isEmpty, limit > 0 else { return [] }
        var out: [Int64] = []
        var v = lowest
        while out.count < limit {
            if let highest, v > highest { break }
            out.append(v)
            if v == .max { break }
            v += 1
        }
        return out
    }

    /// "1895...1896", "1895...", "empty".
    public var description: String {
        isEmpty ? "empty" : "\(lowest)...\(highest.map(String.init) ?? "")"
    }
}
