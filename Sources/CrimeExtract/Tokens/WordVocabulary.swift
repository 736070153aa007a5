/// The words and marks of the lexer's phrases, numbered, and found again from the bytes the tokenizer
/// folds — without building or hashing a `String`.
///
/// Hand-written for speed: looking every token's `String` up in a `[String: Int32]` took 10% of
/// `ReportExtractor.extract` on the benchmark corpus (String hashing plus the `String` built per token).
/// Here a folded ASCII word of at most 15 bytes is packed into two integers as the tokenizer reads it
/// (``PackedWord``) and looked up in an open-addressing table of packed keys; the table hands back the
/// interned `String` too, so a known word never decodes its bytes. Other texts (longer words, non-ASCII
/// letters or marks) are looked up by `String`, with the `String` equality the dictionary always used.
struct WordVocabulary: Sendable {
    /// A folded word of at most 15 ASCII bytes: bytes 0…7 in `low`, bytes 8…14 and the length in `high`
    /// (little-endian, the length in the top byte), so two words are equal when both integers are.
    struct PackedWord: Equatable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        /// The longest word that packs.
        static let capacity = 15

        /// The number of bytes packed.
        @inline(__always)
        var count: Int { Int(high >> 56) }

        /// Appends an ASCII byte; the caller keeps `count` below ``capacity``.
        @inline(__always)
        mutating func append(_ byte: UInt8) {
            let n = high >> 56
            if n < 8 { low |= UInt64(byte) << (n &* 8) } else { high |= UInt64(byte) << ((n &- 8) &* 8) }
            high = (high & 0x00FF_FFFF_FFFF_FFFF) | ((n &+ 1) << 56)
        }

        /// The packed form of a non-empty ASCII text of at most ``capacity`` bytes, else nil.
        init?(_ text: String) {
            guard !text.isEmpty, text.utf8.count <= PackedWord.capacity else { return nil }
            for byte in text.utf8 {
                guard byte < 0x80 else { return nil }
                append(byte)
            }
        }

        init() {}

        private init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        /// The key of a text that does not pack (its length, 255, is no word's).
        static let unpacked = PackedWord(low: 0, high: .max)

        /// A multiplicative mix of both halves; the table's index is its top bits.
        @inline(__always)
        var mixed: UInt64 {
            (low &* 0x9E37_79B9_7F4A_7C15 ^ high) &* 0xBF58_476D_1CE4_E5B9
        }
    }

    /// The id of a text the vocabulary does not hold.
    static let absent: Int32 = -1

    /// The texts, by id.
    private(set) var texts: [String] = []
    private var ids: [String: Int32] = [:]
    /// Open addressing over packed keys: the id + 1 of the word in each slot, 0 for an empty slot.
    private var slots: [Int32] = [Int32](repeating: 0, count: 16)
    private var keys: [PackedWord] = []
    /// `slots.count` is 2^(64 − shift).
    private var shift: UInt64 = 60
    /// Texts that do not pack: an ASCII word missing from the packed table may still equal one of them
    /// under `String` equality (canonical equivalence), so lookups fall back to the dictionary.
    private var unpackedTexts = 0

    var count: Int { texts.count }

    /// The id of a text, allocating one for a new text.
    mutating func intern(_ text: String) -> Int32 {
        if let id = ids[text] { return id }
        let id = Int32(texts.count)
        ids[text] = id
        texts.append(text)
        if let packed = PackedWord(text) {
            keys.append(packed)
            if (keys.count + 1) * 2 > slots.count { rehash() } else { place(Int32(keys.count - 1), packed) }
        } else {
            keys.append(.unpacked)
            unpackedTexts += 1
        }
        return id
    }

    /// The id of a text, by `String` equality.
    func id(of text: String) -> Int32 { ids[text] ?? WordVocabulary.absent }

    /// The id of a packed word in the packed table, ``absent`` if it is not there. A miss is final when
    /// ``packsEveryText``; otherwise ask ``id(of:)-(String)`` too.
    @inline(__always)
    func id(of word: PackedWord) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: word.mixed >> shift)
        while true {
            let entry = slots[slot]
            if entry == 0 { return WordVocabulary.absent }
            if keys[Int(entry - 1)] == word { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether every text is in the packed table, so that an ASCII word missing from it equals none of them.
    var packsEveryText: Bool { unpackedTexts == 0 }

    private mutating func place(_ index: Int32, _ word: PackedWord) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: word.mixed >> shift)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = index + 1
    }

    private mutating func rehash() {
        shift -= 1
        slots = [Int32](repeating: 0, count: 1 << (64 - shift))
        for (index, word) in keys.enumerated() where word != .unpacked { place(Int32(index), word) }
    }
}
