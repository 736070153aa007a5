/// Longest-match lookup of phrases over token texts (folded words and punctuation), by integer word ids.
///
/// Every word or mark that occurs in some phrase gets an id in ``vocabulary`` when the phrase is inserted;
/// the tokenizer finds each token's id as it reads it (``Token/id``), and matching then walks the trie on
/// integers — no string is hashed or compared.
struct PhraseTrie: Sendable {
    struct Entry: Sendable {
        var role: Lexeme.Role
        /// The first token must be capitalised in the original (proper names: "Hòa Bình", not "hoà bình").
        var needsCapital: Bool
    }

    /// The words and marks of the phrases, numbered.
    private(set) var vocabulary = WordVocabulary()
    /// Children of the root, indexed by word id (most phrases start differently).
    private var rootChildren: [Int32] = []
    /// Children of the other nodes, as flat lists by node (first child, next sibling, word id; 0 ends a
    /// list): few per node, scanned linearly. Flat arrays rather than an array per node, whose scattered
    /// buffers made matching stall on memory (a fifth of its time when measured).
    private var firstChild: [Int32] = [0]
    private var nextSibling: [Int32] = [0]
    private var nodeWord: [Int32] = [-1]
    private var entries: [Entry?] = [nil]
    /// Per node: 0 without an entry, 1 with one, 2 with one that needs a capital — what matching tests,
    /// without copying (and retaining) an ``Entry`` at every node it walks.
    private var ends: [UInt8] = [0]

    /// The id of a word, allocating one for a new word.
    private mutating func id(_ word: String) -> Int32 {
        let id = vocabulary.intern(word)
        while rootChildren.count < vocabulary.count { rootChildren.append(0) }
        return id
    }

    /// The id of a word that code compares tokens with (added to the vocabulary if no phrase has it yet;
    /// it starts no phrase).
    mutating func wordID(_ word: String) -> Int32 { id(word) }

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
            let created = Int32(entries.count)
            entries.append(nil)
            ends.append(0)
            firstChild.append(0)
            nodeWord.append(wid)
            if node == 0 {
                nextSibling.append(0)
                rootChildren[Int(wid)] = created
            } else {
                nextSibling.append(firstChild[Int(node)])
                firstChild[Int(node)] = created
            }
            node = created
        }
        entries[Int(node)] = entry
        ends[Int(node)] = entry.needsCapital ? 2 : 1
    }

    @inline(__always)
    private func child(of node: Int32, _ wid: Int32) -> Int32 {
        guard wid >= 0 else { return 0 }
        if node == 0 { return Int(wid) < rootChildren.count ? rootChildren[Int(wid)] : 0 }
        var child = firstChild[Int(node)]
        while child != 0 && nodeWord[Int(child)] != wid { child = nextSibling[Int(child)] }
        return child
    }

    /// The longest phrase starting at `start`, with the index of its last token; `tokens` carry their ids in
    /// ``vocabulary``.
    func longestMatch(_ tokens: [Token], from start: Int) -> (entry: Entry, last: Int)? {
        let capitalised = tokens[start].capitalised
        var node: Int32 = 0
        var best: (node: Int32, last: Int)? = nil
        var k = start
        while k < tokens.count {
            if k > start && tokens[k].lineBreakBefore { break }
            let next = child(of: node, tokens[k].id)
            guard next != 0 else { break }
            node = next
            let end = ends[Int(node)]
            if end == 1 || (end == 2 && capitalised) { best = (node, k) }
            k += 1
        }
        guard let best, let entry = entries[Int(best.node)] else { return nil }
        return (entry, best.last)
    }
}
