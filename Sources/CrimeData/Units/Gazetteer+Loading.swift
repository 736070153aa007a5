extension Gazetteer {
    /// Builds the gazetteer from the three Datasets files' text.
    ///
    /// provinces.csv: `code,name,name_ascii,kind,region,aliases,source` (aliases separated by ";");
    /// clusters.csv: `cluster,year,unit,source`; provinces_2025.csv: `new_unit,old_unit,source`.
    public init(provincesCSV: String, clustersCSV: String, mergersCSV: String,
                fileNames: (String, String, String) = ("provinces.csv", "clusters.csv", "provinces_2025.csv")) throws {
        let p = try CSVTable(text: provincesCSV, fileName: fileNames.0,
                             required: ["code", "name", "name_ascii", "kind", "region", "aliases"])
        let columns = (code: p.required("code"), name: p.required("name"), ascii: p.required("name_ascii"),
                       kind: p.required("kind"), region: p.required("region"), aliases: p.required("aliases"),
                       source: p.column("source"))
        var provinces: [Province] = []
        for (fields, line) in p.rows {
            guard let kind = UnitType(rawValue: fields[columns.kind]), kind.isProvincial else {
                throw DataError("kind must be province or city, not \"\(fields[columns.kind])\"",
                                at: SourceLocation(file: fileNames.0, line: line, column: 1))
            }
            let aliases = fields[columns.aliases].split(separator: ";").map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty }
            provinces.append(Province(code: fields[columns.code], name: fields[columns.name],
                                      asciiName: fields[columns.ascii], kind: kind, region: fields[columns.region],
                                      aliases: aliases, source: columns.source.map { fields[$0] } ?? ""))
        }
        let names = Set(provinces.map(\.name))
        let c = try CSVTable(text: clustersCSV, fileName: fileNames.1, required: ["cluster", "year", "unit", "source"])
        let cc = (cluster: c.required("cluster"), year: c.required("year"), unit: c.required("unit"), source: c.required("source"))
        var memberships: [ClusterMembership] = []
        for (fields, line) in c.rows {
            let where_ = SourceLocation(file: fileNames.1, line: line, column: 1)
            guard let n = Gazetteer.clusterNumber(VietnameseText.foldedKey(fields[cc.cluster])) else {
                throw DataError("not a cluster name: \"\(fields[cc.cluster])\"", at: where_)
            }
            guard let year = Int(fields[cc.year]) else { throw DataError("year must be a number", at: where_) }
            guard names.contains(fields[cc.unit]) else {
                throw DataError("unknown unit \"\(fields[cc.unit])\"", at: where_)
            }
            memberships.append(ClusterMembership(cluster: n, year: year, unit: fields[cc.unit], source: fields[cc.source]))
        }
        let m = try CSVTable(text: mergersCSV, fileName: fileNames.2, required: ["new_unit", "old_unit", "source"])
        let mc = (new: m.required("new_unit"), old: m.required("old_unit"), source: m.required("source"))
        let mergers = m.rows.map { UnitMerger(newUnit: $0.fields[mc.new], oldUnit: $0.fields[mc.old], source: $0.fields[mc.source]) }
        self.init(provinces: provinces, memberships: memberships, mergers: mergers)
    }
}
