import Foundation
import CrimeAnalytics
import CrimeData
import Testing
@testable import crimestats

/// The message catalogues: every key in both languages, the same slots, nothing left untranslated.
@Suite("Message catalogue")
struct CatalogTests {
    /// Every key the CLI can ask for.
    static let allKeys: [String] = MessageKey.allCases.map(\.rawValue)
        + FindingMessage.Key.allCases.map { "finding." + $0.rawValue }
        + ValidationFinding.Check.allCases.map { "check." + $0.rawValue }
        + RoundingMode.allCases.flatMap { ["rounding." + $0.rawValue, "rounding-name." + $0.rawValue] }
        + ["noun.base", "noun.count"]
        + Qualifier.allCases.map { "qualifier." + $0.rawValue }

    /// Keys whose text is the same in both languages: symbols, abbreviations of statistics, pure slot patterns.
    static let sameInBoth: Set<String> = [
        "headerChangePercent", "headerZ", "headerMKTau", "headerMKP", "headerCAGR", "headerAPC", "headerPHolm",
        "tableHeading", "tableConflictValue", "trendMetricHeading", "trendShortSeries",
        "findingPlace", "compareScopeUnits", "reportTableHeading", "reportStatedRate", "chartLevel95", "finding.reading_rounded",
    ]

    /// English words that must not appear in Vietnamese text (outside command-line options and identifiers).
    static let englishWords = ["the", "of", "is", "and", "with", "not", "for", "from", "would", "stated", "units", "year",
                               "rate", "base", "count", "source", "no", "to", "in", "as", "by"]

    static func slots(_ template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let slot = rest[rest.index(after: open)..<close]
            names.insert(String(slot.split(whereSeparator: { $0 == "#" || $0 == "?" }).first ?? slot))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    @Test("both catalogues have exactly the keys the CLI uses", arguments: [Language.en, .vi])
    func keys(language: Language) {
        let catalogue = language == .vi ? Catalog.vietnamese : Catalog.english
        let expected = Set(CatalogTests.allKeys)
        for key in CatalogTests.allKeys {
            #expect(catalogue[key].map { !$0.isEmpty } == true, "\(language): no text for \(key)")
        }
        for key in catalogue.keys where !expected.contains(key) {
            Issue.record("\(language): \(key) is in the catalogue but nothing uses it")
        }
    }

    @Test("every key renders in both languages with every slot filled and the same slots")
    func rendersEveryKey() {
        for key in CatalogTests.allKeys {
            let en = Catalog.english[key] ?? "", vi = Catalog.vietnamese[key] ?? ""
            // Vietnamese writes "6 tháng đầu năm 2019" for "Jan–Jun 2019": the one template with other slots.
            if key != "periodFirstMonths" {
                #expect(CatalogTests.slots(en) == CatalogTests.slots(vi), "\(key): slots differ: \(en) | \(vi)")
            }
            for language in [Language.en, .vi] {
                let catalog = Catalog(language)
                var arguments: [String: Catalog.Argument] = [:]
                for name in CatalogTests.slots(catalog.template(key)) { arguments[name] = .count(2) }
                let text = catalog.fill(catalog.template(key), arguments)
                #expect(!text.contains("{") && !text.contains("}"), "\(language) \(key): \(text)")
                #expect(!text.isEmpty, "\(language) \(key) renders empty")
            }
        }
    }

    @Test("no Vietnamese text is left in English")
    func translated() {
        for key in CatalogTests.allKeys where !CatalogTests.sameInBoth.contains(key) {
            let en = Catalog.english[key] ?? "", vi = Catalog.vietnamese[key] ?? ""
            let hasWords = en.contains { $0.isLetter }
            if hasWords && !key.hasPrefix("qualifier.") {
                #expect(en != vi, "\(key) is the same in both languages: \(vi)")
            }
            // Words outside slots, options (--show all), `commands` and identifiers (crimes_recorded, Datasets/x.csv).
            var text = vi
            for pattern in [#"\{[^}]*\}"#, #"`[^`]*`"#, #"--[a-z-]+( all)?"#, #"[A-Za-z]+[_/.][A-Za-z_/.]+"#] {
                text = text.replacing(try! Regex(pattern), with: " ")
            }
            let words = text.split { !$0.isLetter }.map { $0.lowercased() }
            for word in words where CatalogTests.englishWords.contains(word) {
                Issue.record("\(key): English word \"\(word)\" in Vietnamese: \(vi)")
            }
        }
    }

    /// Each `(.key, [ "name": … ])` call in the CLI's sources, with the argument names it passes.
    static func callSites(in path: String = "Sources/crimestats",
                          key known: (String) -> String? = { MessageKey(rawValue: $0)?.rawValue }) throws -> [(key: String, names: Set<String>, file: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent(path)
        var out: [(String, Set<String>, String)] = []
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files {
            let text = Array(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
            var i = 0
            while i + 2 < text.count {
                // "(." then an identifier then ", ["
                guard text[i] == "(", text[i + 1] == "." else { i += 1; continue }
                var j = i + 2
                while j < text.count, text[j].isLetter || text[j].isNumber { j += 1 }
                guard let key = known(String(text[(i + 2)..<j])), j + 2 < text.count, text[j] == ",", text[j + 1] == " ", text[j + 2] == "[" else {
                    i += 1; continue
                }
                var depth = 0, k = j + 2, names = Set<String>()
                repeat {
                    if text[k] == "[" || text[k] == "(" { depth += 1 }
                    if text[k] == "]" || text[k] == ")" { depth -= 1 }
                    if depth == 1, text[k] == "\"" {
                        var e = k + 1
                        while e < text.count, text[e] != "\"" { e += 1 }
                        if e + 1 < text.count, text[e + 1] == ":" { names.insert(String(text[(k + 1)..<e])) }
                        k = e
                    }
                    k += 1
                } while depth > 0 && k < text.count
                out.append((key, names, file))
                i = k
            }
        }
        return out
    }

    @Test("every call passes exactly the slots its template names, in both languages")
    func argumentsMatchSlots() throws {
        let sites = try CatalogTests.callSites()
        // The findings' sentences are built in the analytics: their keys are FindingMessage.Key case names.
        let findings = try CatalogTests.callSites(in: "Sources/CrimeAnalytics/Validation") { name in
            FindingMessage.Key.allCases.first { "\($0)" == name }.map { "finding." + $0.rawValue }
        }
        #expect(sites.count >= 60)
        #expect(findings.count >= 25)
        for site in sites + findings {
            for catalogue in [Catalog.english, Catalog.vietnamese] {
                let slots = CatalogTests.slots(catalogue[site.key] ?? "")
                #expect(slots.isSubset(of: site.names), "\(site.file): .\(site.key) leaves \(slots.subtracting(site.names)) empty")
            }
            let all = CatalogTests.slots(Catalog.english[site.key] ?? "").union(CatalogTests.slots(Catalog.vietnamese[site.key] ?? ""))
            #expect(site.names.isSubset(of: all), "\(site.file): .\(site.key) passes \(site.names.subtracting(all)), which no template uses")
        }
    }

    @Test("plurals: singular for 1, plural otherwise; Vietnamese nouns do not inflect")
    func plurals() {
        let en = Catalog(.en), vi = Catalog(.vi)
        #expect(en(.comparePooledNote, ["rate": .percent(77.9, decimals: 2), "n": .count(1)]).contains("over 1 unit (not"))
        #expect(en(.comparePooledNote, ["rate": .percent(77.9, decimals: 2), "n": .count(2)]).contains("over 2 units (not"))
        #expect(en(.validationNotListedConsistent, ["n": .count(1), "powerless": .count(0)])
                == "Not listed: 1 finding that is consistent or informational (0 of them could not have failed); --show all lists every finding.")
        #expect(en(.validationNotListedConsistent, ["n": .count(1_234), "powerless": .count(5)]).hasPrefix("Not listed: 1,234 findings that are consistent"))
        #expect(en(.validationSummary, ["checked": .count(1), "errors": .count(0), "warnings": .count(1), "infos": .count(2)])
                == "Checked 1 figure: 0 errors, 1 warning, 2 infos.")
        #expect(vi(.validationSummary, ["checked": .count(1681), "errors": .count(1), "warnings": .count(0), "infos": .count(2)])
                == "Đã kiểm tra 1.681 số liệu: 1 lỗi, 0 cảnh báo, 2 thông tin.")
    }

    @Test("Vietnamese typography: 77,97%, 1.681, 15/12/2023; English 77.97%, 1,681, 15 Dec 2023")
    func typography() {
        let en = Catalog(.en), vi = Catalog(.vi)
        #expect(vi.percent(77.9684, decimals: 2) == "77,97%")
        #expect(en.percent(77.9684, decimals: 2) == "77.97%")
        #expect(vi.count(1681) == "1.681" && en.count(1681) == "1,681")
        #expect(vi.date("2023-12-15") == "15/12/2023" && en.date("2023-12-15") == "15 Dec 2023")
        #expect(vi.date("2019-08") == "8/2019" && en.date("2019-08") == "Aug 2019")
        let h1 = Period.firstMonths(6, of: 2019)!
        #expect(vi.period(h1) == "6 tháng đầu năm 2019" && en.period(h1) == "Jan–Jun 2019")
        #expect(vi.period(Period.year(2020)!) == "năm 2020" && en.period(Period.year(2020)!) == "2020")
        #expect(vi.period(Period.quarter(3, of: 2020)!) == "quý 3/2020")
        #expect(vi.count(1681, of: "cases_cleared") == "1.681 vụ điều tra khám phá")
    }
}
