/// Splits a report into words, numbers and punctuation in one pass over its UTF-8 bytes.
///
/// Rules: a number is ASCII digits with inner "." or "," each followed by a digit ("2.156", "88,7",
/// "1.234.567"); a letter right after a number starts a new word ("1.795vụ" → "1.795", "vụ"); digits right
/// after letters stay in the word ("X03"). Words are folded (``LetterFolding``); NFD tone marks are
/// absorbed into their word. Every other non-space character is its own token; "–", "—", "−" become "-".
///
/// Each word and mark also gets its id in a ``WordVocabulary`` (``Token/id``), found from the folded bytes
/// as they are read.
///
/// Hand-written for speed over the raw UTF-8 (measured on the extraction benchmark, where tokenising was
/// 20% of `ReportExtractor.extract`): scalars are decoded inline instead of through `unicodeScalars`;
/// a short folded word is packed into integers (``WordVocabulary/PackedWord``) instead of a byte array
/// that was cleared and grown for every token; a known word takes its `String` from the vocabulary and
/// a number its `String` straight from the text, instead of validating a copied buffer; marks take
/// prebuilt one-character strings instead of building a `Character` each.
enum ReportTokenizer {
    /// Tokenises `text`; ``Token/id`` is each word's or mark's id in `vocabulary` (``WordVocabulary/absent``
    /// for numbers and for texts it does not hold).
    static func tokenize(_ text: String, vocabulary: WordVocabulary = WordVocabulary()) -> [Token] {
        text.withContiguousUTF8 { tokenize(utf8: $0, vocabulary: vocabulary) }
    }

    /// The text of every ASCII mark, by code point (built once: `String(Character(scalar))` per mark cost
    /// more than the rest of the mark's handling).
    private static let asciiMarks: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    private enum State { case none, word, number }

    private static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>, vocabulary: WordVocabulary) -> [Token] {
        var scanner = Scanner(bytes: bytes, vocabulary: vocabulary)
        scanner.run()
        return scanner.tokens
    }

    /// The tokenizer's state over one text. A struct with mutating methods rather than local functions
    /// capturing local variables: the captures cost a dynamic exclusivity check (`swift_beginAccess`) per
    /// access, 22% of tokenising when measured.
    private struct Scanner {
        typealias PackedWord = WordVocabulary.PackedWord

        let bytes: UnsafeBufferPointer<UInt8>
        let vocabulary: WordVocabulary
        var tokens: [Token] = []

        var scalarOffset = 0
        var byteOffset = 0
        var spaceBefore = false
        var lineBreakBefore = true

        var state = State.none
        var tokenStart = 0, tokenByteStart = 0
        var capitalised = false
        /// The folded word: packed while it is short ASCII, else spilled into `long`.
        var word = PackedWord()
        var spilled = false
        var long: [UInt8] = []
        /// A "." or "," inside a number waits for the next scalar to decide (0: none).
        var pendingSeparator: UInt8 = 0
        var pendingScalarOffset = 0, pendingByteOffset = 0

        init(bytes: UnsafeBufferPointer<UInt8>, vocabulary: WordVocabulary) {
            self.bytes = bytes
            self.vocabulary = vocabulary
            tokens.reserveCapacity(bytes.count / 4)
        }

        mutating func run() {
            // Static tables read once: a static read per scalar is a `swift_once` call each.
            let folding = LetterFolding.table
            let asciiMarks = ReportTokenizer.asciiMarks
            let count = bytes.count
            while byteOffset < count {
                // Decode one scalar (the bytes of a `String` are valid UTF-8).
                let lead = bytes[byteOffset]
                let v: UInt32
                let width: Int
                if lead < 0x80 {
                    v = UInt32(lead)
                    width = 1
                } else if lead < 0xE0 {
                    v = UInt32(lead & 0x1F) << 6 | UInt32(bytes[byteOffset + 1] & 0x3F)
                    width = 2
                } else if lead < 0xF0 {
                    v = UInt32(lead & 0x0F) << 12 | UInt32(bytes[byteOffset + 1] & 0x3F) << 6
                        | UInt32(bytes[byteOffset + 2] & 0x3F)
                    width = 3
                } else {
                    v = UInt32(lead & 0x07) << 18 | UInt32(bytes[byteOffset + 1] & 0x3F) << 12
                        | UInt32(bytes[byteOffset + 2] & 0x3F) << 6 | UInt32(bytes[byteOffset + 3] & 0x3F)
                    width = 4
                }
                defer { scalarOffset += 1; byteOffset += width }

                if pendingSeparator != 0 {
                    let separator = pendingSeparator
                    pendingSeparator = 0
                    if (0x30...0x39).contains(v) { continue }
                    flush(endScalar: pendingScalarOffset, endByte: pendingByteOffset)
                    mark(asciiMarks[Int(separator)], start: pendingScalarOffset, byteStart: pendingByteOffset,
                         byteEnd: pendingByteOffset + 1)
                }

                if (0x30...0x39).contains(v) {
                    switch state {
                    case .word: appendToWord(UInt8(v))
                    case .number: break
                    case .none:
                        state = .number
                        tokenStart = scalarOffset
                        tokenByteStart = byteOffset
                        capitalised = false
                    }
                    continue
                }
                if state == .number && (v == 46 || v == 44) {
                    pendingSeparator = UInt8(v)
                    pendingScalarOffset = scalarOffset
                    pendingByteOffset = byteOffset
                    continue
                }
                let folded = v < 0x1F00 ? folding[Int(v)] : 0
                if folded != 0 {
                    if state == .number { flush(endScalar: scalarOffset, endByte: byteOffset) }
                    if state == .none {
                        state = .word
                        tokenStart = scalarOffset
                        tokenByteStart = byteOffset
                        capitalised = folded & 0x80 != 0
                    }
                    appendToWord(folded & 0x7F)
                    continue
                }
                if v < 0x80 {
                    // ASCII that is not a letter or digit: a break, a space or a mark.
                    if state != .none { flush(endScalar: scalarOffset, endByte: byteOffset) }
                    if v == 10 || v == 13 {
                        lineBreakBefore = true
                        spaceBefore = true
                    } else if v == 32 || v == 9 {
                        spaceBefore = true
                    } else {
                        mark(asciiMarks[Int(v)], start: scalarOffset, byteStart: byteOffset, byteEnd: byteOffset + 1)
                    }
                    continue
                }
                if state == .word && LetterFolding.isCombining(v) { continue }
                let scalar = Unicode.Scalar(v)!
                if scalar.properties.isAlphabetic {
                    // Letters outside the Latin table (rare in these reports): kept, lower-cased.
                    if state == .number { flush(endScalar: scalarOffset, endByte: byteOffset) }
                    if state == .none {
                        state = .word
                        tokenStart = scalarOffset
                        tokenByteStart = byteOffset
                        capitalised = scalar.properties.isUppercase
                    }
                    if !spilled { spill() }
                    long.append(contentsOf: String(scalar.properties.lowercaseMapping).utf8)
                    continue
                }
                flush(endScalar: scalarOffset, endByte: byteOffset)
                if v == 0x2028 || v == 0x2029 {
                    lineBreakBefore = true
                    spaceBefore = true
                    continue
                }
                if scalar.properties.isWhitespace || v == 0xFEFF || v == 0x200B {
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
                mark(text, start: scalarOffset, byteStart: byteOffset, byteEnd: byteOffset + width)
            }
            if pendingSeparator != 0 {
                flush(endScalar: pendingScalarOffset, endByte: pendingByteOffset)
                mark(asciiMarks[Int(pendingSeparator)], start: pendingScalarOffset, byteStart: pendingByteOffset,
                     byteEnd: pendingByteOffset + 1)
            } else {
                flush(endScalar: scalarOffset, endByte: byteOffset)
            }
        }

        /// Moves the packed word into `long`, where it grows past ``WordVocabulary/PackedWord/capacity`` or
        /// takes non-ASCII letters.
        mutating func spill() {
            spilled = true
            let count = word.count
            withUnsafeBytes(of: (word.low.littleEndian, word.high.littleEndian)) { long.append(contentsOf: $0.prefix(count)) }
        }

        @inline(__always)
        mutating func appendToWord(_ byte: UInt8) {
            if !spilled {
                if word.count < PackedWord.capacity {
                    word.append(byte)
                    return
                }
                spill()
            }
            long.append(byte)
        }

        /// Ends the word or number being read, if any.
        mutating func flush(endScalar: Int, endByte: Int) {
            let kind: Token.Kind
            let text: String
            var id = WordVocabulary.absent
            switch state {
            case .none:
                return
            case .number:
                // Digits and separators are kept as written, so the number is its own bytes.
                kind = .number
                text = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenByteStart..<endByte]), as: UTF8.self)
            case .word:
                kind = .word
                if spilled {
                    text = String(decoding: long, as: UTF8.self)
                    id = vocabulary.id(of: text)
                    long.removeAll(keepingCapacity: true)
                    spilled = false
                } else {
                    id = vocabulary.id(of: word)
                    if id >= 0 {
                        text = vocabulary.texts[Int(id)]
                    } else {
                        let count = word.count
                        text = withUnsafeBytes(of: (word.low.littleEndian, word.high.littleEndian)) { raw in
                            raw.withMemoryRebound(to: UInt8.self) {
                                String(decoding: UnsafeBufferPointer(rebasing: $0[..<count]), as: UTF8.self)
                            }
                        }
                        if !vocabulary.packsEveryText { id = vocabulary.id(of: text) }
                    }
                }
                word = PackedWord()
            }
            tokens.append(Token(kind: kind, text: text, id: id, start: tokenStart, end: endScalar,
                                byteStart: tokenByteStart, byteEnd: endByte, spaceBefore: spaceBefore,
                                lineBreakBefore: lineBreakBefore, capitalised: capitalised))
            spaceBefore = false
            lineBreakBefore = false
            state = .none
        }

        /// Appends a punctuation token of one scalar.
        mutating func mark(_ text: String, start: Int, byteStart: Int, byteEnd: Int) {
            var id: Int32
            if text.utf8.count == 1, let byte = text.utf8.first {
                var packed = PackedWord()
                packed.append(byte)
                id = vocabulary.id(of: packed)
                if id < 0 && !vocabulary.packsEveryText { id = vocabulary.id(of: text) }
            } else {
                id = vocabulary.id(of: text)
            }
            tokens.append(Token(kind: .punct, text: text, id: id, start: start, end: start + 1, byteStart: byteStart,
                                byteEnd: byteEnd, spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore,
                                capitalised: false))
            spaceBefore = false
            lineBreakBefore = false
        }
    }
}
