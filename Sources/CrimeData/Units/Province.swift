/// One of the 63 provincial units in use until the 2025 reorganisation (58 provinces, 5 cities).
public struct Province: Hashable, Sendable {
    /// GSO two-digit code (QĐ 124/2004/QĐ-TTg), e.g. "01" for Hà Nội.
    public let code: String
    /// Canonical NFC name, e.g. "Thừa Thiên Huế".
    public let name: String
    /// Name without diacritics, e.g. "Thua Thien Hue".
    public let asciiName: String
    /// `.province` or `.city` (as in use until 2024).
    public let kind: UnitType
    /// GSO socio-economic region.
    public let region: String
    /// Other spellings met in reports ("Hoà Bình", "TP.HCM", "Nam Ðịnh").
    public let aliases: [String]
    /// Where the row comes from.
    public let source: String

    public init(code: String, name: String, asciiName: String, kind: UnitType, region: String,
                aliases: [String], source: String) {
        self.code = code
        self.name = name
        self.asciiName = asciiName
        self.kind = kind
        self.region = region
        self.aliases = aliases
        self.source = source
    }

    /// The kind in a given year: Thừa Thiên Huế is the centrally-run city Huế from 1 January 2025.
    public func kind(in year: Int) -> UnitType {
        // The year first: it is one comparison, the name a Unicode string comparison (measured in
        // extraction, which asks for every figure's unit).
        if year >= 2025 && name == "Thừa Thiên Huế" { return .city }
        return kind
    }

    /// The unit reference for a year.
    public func ref(in year: Int = 2024) -> UnitRef { UnitRef(type: kind(in: year), name: name) }
}
