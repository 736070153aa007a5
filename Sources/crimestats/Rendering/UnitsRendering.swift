import CrimeData
import TextCharts

/// Output of `crimestats units`.
enum UnitsRendering {
    static func resolution(_ r: UnitResolution, gazetteer: Gazetteer, year: Int?, format: OutputFormat,
                           style: ChartStyle, words: Catalog) -> String {
        let province = gazetteer.province(named: r.unit.name)
        let how: String
        switch r.rule {
        case .canonical: how = words(.matchCanonical)
        case .alias: how = words(.matchAlias, ["name": .text(r.matched ?? "")])
        case .folded: how = words(.matchFolded, ["name": .text(r.matched ?? "")])
        case .cluster: how = words(.matchCluster)
        case .national: how = words(.matchNational)
        case .freeName: how = words(.matchFreeName)
        }
        let clusterYears: [(Int, Int)] = gazetteer.memberships.filter { $0.unit == r.unit.name }
            .map { ($0.year, $0.cluster) }
        let clusterList = Array(Set(clusterYears.map { "\($0.0):\($0.1)" })).sorted()
        let after = gazetteer.unitAfterReorganisation(of: r.unit.name)
        switch format {
        case .json:
            var fields: [(String, JSONValue)] = [
                ("input", .string(r.input)), ("unit", .string(r.unit.name)), ("unit_type", .string(r.unit.type.rawValue)),
                ("rule", .string(r.rule.rawValue)), ("matched", r.matched.map { .string($0) } ?? .null),
            ]
            if let province {
                fields += [("code", .string(province.code)), ("ascii", .string(province.asciiName)),
                           ("region", .string(province.region)),
                           ("after_2025_07", after.map { .string($0) } ?? .null)]
            }
            if r.unit.type == .cluster, let n = r.unit.clusterNumber {
                let years = Set(gazetteer.memberships.filter { $0.cluster == n }.map(\.year)).sorted()
                fields.append(("members", .object(years.map { y in
                    ("\(y)", .array(gazetteer.members(ofCluster: n, year: y).map { .string($0) }))
                })))
            }
            return JSONValue.object(fields).serialized(pretty: true) + "\n"
        case .csv:
            return Tabular(headers: ["input", "unit", "unit_type", "rule", "matched"],
                           rows: [[r.input, r.unit.name, r.unit.type.rawValue, r.rule.rawValue, r.matched]]).csv()
        case .text, .markdown, .html:
            var lines = ["\(style.displayText(r.input)) \(style.displayText("→")) \(style.displayText(r.unit.name)) (\(style.displayText(words.unitType(r.unit.type))))",
                         "  " + style.displayText(words(.unitsMatched, ["how": .text(how)]))]
            if let province {
                lines.append("  " + style.displayText(words(.unitsCode, ["code": .text(province.code), "ascii": .text(province.asciiName),
                                                                       "region": .text(province.region)])))
                if let after, after != province.name {
                    lines.append("  " + style.displayText(words(.unitsAfterReorganisation, ["unit": .text(after)])))
                }
                if !clusterList.isEmpty {
                    let byYear = Dictionary(grouping: clusterYears, by: { $0.0 })
                    let text = byYear.keys.sorted().map { y in
                        "\(y): " + Set((byYear[y] ?? []).map { "Cụm \($0.1)" }).sorted().joined(separator: ", ")
                    }.joined(separator: "; ")
                    lines.append("  " + style.displayText(words(.unitsClustersStated, ["list": .text(text)])))
                }
            }
            if r.unit.type == .cluster, let n = r.unit.clusterNumber {
                let years = Set(gazetteer.memberships.filter { $0.cluster == n }.map(\.year)).sorted()
                for y in years where year == nil || y == year {
                    lines.append("  \(y): " + style.displayText(gazetteer.members(ofCluster: n, year: y).joined(separator: ", ")))
                }
            }
            // Lines wrap at word boundaries (continuations indented) rather than being cut mid-word.
            return lines.flatMap { line -> [String] in
                let indent = line.prefix { $0 == " " }.count
                return Prose.lines(String(line.dropFirst(indent)), style: style, firstIndent: indent, hangingIndent: indent + 2)
            }.map { $0 + "\n" }.joined()
        }
    }

    static func list(gazetteer: Gazetteer, type: UnitType?, cluster: Int?, year: Int?, format: OutputFormat,
                     style: ChartStyle, words: Catalog) throws -> String {
        if let cluster {
            guard let year else { throw DataError(words(.unitsClusterNeedsYear)) }
            let members = gazetteer.members(ofCluster: cluster, year: year)
            let table = Tabular(headers: [words(.headerCluster), words(.headerYear), words(.headerUnit)],
                                rows: members.map { ["Cụm thi đua số \(cluster)", "\(year)", $0] }, keys: ["cluster", "year", "unit"])
            return render(table, format: format, style: style, words: words,
                          empty: words(.unitsNoMembership, ["cluster": .plain(cluster), "year": .plain(year)]))
        }
        if type == .cluster {
            let pairs = Set(gazetteer.memberships.filter { year == nil || $0.year == year }.map { "\($0.cluster)|\($0.year)" })
            var rows: [[String?]] = []
            for pair in pairs.sorted(by: { a, b in
                let x = a.split(separator: "|").compactMap { Int($0) }, y = b.split(separator: "|").compactMap { Int($0) }
                return x.lexicographicallyPrecedes(y)
            }) {
                let parts = pair.split(separator: "|").compactMap { Int($0) }
                guard parts.count == 2 else { continue }
                let members = gazetteer.members(ofCluster: parts[0], year: parts[1])
                rows.append(["Cụm thi đua số \(parts[0])", "\(parts[1])", "\(members.count)", members.joined(separator: ", ")])
            }
            return render(Tabular(headers: [words(.headerCluster), words(.headerYear), words(.headerStatedMembers), words(.headerUnits)],
                                  rows: rows, numericColumns: [1, 2], keys: ["cluster", "year", "stated members", "units"]),
                          format: format, style: style, words: words, empty: words(.unitsNoClusters))
        }
        let atYear = year ?? 2024
        let provinces = gazetteer.provinces.filter { type == nil || $0.kind(in: atYear) == type }
        let rows: [[String?]] = provinces.map { p in
            let clusters = year.map { y in gazetteer.clusters(of: p.name, year: y).map { "\($0)" }.joined(separator: ",") }
            return [p.code, p.name, format == .text || format == .markdown ? words.unitType(p.kind(in: atYear)) : p.kind(in: atYear).rawValue,
                    p.region, clusters ?? "",
                    gazetteer.unitAfterReorganisation(of: p.name) ?? ""]
        }
        let clusterHeader = year.map { words(.headerClusterYear, ["year": .plain($0)]) } ?? words(.headerCluster)
        return render(Tabular(headers: [words(.headerCode), words(.headerName), words(.headerKind), words(.headerRegion), clusterHeader,
                                        words(.headerFrom202507)], rows: rows,
                              keys: ["code", "name", "kind", "region", year.map { "cluster \($0)" } ?? "cluster", "from 2025-07"]),
                      format: format, style: style, words: words, empty: words(.unitsNoUnits))
    }

    static func render(_ table: Tabular, format: OutputFormat, style: ChartStyle, words: Catalog, empty: String) -> String {
        switch format {
        case .csv: return table.csv()
        case .markdown, .html: return table.rows.isEmpty ? empty + "\n" : table.markdown()
        case .text: return table.rows.isEmpty ? empty + "\n" : table.text(style: style, words: words)
        case .json:
            return JSONValue.array(table.rows.map { row in
                .object(zip(table.machineKeys, row).map { ($0.0.replacingSpaces(), $0.1.map { .string($0) } ?? .null) })
            }).serialized(pretty: true) + "\n"
        }
    }
}

extension String {
    func replacingSpaces() -> String { String(map { $0 == " " || $0 == "-" ? "_" : $0 }) }
}
