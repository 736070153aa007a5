/// Numbers as Vietnamese reports write them.
///
/// "." groups thousands and "," is the decimal mark: "2.156" = 2156, "1.234.567" = 1234567, "88,7" = 88.7,
/// "03" = 3, "54.400" = 54400. A lone "." followed by other than exactly three digits is read as a
/// decimal point ("3.5" = 3.5, English style, as some sites write). Money ("1,5 tỷ đồng") is recognised
/// by ``isMoneyUnit(_:)`` so it is not taken for a count.
public enum VietnameseNumber {
    /// Parses a number written the Vietnamese way (or plain English "88.7"); nil when it is not one.
    public static func parse(_ text: String) -> DecimalValue? {
        var s = text.trimmingWhitespace()
        var negative = false
        if s.hasPrefix("-") || s.hasPrefix("−") { negative = true; s.removeFirst() } else if s.hasPrefix("+") { s.removeFirst() }
        if s.hasSuffix("%") { s.removeLast(); s = s.trimmingWhitespace() }
        guard let first = s.first, first.isASCII, first.isNumber else { return nil }
        let commaParts = s.split(separator: ",", omittingEmptySubsequences: false)
        guard commaParts.count <= 2 else { return nil }
        let integerPart = commaParts[0]
        var fraction = commaParts.count == 2 ? String(commaParts[1]) : ""
        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false)
        var digits = ""
        if groups.count == 1 {
            digits = String(groups[0])
        } else if commaParts.count == 1 && groups.count == 2 && groups[1].count != 3 {
            // "3.5": an English decimal point.
            digits = String(groups[0])
            fraction = String(groups[1])
        } else {
            guard let lead = groups.first, (1...3).contains(lead.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            digits = groups.joined()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.allSatisfy({ $0.isASCII && $0.isNumber }), fraction.count <= 9,
              !(commaParts.count == 2 && fraction.isEmpty) else { return nil }
        let plain = (negative ? "-" : "") + digits + (fraction.isEmpty ? "" : "." + fraction)
        return DecimalValue(Substring(plain))
    }

    /// Words after a number that make it money, not a count ("tỷ đồng", "triệu đồng", "đồng", "USD").
    public static func isMoneyUnit(_ following: String) -> Bool {
        let key = VietnameseText.foldedKey(following)
        return ["ty dong", "trieu dong", "nghin dong", "ngan dong", "dong", "usd", "ty", "trieu"]
            .contains { key.hasPrefix($0) }
    }

    /// Formats a number for display: English "2,156" / "88.7", Vietnamese "2.156" / "88,7".
    public static func format(_ value: Double, decimals: Int, vietnamese: Bool, grouping: Bool = true) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let scale = DecimalValue.integerPowers[max(0, min(decimals, 9))]
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9e17 else { return "\(value)" }
        let units = Int64(scaled)
        let whole = units / scale
        let frac = units % scale
        var digits = String(whole)
        if grouping && digits.count > 3 {
            var grouped = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped += vietnamese ? "." : "," }
                grouped.append(c)
            }
            digits = grouped
        }
        var out = (value < 0 && units != 0 ? "-" : "") + digits
        if decimals > 0 {
            let f = String(frac)
            out += (vietnamese ? "," : ".") + String(repeating: "0", count: decimals - f.count) + f
        }
        return out
    }

    /// Formats an exact decimal as written, the English or Vietnamese way ("88.7" / "88,7", "2,156" / "2.156").
    public static func format(_ value: DecimalValue, vietnamese: Bool, grouping: Bool = true) -> String {
        format(value.doubleValue, decimals: value.scale, vietnamese: vietnamese, grouping: grouping)
    }
}
