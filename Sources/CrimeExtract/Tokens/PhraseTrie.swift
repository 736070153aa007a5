/// Longest-match lookup of phrases over token texts (folded words and punctuation).
struct PhraseTrie: Sendable {
    struct Entry: Sendable {
        var role: Lexeme.Role
        /// The first token must be capitalised in the original (proper names: "Hòa Bình", not "hoà bình").
        var needsCapital: Bool
    }

    private var nodes: [[String: Int]] = [[:]]
    private var entries: [Entry?] = [nil]

    /// Adds a phrase given as token texts; a later phrase with the same tokens replaces an earlier one.
    mutating func insert(_ words: [String], _ entry: Entry) {
        guard !words.isEmpty else { return }
        var node = 0
        for w in words {
            if let next = nodes[node][w] {
                node = next
            } else {
                nodes.append([:])
                entries.append(nil)
                nodes[node][w] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        entries[node] = entry
    }

    /// The longest phrase starting at `start`, with the index of its last token.
    func longestMatch(_ tokens: [Token], from start: Int) -> (entry: Entry, last: Int)? {
        var node = 0
        var best: (Entry, Int)? = nil
        var k = start
        while k < tokens.count {
            let token = tokens[k]
            if token.kind == .number { break }
            if k > start && token.lineBreakBefore { break }
            guard let next = nodes[node][token.text] else { break }
            node = next
            if let entry = entries[node], !entry.needsCapital || tokens[start].capitalised {
                best = (entry, k)
            }
            k += 1
        }
        return best
    }
}
