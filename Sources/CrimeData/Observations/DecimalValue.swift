/// A decimal number exactly as written: an integer scaled by 10^scale ("88.7" = 887 × 10⁻¹).
///
/// Rounding checks reason on these integers, so no floating-point edge case flips a verdict.
public struct DecimalValue: Hashable, Sendable, CustomStringConvertible {
    /// The digits as an integer: 887 for "88.7", −196 for "-19.6".
    public let units: Int64
    /// Number of decimals written: 1 for "88.7", 0 for "2156".
    public let scale: Int

    public init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// Parses a plain decimal with "." as the decimal mark ("88.7", "-5", "2156", "+3.25").
    /// Up to 17 significant digits and 9 decimals.
    public init?(_ text: Substring) {
        self.init(bytes: Array(text.utf8)[...])
    }

    /// Parses a plain decimal from raw bytes.
    public init?(bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        var negative = false
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var units: Int64 = 0
        var digits = 0
        var scale = 0
        var seenPoint = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if (48...57).contains(byte) {
                if digits > 0 || byte != 48 { digits += 1 }
                guard digits <= 17 else { return nil }
                units = units * 10 + Int64(byte - 48)
                if seenPoint { scale += 1 }
            } else {
                return nil
            }
            index += 1
        }
        // At least one digit; no trailing lone point.
        let digitCount = bytes.count - (negative || bytes.first == UInt8(ascii: "+") ? 1 : 0) - (seenPoint ? 1 : 0)
        guard digitCount > 0, scale <= 9, !(seenPoint && scale == 0) else { return nil }
        self.units = negative ? -units : units
        self.scale = scale
    }

    /// The value as a Double (for statistics, not for rounding verdicts).
    public var doubleValue: Double { Double(units) / DecimalValue.powersOfTen[scale] }

    /// Whether the value is a whole number.
    public var isInteger: Bool { units % DecimalValue.integerPowers[scale] == 0 }

    /// The integer value when it is whole.
    public var integerValue: Int64? { isInteger ? units / DecimalValue.integerPowers[scale] : nil }

    static let powersOfTen: [Double] = (0...18).map { e in (0..<e).reduce(1.0) { r, _ in r * 10 } }
    /// 10^0 … 10^18.
    public static let integerPowers: [Int64] = (0...18).map { e in (0..<e).reduce(Int64(1)) { r, _ in r * 10 } }

    /// "88.7", "-19.6", "2156": the plain form with "." decimals.
    public var description: String {
        let magnitude = units.magnitude
        let sign = units < 0 ? "-" : ""
        guard scale > 0 else { return sign + String(magnitude) }
        let p = UInt64(DecimalValue.integerPowers[scale])
        let whole = magnitude / p
        var frac = String(magnitude % p)
        frac = String(repeating: "0", count: scale - frac.count) + frac
        return sign + String(whole) + "." + frac
    }
}
