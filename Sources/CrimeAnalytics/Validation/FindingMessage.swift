import CrimeData

/// A finding's explanation in plain words, with its numbers kept as numbers so it can be written the
/// English way ("2,156", "88.7 %") or the Vietnamese way ("2.156", "88,7 %") without recomputing.
///
/// Built with string interpolation: `"\(count: 1681) of \(count: 2156) is \(percent: 77.97, decimals: 2) %"`.
public struct FindingMessage: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// A piece of the message.
    public enum Piece: Sendable, Hashable {
        case text(String)
        /// A whole number, grouped by thousands.
        case count(Int64)
        /// A decimal as written.
        case decimal(DecimalValue)
        /// A computed number with a fixed number of decimals.
        case number(Double, decimals: Int)
        /// A signed decimal: "+18", "−5.3".
        case signedDecimal(DecimalValue)
        /// A signed computed number: "+18.61".
        case signedNumber(Double, decimals: Int)
    }

    public var pieces: [Piece]

    public init(pieces: [Piece]) { self.pieces = pieces }

    public init(stringLiteral value: String) { pieces = [.text(value)] }

    public init(stringInterpolation: Interpolation) { pieces = stringInterpolation.pieces }

    /// The interpolation that collects pieces.
    public struct Interpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) { if !literal.isEmpty { pieces.append(.text(literal)) } }
        public mutating func appendInterpolation(_ text: String) { pieces.append(.text(text)) }
        public mutating func appendInterpolation(count: Int64) { pieces.append(.count(count)) }
        public mutating func appendInterpolation(decimal: DecimalValue) { pieces.append(.decimal(decimal)) }
        public mutating func appendInterpolation(signed: DecimalValue) { pieces.append(.signedDecimal(signed)) }
        public mutating func appendInterpolation(percent: Double, decimals: Int) { pieces.append(.number(percent, decimals: decimals)) }
        public mutating func appendInterpolation(signedPercent: Double, decimals: Int) {
            pieces.append(.signedNumber(signedPercent, decimals: decimals))
        }
        public mutating func appendInterpolation(_ message: FindingMessage) { pieces += message.pieces }
    }

    /// Appends another message.
    public static func + (a: FindingMessage, b: FindingMessage) -> FindingMessage { FindingMessage(pieces: a.pieces + b.pieces) }

    public static func += (a: inout FindingMessage, b: FindingMessage) { a.pieces += b.pieces }

    /// The message with numbers written the English way ("2,156", "88.7").
    public var description: String { rendered(vietnamese: false) }

    /// The message with numbers written the English or the Vietnamese way.
    public func rendered(vietnamese: Bool) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let s): out += s
            case .count(let k): out += FindingMessage.grouped(k, vietnamese: vietnamese)
            case .decimal(let d): out += FindingMessage.decimal(d, vietnamese: vietnamese)
            case .signedDecimal(let d): out += (d.units > 0 ? "+" : "") + FindingMessage.decimal(d, vietnamese: vietnamese)
            case .number(let x, let decimals):
                out += VietnameseNumber.format(x, decimals: decimals, vietnamese: vietnamese)
            case .signedNumber(let x, let decimals):
                let text = VietnameseNumber.format(x, decimals: decimals, vietnamese: vietnamese)
                out += (x > 0 && text.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "+" : "") + text
            }
        }
        return out
    }

    /// A whole number grouped by thousands: "2,156" / "2.156"; exact for every Int64.
    static func grouped(_ k: Int64, vietnamese: Bool) -> String {
        let digits = String(k.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += vietnamese ? "." : "," }
            out.append(c)
        }
        return (k < 0 ? "-" : "") + out
    }

    /// A decimal as written: "88.7" / "88,7", with grouped whole part; exact.
    static func decimal(_ d: DecimalValue, vietnamese: Bool) -> String {
        guard d.scale > 0 else { return grouped(d.units, vietnamese: vietnamese) }
        let p = UInt64(DecimalValue.integerPowers[min(d.scale, 18)])
        let magnitude = d.units.magnitude
        let whole = grouped(Int64(magnitude / p), vietnamese: vietnamese)
        var frac = String(magnitude % p)
        frac = String(repeating: "0", count: max(0, d.scale - frac.count)) + frac
        return (d.units < 0 ? "-" : "") + whole + (vietnamese ? "," : ".") + frac
    }
}
