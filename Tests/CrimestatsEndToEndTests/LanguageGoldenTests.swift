import Foundation
import Testing
import TextCharts

/// Every text output in both languages and both charsets at 40 and 80 columns, as whole goldens
/// (`RECORD_GOLDENS=1 swift test` rewrites them): the catalogue's words, Vietnamese typography, ASCII
/// words for Greek letters, width notes that name what they hide, trend gaps.
@Suite("Text output in English and Vietnamese, Unicode and ASCII, 40 and 80 columns")
struct LanguageGoldenTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "report", arguments: ["report"]),
        Case(name: "report-markdown", arguments: ["report", "--format", "markdown"]),
        Case(name: "table", arguments: ["table", "--metric", "clearance_rate", "--unit-type", "cluster"]),
        Case(name: "table-side-by-side", arguments: ["table", "--metric", "crimes_social_order", "--metric", "cases_cleared",
                                                     "--metric", "clearance_rate", "--unit", "TP.HCM"]),
        Case(name: "table-aggregate", arguments: ["table", "--metric", "crimes_social_order", "--cluster", "1", "--aggregate",
                                                  "--from", "2022", "--data", CommandRunner.fixture("aggregate-cluster1.csv")]),
        Case(name: "compare-single-unit", arguments: ["compare", "--unit-type", "cluster"]),
        Case(name: "compare-stated", arguments: ["compare", "--stated", "--year", "2022"]),
        Case(name: "trend-cluster-4", arguments: ["trend", "--unit", "cụm 4", "--metric", "all"]),
        Case(name: "trend-hcm", arguments: ["trend", "--metric", "clearance_rate", "--metric", "crimes_recorded", "--unit", "TP.HCM"]),
        Case(name: "compare", arguments: ["compare"]),
        Case(name: "compare-funnel", arguments: ["compare", "--data", CommandRunner.fixture("compare-funnel.csv"), "--chart", "funnel",
                                                 "--year", "2023", "--pairs"]),
        Case(name: "validate", arguments: ["validate", CommandRunner.fixture("validate-figures.csv"), "--show", "all"]),
        Case(name: "validate-one-off", arguments: ["validate", "--rate", "88,7", "--numerator", "1681", "--denominator", "2156"]),
        Case(name: "units-resolve", arguments: ["units", "Hà Giang"]),
        Case(name: "units-cluster", arguments: ["units", "--cluster", "2", "--year", "2020"]),
    ]

    static let variants: [(lang: String, charset: String, width: Int)] = ["en", "vi"].flatMap { lang in
        ["unicode", "ascii"].flatMap { charset in [40, 80].map { (lang, charset, $0) } }
    }

    @Test("golden output, every line within the width", arguments: LanguageGoldenTests.cases)
    func golden(_ c: Case) throws {
        for v in LanguageGoldenTests.variants {
            let r = try CommandRunner.run(c.arguments + ["--lang", v.lang, "--charset", v.charset, "--width", "\(v.width)"])
            #expect(r.status == 0 || r.status == 1, "\(c.name): \(r.stderr)")
            // Markdown is a document to publish: no terminal width, UTF-8 whatever the charset.
            for line in r.stdout.split(separator: "\n") where !c.arguments.contains("markdown") {
                #expect(DisplayWidth().of(line) <= v.width, "\(c.name) \(v): wider than \(v.width): \(line)")
                if v.charset == "ascii" { #expect(line.allSatisfy { $0.isASCII }, "\(c.name) \(v): not ASCII: \(line)") }
            }
            try Golden.check(r.stdout, "i18n/\(c.name).\(v.lang).\(v.charset).w\(v.width).txt")
        }
    }

    @Test("ASCII spells Greek letters and Σ as words")
    func asciiWords() throws {
        let r = try CommandRunner.run(["compare", "--data", CommandRunner.fixture("compare-funnel.csv"), "--year", "2023",
                                       "--charset", "ascii", "--width", "120"])
        for word in ["sum cleared/sum base", "chi2 homogeneity", "phi = ", "tau2 = "] { #expect(r.stdout.contains(word), "no \(word)") }
        let trend = try CommandRunner.run(["trend", "--metric", "clearance_rate", "--charset", "ascii", "--width", "200"])
        #expect(trend.stdout.contains("MK tau"))
        #expect(!trend.stdout.contains("?"))
    }

    @Test("narrow tables name every hidden column in one note, never cut")
    func widthNotes() throws {
        let r = try CommandRunner.run(["compare", "--width", "40"])
        #expect(!r.stdout.contains("columns not shown"))
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("(not shown at width 40: ") })
        let end = try #require(lines[start...].firstIndex { $0.hasSuffix(")") })
        let note = lines[start...end].map { $0.trimmingPrefix(" ") }.joined(separator: " ")
        #expect(note == "(not shown at width 40: stated, z, 95% Wilson, funnel, exp. rank)", "\(note)")
        #expect(!r.stdout.contains("…)"))
    }

    @Test("--help is wrapped once: each paragraph of a discussion is one line at a wide terminal")
    func singleWrappedHelp() throws {
        for command in ["", "report", "table", "trend", "compare", "validate", "units", "synth"] {
            let r = try CommandRunner.run((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "1000"])
            let intro = r.stdout.components(separatedBy: "USAGE:").first ?? ""
            let paragraphs = intro.components(separatedBy: "\n\n").map { $0.split(separator: "\n") }
            for lines in paragraphs where lines.count > 1 && !lines.contains(where: { $0.hasPrefix("  ") }) {
                Issue.record("crimestats \(command) --help: a paragraph over \(lines.count) lines: \(lines)")
            }
        }
        let top = try CommandRunner.run(["--help"])
        #expect(top.stdout.contains("--generate-completion-script"))
    }
}
