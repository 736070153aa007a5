import ArgumentParser
import CrimeData

/// `crimestats units [NAME]`: list the units, or resolve one name and show how it matched.
struct Units: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List provinces, cities and clusters, or resolve a name to its canonical unit.",
        discussion: """
            Names resolve with or without diacritics, in NFC or NFD, with old or new tone marks and with \
            prefixes: "tp.hcm", "Ha Giang", "CATP Hà Nội", "Công an tỉnh Lào Cai", "cụm 2".
            """)

    @Argument(help: "A name to resolve.")
    var name: String?

    @Option(help: "List only this kind: province, city or cluster.")
    var type: UnitType?

    @Option(help: "With --type cluster or --cluster: membership stated for this year.")
    var year: Int?

    @Option(help: "List the members of this cluster number (needs --year).")
    var cluster: Int?

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try common.rejectHTML(command: "units")
    }

    func run() throws {
        let gazetteer = try common.gazetteer()
        let style = common.chartStyle()
        if let name {
            let resolution = try gazetteer.resolve(name, as: type, year: year ?? 2024)
            Output.write(UnitsRendering.resolution(resolution, gazetteer: gazetteer, year: year,
                                                   format: common.format, style: style, words: Catalog(common.lang)))
            return
        }
        Output.write(try UnitsRendering.list(gazetteer: gazetteer, type: type, cluster: cluster, year: year,
                                             format: common.format, style: style, words: Catalog(common.lang)))
    }
}

extension UnitType: ExpressibleByArgument {}
