import CrimeAnalytics
import CrimeData

/// Every word the CLI shows a person, in one catalogue per language (``Catalog/english``,
/// ``Catalog/vietnamese``), rendered with the language's typography: "77.97%" / "77,97%",
/// "1,681" / "1.681", "15 Dec 2023" / "15/12/2023".
///
/// A template is a whole sentence with named slots: `{name}` takes an argument; `{name?one|other}` writes only
/// the word chosen by the number `name` ("lists {n?it|them}"); `{name#one|other}`
/// writes the number `name` and the noun in its singular or plural form ("1 unit", "2 units";
/// Vietnamese has no plural, so its templates write `{n} đơn vị`). Keys are ``MessageKey`` for the
/// CLI's own text, `finding.<key>` for ``FindingMessage/Key`` (validation findings) and
/// `check.<check>` for ``ValidationFinding/Check``. `CatalogTests` renders every key in both
/// languages and fails on a missing, extra or untranslated template.
struct Catalog: Sendable {
    /// An argument of a template.
    enum Argument: Sendable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral {
        /// Verbatim text (already in the language, or a name).
        case text(String)
        /// A whole number, grouped by thousands.
        case count(Int)
        /// A computed number with fixed decimals.
        case number(Double, decimals: Int)
        /// A computed percentage with fixed decimals: "77.97%".
        case percent(Double, decimals: Int)
        /// A year or other number written without grouping.
        case plain(Int)

        init(stringLiteral value: String) { self = .text(value) }
        init(integerLiteral value: Int) { self = .count(value) }
    }

    let language: Language
    private let templates: [String: String]

    init(_ language: Language) {
        self.language = language
        templates = language == .vi ? Catalog.vietnamese : Catalog.english
    }

    var isVietnamese: Bool { language == .vi }

    /// The catalogue entry `key` with its slots filled.
    func callAsFunction(_ key: MessageKey, _ arguments: [String: Argument] = [:]) -> String {
        fill(template(key.rawValue), arguments)
    }

    /// The raw template of a key ("" when missing: the catalogue test fails on that).
    func template(_ key: String) -> String { templates[key] ?? "" }

    /// Whether the catalogue has `key` (for the catalogue test).
    func has(_ key: String) -> Bool { templates[key] != nil }

    /// Fills `{name}` and `{name#one|other}` slots.
    func fill(_ template: String, _ arguments: [String: Argument]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let slot = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if let hash = slot.firstIndex(where: { $0 == "#" || $0 == "?" }) {
                let name = String(slot[..<hash])
                let writesNumber = slot[hash] == "#"
                let forms = slot[slot.index(after: hash)...].split(separator: "|", omittingEmptySubsequences: false)
                let value = arguments[name]
                let n: Double
                switch value {
                case .count(let c)?, .plain(let c)?: n = Double(c)
                case .number(let x, _)?, .percent(let x, _)?: n = x
                default: n = 2
                }
                let noun = forms.count > 1 && n != 1 ? forms[1] : (forms.first ?? "")
                out += writesNumber ? (value.map(render) ?? "") + " " + noun : String(noun)
            } else {
                out += arguments[String(slot)].map(render) ?? ""
            }
        }
        return out + rest
    }

    func render(_ argument: Argument) -> String {
        switch argument {
        case .text(let s): return s
        case .count(let n): return count(Int64(n))
        case .number(let x, let d): return number(x, decimals: d)
        case .percent(let x, let d): return percent(x, decimals: d)
        case .plain(let n): return String(n)
        }
    }

    // MARK: Numbers

    /// "2,156" / "2.156".
    func count(_ n: Int64) -> String { VietnameseNumber.format(DecimalValue(units: n, scale: 0), vietnamese: isVietnamese) }

    /// A computed number: "88.7" / "88,7".
    func number(_ x: Double, decimals: Int) -> String { VietnameseNumber.format(x, decimals: decimals, vietnamese: isVietnamese) }

    /// A computed percentage, no space before the sign in either language: "77.97%" / "77,97%".
    func percent(_ x: Double, decimals: Int) -> String { number(x, decimals: decimals) + "%" }

    /// A decimal as written: "88.7" / "88,7".
    func decimal(_ d: DecimalValue) -> String { VietnameseNumber.format(d, vietnamese: isVietnamese) }

    /// A signed decimal as written: "+59", "-5.3" / "-5,3".
    func signed(_ d: DecimalValue) -> String { (d.units > 0 ? "+" : "") + decimal(d) }

    /// A signed computed number: "+18.61"; no sign for a value that shows as zero.
    func signed(_ x: Double, decimals: Int) -> String {
        let text = number(x, decimals: decimals)
        return (x > 0 && text.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "+" : "") + text
    }

    /// A date: "15 Dec 2023" / "15/12/2023"; a year-month: "Dec 2023" / "12/2023". Anything else as given.
    func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map(String.init)
        guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        if parts.count >= 3, let day = Int(parts[2]) {
            return isVietnamese ? "\(day)/\(month)/\(year)" : "\(day) \(Catalog.englishMonths[month - 1]) \(year)"
        }
        return isVietnamese ? "\(month)/\(year)" : "\(Catalog.englishMonths[month - 1]) \(year)"
    }

    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    // MARK: Words from the data model

    /// A metric's label: "clearance rate" / "tỷ lệ điều tra khám phá"; the id when unknown.
    func metric(_ id: String) -> String {
        guard let m = MetricCatalog.metric(id) else { return id }
        return m.label(vietnamese: isVietnamese)
    }

    /// A count with what it counts: "1,681 cases cleared" / "1.681 vụ điều tra khám phá" (the Vietnamese
    /// label's leading "số" — "number of" — goes: the number says it).
    func count(_ n: Int64, of metricID: String?) -> String {
        guard let metricID else { return count(n) }
        return count(n) + " " + countedNoun(metricID)
    }

    /// What a metric counts, for after a number: "cases cleared" / "vụ điều tra khám phá".
    func countedNoun(_ metricID: String) -> String {
        let label = metric(metricID)
        if isVietnamese, label.hasPrefix("số ") { return String(label.dropFirst(3)) }
        return label
    }

    /// A unit kind: "province" / "tỉnh".
    func unitType(_ type: UnitType) -> String { self(MessageKey(unitType: type)) }

    /// A period: "2020", "Jan–Jun 2019", "Q3 2020", "May 2023" / "năm 2020", "6 tháng đầu năm 2019",
    /// "quý 3/2020", "tháng 5/2023".
    func period(_ p: Period) -> String {
        let s = p.start, e = p.end
        switch p.span {
        case .year: return self(.periodYear, ["year": .plain(p.year)])
        case .quarter(let q): return self(.periodQuarter, ["quarter": .plain(q), "year": .plain(p.year)])
        case .month: return self(.periodMonth, ["month": monthArgument(s.month), "year": .plain(p.year)])
        case .firstMonths(let n):
            return self(.periodFirstMonths, ["months": .plain(n), "first": monthArgument(1), "last": monthArgument(e.month),
                                             "year": .plain(p.year)])
        case .other:
            if s.year == e.year {
                return self(.periodMonths, ["first": monthArgument(s.month), "last": monthArgument(e.month), "year": .plain(p.year)])
            }
            return self(.periodAcrossYears, ["first": monthArgument(s.month), "firstYear": .plain(s.year),
                                             "last": monthArgument(e.month), "lastYear": .plain(e.year)])
        }
    }

    /// A month in a period template: its English abbreviation, or its number in Vietnamese.
    private func monthArgument(_ month: Int) -> Argument {
        isVietnamese ? .plain(month) : .text(Catalog.englishMonths[(month - 1 + 12) % 12])
    }

    /// A span as a heading word: "year" / "cả năm", "h1" / "6 tháng đầu năm".
    func span(_ span: Span) -> String {
        switch span {
        case .year: return self(.spanYear)
        case .firstMonths(let n): return self(.spanFirstMonths, ["months": .plain(n)])
        case .quarter(let q): return self(.spanQuarter, ["quarter": .plain(q)])
        case .month: return self(.spanMonth)
        case .other: return self(.spanOther)
        }
    }

    /// A severity word: "error" / "lỗi".
    func severity(_ s: ValidationFinding.Severity) -> String {
        switch s {
        case .error: return self(.severityError)
        case .warning: return self(.severityWarning)
        case .info: return self(.severityInfo)
        }
    }

    /// A check's short name: "rate vs counts" / "tỷ lệ và số đếm".
    func check(_ c: ValidationFinding.Check) -> String { template("check." + c.rawValue) }

    /// A qualifier's reading ("more than") / ("trên").
    func qualifier(_ q: Qualifier) -> String { template("qualifier." + q.rawValue) }
}
