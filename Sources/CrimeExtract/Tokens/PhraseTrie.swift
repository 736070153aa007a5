/// Longest-match lookup of phrases over token texts (folded words and punctuation), by integer word ids.
///
/// Every word or mark that occurs in some phrase gets an id when the phrase is inserted; a text's tokens
/// are looked up once each (``ids(of:)``), and matching then walks the trie on integers — no string is
/// hashed or compared more than once per token.
struct PhraseTrie: Sendable {
    struct Entry: Sendable {
        var role: Lexeme.Role
        /// The first token must be capitalised in the original (proper names: "Hòa Bình", not "hoà bình").
        var needsCapital: Bool
    }

    /// The id of a token no phrase contains (numbers included).
    static let absent: Int32 = -1

    private var wordIds: [String: Int32] = [:]
    /// Children of the root, indexed by word id (most phrases start differently).
    private var rootChildren: [Int32] = []
    /// Children of the other nodes: (word id, node), few per node, scanned linearly.
    private var children: [[(Int32, Int32)]] = [[]]
    private var entries: [Entry?] = [nil]

    /// The id of a word, allocating one for a new word.
    private mutating func id(_ word: String) -> Int32 {
        if let id = wordIds[word] { return id }
        let id = Int32(wordIds.count)
        wordIds[word] = id
        rootChildren.append(0)
        return id
    }

    /// Adds a phrase given as token texts; a later phrase with the same tokens replaces an earlier one.
    mutating func insert(_ words: [String], _ entry: Entry) {
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        for w in words {
            let wid = id(w)
            let next = child(of: node, wid)
            if next != 0 {
                node = next
                continue
            }
            children.append([])
            entries.append(nil)
            let created = Int32(children.count - 1)
            if node == 0 { rootChildren[Int(wid)] = created } else { children[Int(node)].append((wid, created)) }
            node = created
        }
        entries[Int(node)] = entry
    }

    @inline(__always)
    private func child(of node: Int32, _ wid: Int32) -> Int32 {
        guard wid >= 0 else { return 0 }
        if node == 0 { return Int(wid) < rootChildren.count ? rootChildren[Int(wid)] : 0 }
        for (w, next) in children[Int(node)] where w == wid { return next }
        return 0
    }

    /// The word id of every token (``absent`` for numbers and words in no phrase).
    func ids(of tokens: [Token]) -> [Int32] {
        tokens.map { $0.kind == .number ? PhraseTrie.absent : (wordIds[$0.text] ?? PhraseTrie.absent) }
    }

    /// The longest phrase starting at `start`, with the index of its last token; `ids` from ``ids(of:)``.
    func longestMatch(_ tokens: [Token], ids: [Int32], from start: Int) -> (entry: Entry, last: Int)? {
        var node: Int32 = 0
        var best: (Entry, Int)? = nil
        var k = start
        while k < tokens.count {
            if k > start && tokens[k].lineBreakBefore { break }
            let next = child(of: node, ids[k])
            guard next != 0 else { break }
            node = next
            if let entry = entries[Int(node)], !entry.needsCapital || tokens[start].capitalised {
                best = (entry, k)
            }
            k += 1
        }
        return best
    }
}
