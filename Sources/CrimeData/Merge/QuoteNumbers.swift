/// The numbers a quote states, as Vietnamese reports write them, with the words around each.
///
/// Digits: "2.156" = 2156, "88,7%" = 88.7 (``VietnameseNumber/parse(_:)``), "1.795vụ", "70/72" (two
/// numbers), "93.75%" (an English decimal point). Small numbers spelled out: "năm" 5, "sáu" 6, "mười hai"
/// 12, "hai mươi lăm" 25 ("gồm Công an năm tỉnh", "giảm bốn vụ"). Each number keeps whether "%" (or "phần
/// trăm") follows it, the words before it and the two words after it, which the merge
/// checks read (qualifier, direction of a change, the unit counted). Words are kept lower-cased NFC
/// ("trên", "giảm", "đối"), not folded: "hơn" and "hỗn", "gần" and "gán" differ.
///
/// Written by hand: a quote is a dozen words, and no package parses Vietnamese number words.
public struct QuoteNumbers: Sendable {
    /// One number of the quote.
    public struct Number: Sendable, Hashable {
        public let value: DecimalValue
        /// Whether "%" or "phần trăm" follows it.
        public let isPercent: Bool
        /// Whether it was written in words ("năm", "sáu").
        public let isSpelledOut: Bool
        /// Words before the number, nearest last ("đạt", "trên"), across earlier numbers.
        public let wordsBefore: [String]
        /// Whether another number comes right before this one ("70/72": 72).
        public let followsNumber: Bool
        /// Up to two words right after the number and its "%" ("vụ", "đối tượng", "trở lên").
        public let wordsAfter: [String]
        /// Position of the number among the quote's words and numbers (see ``words``).
        public let position: Int
    }

    public let numbers: [Number]
    /// The quote's words (lower-cased NFC) and numbers (as written), in order; "%" as a word.
    public let words: [String]
    /// Which of ``words`` are numbers written in digits.
    public let isNumeric: [Bool]

    /// Reads every number of `quote`.
    public init(_ quote: String) {
        let tokens = QuoteNumbers.tokens(quote)
        var found: [Number] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            var value: DecimalValue?
            var spelled = false
            var next = i + 1
            if token.isNumeric {
                value = VietnameseNumber.parse(token.text)
            } else if let (n, length) = QuoteNumbers.spelledNumber(tokens, at: i) {
                value = DecimalValue(units: Int64(n), scale: 0)
                spelled = true
                next = i + length
            }
            guard let value else { i += 1; continue }
            var isPercent = false
            var rest = next
            if rest < tokens.count, tokens[rest].text == "%" {
                isPercent = true
                rest += 1
            } else if rest + 1 < tokens.count, tokens[rest].lower == "phần", tokens[rest + 1].lower == "trăm" {
                isPercent = true
                rest += 2
            }
            let after = tokens[rest...].prefix { !$0.isNumeric && !$0.lower.isEmpty }.prefix(2).map(\.lower)
            let before = tokens[..<i].filter { !$0.isNumeric && !$0.lower.isEmpty }.map(\.lower)
            let followsNumber = i > 0 && tokens[i - 1].isNumeric
            found.append(Number(value: value, isPercent: isPercent, isSpelledOut: spelled, wordsBefore: before,
                                followsNumber: followsNumber, wordsAfter: after, position: i))
            i = next
        }
        numbers = found
        words = tokens.map { $0.isNumeric || $0.text == "%" ? $0.text : $0.lower }
        isNumeric = tokens.map(\.isNumeric)
    }

    /// Whether the quote has a number equal to `value` (either sign).
    public func contains(_ value: DecimalValue) -> Bool {
        numbers.contains { QuoteNumbers.equalMagnitude($0.value, value) }
    }

    /// The numbers equal to `value` in magnitude.
    public func matches(_ value: DecimalValue) -> [Number] {
        numbers.filter { QuoteNumbers.equalMagnitude($0.value, value) }
    }

    /// |a| = |b| exactly, whatever the decimals written ("90" and "90,0").
    static func equalMagnitude(_ a: DecimalValue, _ b: DecimalValue) -> Bool {
        let s = max(a.scale, b.scale)
        guard s <= 18 else { return false }
        let (x, ox) = a.units.magnitude.multipliedReportingOverflow(by: UInt64(DecimalValue.integerPowers[s - a.scale]))
        let (y, oy) = b.units.magnitude.multipliedReportingOverflow(by: UInt64(DecimalValue.integerPowers[s - b.scale]))
        return !ox && !oy && x == y
    }

    struct Token {
        let text: String
        let lower: String
        let isNumeric: Bool
    }

    /// Words, numbers ("2.156", "88,7") and "%" / "/" marks; other punctuation separates.
    static func tokens(_ quote: String) -> [Token] {
        var out: [Token] = []
        let chars = Array(quote)
        var i = 0
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        while i < chars.count {
            let c = chars[i]
            if isDigit(c) {
                var j = i + 1
                while j < chars.count {
                    if isDigit(chars[j]) { j += 1; continue }
                    if (chars[j] == "." || chars[j] == ","), j + 1 < chars.count, isDigit(chars[j + 1]) { j += 2; continue }
                    break
                }
                let text = String(chars[i..<j])
                out.append(Token(text: text, lower: text, isNumeric: true))
                i = j
            } else if c == "%" {
                out.append(Token(text: "%", lower: "", isNumeric: false))
                i += 1
            } else if c.isLetter {
                var j = i + 1
                while j < chars.count, chars[j].isLetter { j += 1 }
                let text = String(chars[i..<j])
                out.append(Token(text: text, lower: text.lowercased(), isNumeric: false))
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// Digit words (NFC, lower case): "một" 1 … "chín" 9; "tư", "lăm", "mốt" only after "mươi".
    static let digitWords: [String: Int] = [
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
    ]

    /// A number spelled out at `index`: its value and the number of words it takes.
    static func spelledNumber(_ tokens: [Token], at index: Int) -> (Int, Int)? {
        func word(_ k: Int) -> String? { k < tokens.count && !tokens[k].isNumeric ? tokens[k].lower : nil }
        func unit(_ k: Int, afterTens: Bool) -> Int? {
            guard let w = word(k) else { return nil }
            if afterTens {
                switch w {
                case "tư": return 4
                case "lăm", "nhăm": return 5
                case "mốt": return 1
                default: break
                }
            }
            return digitWords[w]
        }
        guard let first = word(index) else { return nil }
        if first == "mười" {
            if let u = unit(index + 1, afterTens: true), u != 1 || word(index + 1) == "một" { return (10 + u, 2) }
            return (10, 1)
        }
        guard let d = digitWords[first] else { return nil }
        if word(index + 1) == "mươi" {
            if let u = unit(index + 2, afterTens: true) { return (10 * d + u, 3) }
            return (10 * d, 2)
        }
        if word(index + 1) == "trăm" { return (100 * d, 2) }
        return (d, 1)
    }
}
