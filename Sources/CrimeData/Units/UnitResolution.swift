/// The outcome of resolving a name: the unit, and how the name matched.
public struct UnitResolution: Sendable, Hashable {
    /// How a name matched a unit.
    public enum Rule: String, Sendable, Hashable {
        /// The canonical name, as written (NFC or NFD alike).
        case canonical
        /// A recorded alias, as written.
        case alias
        /// A name or alias after dropping diacritics, case, punctuation and prefixes such as
        /// "Công an tỉnh", "CATP", "TP", "tỉnh".
        case folded
        /// A cluster name: "Cụm thi đua số II", "cụm 2".
        case cluster
        /// The national unit: "Toàn quốc", "cả nước".
        case national
        /// A district or region kept by its free name.
        case freeName = "free_name"
    }

    /// The input as given.
    public let input: String
    public let unit: UnitRef
    public let rule: Rule
    /// The gazetteer form that matched (a name or alias), when there is one.
    public let matched: String?

    public init(input: String, unit: UnitRef, rule: Rule, matched: String?) {
        self.input = input
        self.unit = unit
        self.rule = rule
        self.matched = matched
    }
}

/// A name that does not resolve to exactly one unit.
public struct UnitResolutionError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable { case unknown, ambiguous }
    public let kind: Kind
    public let input: String
    /// The closest canonical names (unknown) or every matching name (ambiguous).
    public let candidates: [String]

    public var description: String {
        let list = candidates.map { "\"\($0)\"" }.joined(separator: ", ")
        switch kind {
        case .unknown:
            return candidates.isEmpty ? "unknown unit \"\(input)\""
                : "unknown unit \"\(input)\" (closest: \(list))"
        case .ambiguous:
            return "ambiguous unit \"\(input)\": could be \(list)"
        }
    }
}
