/// A calendar month as the police statistics name it ("2019-06").
///
/// Police months run from the 15th of the previous month to the 14th: "từ 15/5 đến 14/8/2019" covers
/// the police months 2019-06 … 2019-08, and "tháng 5/2023" is 2023-05 (see DESIGN.md, Data model).
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Months since year 0: `year * 12 + (month - 1)`.
    public let ordinal: Int32

    public var year: Int { Int(ordinal / 12) }
    /// 1 … 12.
    public var month: Int { Int(ordinal % 12) + 1 }

    /// A month; nil unless 1 ≤ month ≤ 12 and 1 ≤ year ≤ 9999.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        ordinal = Int32(year * 12 + month - 1)
    }

    init(ordinal: Int32) { self.ordinal = ordinal }

    /// July 2025: from the 1st, 34 provincial units replace the 63 (NQ 202/2025/QH15).
    public static let reorganisation2025 = YearMonth(ordinal: 2025 * 12 + 6)

    /// Parses "YYYY-MM".
    public init?(_ text: Substring) {
        let bytes = Array(text.utf8)
        guard let parsed = YearMonth(bytes: bytes[...]) else { return nil }
        self = parsed
    }

    /// Parses "YYYY-MM" from raw bytes.
    public init?(bytes: ArraySlice<UInt8>) {
        guard bytes.count == 7 else { return nil }
        var year = 0
        var month = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == 4 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (48...57).contains(byte) else { return nil }
            if offset < 4 { year = year * 10 + Int(byte - 48) } else { month = month * 10 + Int(byte - 48) }
        }
        guard let value = YearMonth(year: year, month: month) else { return nil }
        self = value
    }

    /// The month `n` months later (negative: earlier).
    public func adding(months n: Int) -> YearMonth { YearMonth(ordinal: ordinal + Int32(n)) }

    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.ordinal < b.ordinal }
}
