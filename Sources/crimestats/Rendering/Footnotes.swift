import CrimeData

/// Markdown footnotes citing the source of each figure: `88.7%[^3]`, then `[^3]: <url> (published …)`
/// once at the end. One number per source, in the order they are first cited.
final class Footnotes {
    private(set) var sources: [String] = []
    private var published: [String: String] = [:]
    private var index: [String: Int] = [:]

    var isEmpty: Bool { sources.isEmpty }

    /// The reference to the source of `o`, e.g. "[^3]".
    func mark(_ o: Observation) -> String {
        if published[o.source] == nil, !o.published.isEmpty { published[o.source] = o.published }
        return mark(source: o.source)
    }

    /// The reference to `source`.
    func mark(source: String) -> String {
        if let n = index[source] { return "[^\(n)]" }
        sources.append(source)
        index[source] = sources.count
        return "[^\(sources.count)]"
    }

    /// The footnote definitions, under a heading.
    func markdown(words: Catalog) -> String {
        var out = "## " + words(.sourcesHeading) + "\n\n"
        for (i, source) in sources.enumerated() {
            let link = source.hasPrefix("http://") || source.hasPrefix("https://") ? "<\(source)>" : source.replacingPipes()
            let date = published[source].map { " (" + words(.publishedOn, ["date": .text(words.date($0))]) + ")" } ?? ""
            out += "[^\(i + 1)]: \(link)\(date)\n"
        }
        return out
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
