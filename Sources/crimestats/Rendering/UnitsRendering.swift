import CrimeData
import TextCharts

/// Output of `crimestats units`.
enum UnitsRendering {
    static func resolution(_ r: UnitResolution, gazetteer: Gazetteer, year: Int?, format: OutputFormat,
                           style: ChartStyle) -> String {
        let province = gazetteer.province(named: r.unit.name)
        let how: String
        switch r.rule {
        case .canonical: how = "canonical name"
        case .alias: how = "alias \"\(r.matched ?? "")\""
        case .folded: how = "\"\(r.matched ?? "")\" ignoring diacritics, case, punctuation and prefixes"
        case .cluster: how = "cluster name"
        case .national: how = "national"
        case .freeName: how = "free name"
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
        case .text, .markdown:
            var lines = ["\(style.displayText(r.input)) → \(style.displayText(r.unit.name)) (\(r.unit.type.rawValue))",
                         "  matched: \(style.displayText(how))"]
            if let province {
                lines.append("  code \(province.code), \(style.displayText(province.asciiName)), region \(style.displayText(province.region))")
                if let after, after != province.name {
                    lines.append("  from 1 July 2025 part of \(style.displayText(after))")
                }
                if !clusterList.isEmpty {
                    let byYear = Dictionary(grouping: clusterYears, by: { $0.0 })
                    let text = byYear.keys.sorted().map { y in
                        "\(y): " + Set((byYear[y] ?? []).map { "Cụm \($0.1)" }).sorted().joined(separator: ", ")
                    }.joined(separator: "; ")
                    lines.append("  clusters stated: \(style.displayText(text))")
                }
            }
            if r.unit.type == .cluster, let n = r.unit.clusterNumber {
                let years = Set(gazetteer.memberships.filter { $0.cluster == n }.map(\.year)).sorted()
                for y in years where year == nil || y == year {
                    lines.append("  \(y): " + style.displayText(gazetteer.members(ofCluster: n, year: y).joined(separator: ", ")))
                }
            }
            let dw = style.displayWidth
            return lines.map { dw.truncate($0, to: style.effectiveWidth, ellipsis: style.ellipsis) }.joined(separator: "\n") + "\n"
        }
    }

    static func list(gazetteer: Gazetteer, type: UnitType?, cluster: Int?, year: Int?, format: OutputFormat,
                     style: ChartStyle) throws -> String {
        if let cluster {
            guard let year else { throw DataError("--cluster needs --year: membership changes from year to year") }
            let members = gazetteer.members(ofCluster: cluster, year: year)
            let table = Tabular(headers: ["cluster", "year", "unit"],
                                rows: members.map { ["Cụm thi đua số \(cluster)", "\(year)", $0] })
            return render(table, format: format, style: style,
                          empty: "No membership of Cụm thi đua số \(cluster) is stated for \(year).")
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
            return render(Tabular(headers: ["cluster", "year", "stated members", "units"], rows: rows, numericColumns: [1, 2]),
                          format: format, style: style, empty: "No cluster membership stated for that year.")
        }
        let atYear = year ?? 2024
        let provinces = gazetteer.provinces.filter { type == nil || $0.kind(in: atYear) == type }
        let rows: [[String?]] = provinces.map { p in
            let clusters = year.map { y in gazetteer.clusters(of: p.name, year: y).map { "\($0)" }.joined(separator: ",") }
            return [p.code, p.name, p.kind(in: atYear).rawValue, p.region, clusters ?? "",
                    gazetteer.unitAfterReorganisation(of: p.name) ?? ""]
        }
        return render(Tabular(headers: ["code", "name", "kind", "region", year.map { "cluster \($0)" } ?? "cluster",
                                        "from 2025-07"], rows: rows),
                      format: format, style: style, empty: "No units of that kind.")
    }

    static func render(_ table: Tabular, format: OutputFormat, style: ChartStyle, empty: String) -> String {
        switch format {
        case .csv: return table.csv()
        case .markdown: return table.rows.isEmpty ? empty + "\n" : table.markdown()
        case .text: return table.rows.isEmpty ? empty + "\n" : table.text(style: style)
        case .json:
            return JSONValue.array(table.rows.map { row in
                .object(zip(table.headers, row).map { ($0.0.replacingSpaces(), $0.1.map { .string($0) } ?? .null) })
            }).serialized(pretty: true) + "\n"
        }
    }
}

extension String {
    func replacingSpaces() -> String { String(map { $0 == " " || $0 == "-" ? "_" : $0 }) }
}
