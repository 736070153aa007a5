/// Splits a report into words, numbers and punctuation in one pass over its Unicode scalars.
///
/// Rules: a number is ASCII digits with inner "." or "," each followed by a digit ("2.156", "88,7",
/// "1.234.567"); a letter right after a number starts a new word ("1.795vụ" → "1.795", "vụ"); digits right
/// after letters stay in the word ("X03"). Words are folded (``LetterFolding``); NFD tone marks are
/// absorbed into their word. Every other non-space character is its own token; "–", "—", "−" become "-".
enum ReportTokenizer {
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 4)
        var scalarOffset = 0
        var byteOffset = 0
        var spaceBefore = false
        var lineBreakBefore = true

        enum State { case none, word, number }
        var state = State.none
        var buffer: [UInt8] = []
        var tokenStart = 0, tokenByteStart = 0
        var capitalised = false
        // A "." or "," inside a number waits for the next scalar to decide.
        var pendingSeparator: UInt8? = nil
        var pendingScalarOffset = 0, pendingByteOffset = 0

        func flush(endScalar: Int, endByte: Int) {
            guard state != .none else { return }
            tokens.append(Token(kind: state == .word ? .word : .number, text: String(decoding: buffer, as: UTF8.self),
                                start: tokenStart, end: endScalar, byteStart: tokenByteStart, byteEnd: endByte,
                                spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore, capitalised: capitalised))
            spaceBefore = false
            lineBreakBefore = false
            state = .none
            buffer.removeAll(keepingCapacity: true)
        }

        func punct(_ text: String, start: Int, byteStart: Int, end: Int, byteEnd: Int) {
            tokens.append(Token(kind: .punct, text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd,
                                spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore, capitalised: false))
            spaceBefore = false
            lineBreakBefore = false
        }

        for scalar in text.unicodeScalars {
            let v = scalar.value
            let width = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            defer { scalarOffset += 1; byteOffset += width }

            if let separator = pendingSeparator {
                pendingSeparator = nil
                if (0x30...0x39).contains(v) {
                    buffer.append(separator)
                    buffer.append(UInt8(v))
                    continue
                }
                flush(endScalar: pendingScalarOffset, endByte: pendingByteOffset)
                punct(separator == 46 ? "." : ",", start: pendingScalarOffset, byteStart: pendingByteOffset,
                      end: pendingScalarOffset + 1, byteEnd: pendingByteOffset + 1)
            }

            if (0x30...0x39).contains(v) {
                switch state {
                case .number, .word: buffer.append(UInt8(v))
                case .none:
                    state = .number
                    tokenStart = scalarOffset
                    tokenByteStart = byteOffset
                    capitalised = false
                    buffer.append(UInt8(v))
                }
                continue
            }
            if state == .number && (v == 46 || v == 44) {
                pendingSeparator = UInt8(v)
                pendingScalarOffset = scalarOffset
                pendingByteOffset = byteOffset
                continue
            }
            if let folded = LetterFolding.fold(v) {
                if state == .number { flush(endScalar: scalarOffset, endByte: byteOffset) }
                if state == .none {
                    state = .word
                    tokenStart = scalarOffset
                    tokenByteStart = byteOffset
                    capitalised = folded.upper
                }
                buffer.append(folded.letter)
                continue
            }
            if state == .word && LetterFolding.isCombining(v) { continue }
            if v >= 0x80 && scalar.properties.isAlphabetic {
                // Letters outside the Latin table (rare in these reports): kept, lower-cased.
                if state == .number { flush(endScalar: scalarOffset, endByte: byteOffset) }
                if state == .none {
                    state = .word
                    tokenStart = scalarOffset
                    tokenByteStart = byteOffset
                    capitalised = scalar.properties.isUppercase
                }
                buffer.append(contentsOf: String(scalar.properties.lowercaseMapping).utf8)
                continue
            }
            flush(endScalar: scalarOffset, endByte: byteOffset)
            if v == 10 || v == 13 || v == 0x2028 || v == 0x2029 {
                lineBreakBefore = true
                spaceBefore = true
                continue
            }
            if v == 32 || v == 9 || (v >= 0x80 && (scalar.properties.isWhitespace || v == 0xFEFF || v == 0x200B)) {
                spaceBefore = true
                continue
            }
            if LetterFolding.isCombining(v) { continue }
            let text: String
            switch v {
            case 0x2013, 0x2014, 0x2212, 0x2010, 0x2011: text = "-"
            case 0x201C, 0x201D, 0x201E: text = "\""
            case 0x2018, 0x2019: text = "'"
            case 0x2026: text = "…"
            default: text = String(Character(scalar))
            }
            punct(text, start: scalarOffset, byteStart: byteOffset, end: scalarOffset + 1, byteEnd: byteOffset + width)
        }
        if let separator = pendingSeparator {
            flush(endScalar: pendingScalarOffset, endByte: pendingByteOffset)
            punct(separator == 46 ? "." : ",", start: pendingScalarOffset, byteStart: pendingByteOffset,
                  end: pendingScalarOffset + 1, byteEnd: pendingByteOffset + 1)
        } else {
            flush(endScalar: scalarOffset, endByte: byteOffset)
        }
        return tokens
    }
}
