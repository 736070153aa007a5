/// Number formatting without Foundation, for default axis and value labels.
///
/// Callers with locale needs (Vietnamese "88,7") pass their own formatter to each chart.
public enum NumberText {
    /// `value` with exactly `fractionDigits` decimals (0...9), "." as separator, half away from zero.
    /// Non-finite values print "NaN", "inf", "-inf"; magnitudes ≥ 1e15 use Swift's description.
    public static func fixed(_ value: Double, fractionDigits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        let digits = min(max(fractionDigits, 0), 9)
        let scale = ChartMath.power10(digits)
        let scaled = ChartMath.round(value.magnitude * scale)
        guard scaled < 9e15 else { return value.description }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var text = (value < 0 && units != 0 ? "-" : "") + String(whole)
        if digits > 0 {
            let fraction = String(units % Int64(scale))
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return text
    }

    /// A short default: integers without decimals; otherwise 0 decimals from 1000, 1 from 1,
    /// 3 below 1, trailing zeros removed ("88.7", "0.125", "1235").
    public static func automatic(_ value: Double) -> String {
        guard value.isFinite else { return fixed(value, fractionDigits: 0) }
        if value == ChartMath.floor(value) { return fixed(value, fractionDigits: 0) }
        let magnitude = value.magnitude
        let digits = magnitude >= 1000 ? 0 : magnitude >= 1 ? 1 : 3
        return trimmingZeros(fixed(value, fractionDigits: digits))
    }

    /// `text` without trailing fractional zeros (and without a dangling ".").
    static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.last == "0" { result = result.dropLast() }
        if result.last == "." { result = result.dropLast() }
        return result == "-0" ? "0" : String(result)
    }
}
