import CrimeData
import Foundation

/// A token or a recognised phrase, with the role it plays in a statement.
struct Lexeme: Sendable {
    enum Role: Sendable {
        /// A number as written, with its value; `percent` when "%" follows; `sign` from a written "+"/"-".
        case number(value: DecimalValue, percent: Bool, sign: Int)
        case counter(Counter)
        case action(Action)
        case topic(Topic)
        /// giảm / tăng / kéo giảm / ít hơn / nhiều hơn: −1 or +1.
        case change(Int)
        case qualifier(Qualifier)
        /// "cao hơn" / "thấp hơn": a change in points when it follows a rate, else a comparison with a target.
        case comparative(Int)
        /// "từ": at least, when "trở lên" follows.
        case from
        /// "trở lên".
        case orMore
        /// "tỷ lệ".
        case rate
        /// "đạt".
        case reach
        /// "so với", "so".
        case compare
        /// A baseline stated without a period: "cùng kỳ", "năm trước" (same span) or "liền kề",
        /// "tháng trước", "nhiệm kỳ trước" (previous period).
        case baseline(ChangeBaseline)
        /// chỉ tiêu, kế hoạch, phấn đấu, mục tiêu: what follows is a target, not a result.
        case target
        /// vượt: a target-relative figure.
        case exceed
        /// chiếm: a share of a total.
        case share
        /// tương đương, tương ứng, "=".
        case equivalent
        /// "trong đó": a subset of what precedes.
        case subset
        /// "tổng số": the base of a fraction ("trên tổng số 4.088 vụ").
        case total
        /// A province or city (index into the gazetteer's provinces).
        case province(Int)
        /// "Cụm thi đua số N".
        case cluster(Int)
        /// A reference to the cluster's members as a whole: "Công an 7 tỉnh", "các tỉnh", "toàn cụm".
        case memberGroup
        /// A district, town or commune named with its prefix ("huyện Xuyên Mộc", "thị xã An Khê", "TP Pleiku",
        /// "quận 3"); `commune` for "xã"/"phường". Its name is the capitalised words after the prefix.
        case district(commune: Bool)
        /// An ad-hoc group of provinces: "5 tỉnh Tây Nguyên", "7 tỉnh, thành giáp ranh".
        case region
        /// "toàn quốc", "cả nước".
        case national
        /// "toàn tỉnh", "trên địa bàn": the report's own unit.
        case ownUnit
        /// Công an, CATP, tỉnh, thành phố…: a unit name follows.
        case unitPrefix
        /// A period ("năm 2020", "6 tháng đầu năm 2019", "quý III năm 2023").
        case period(PeriodMention)
        /// Words that look like a cue but are not ("nhiệm vụ", "tăng cường", "người dân").
        case ignored
        /// Any other word.
        case word(String)
        /// Punctuation.
        case punct(String)
    }

    let role: Role
    /// Token range, inclusive.
    var first: Int
    var last: Int
    /// For punctuation, its mark as one scalar in canonical (NFC) form, so that comparing it with a mark is
    /// the `String` equality of the text with that mark; ``Lexeme/notAMark`` for other lexemes and for texts
    /// of several scalars.
    ///
    /// Kept for speed: the readers test lexemes for ";", ",", "." … at nearly every step, and comparing
    /// the `.punct` text as a `String` (plus the copy of the role it took, and the array literals of marks)
    /// was about 6% of `ReportExtractor.extract` on the benchmark corpus when measured.
    let mark: Unicode.Scalar

    /// What ``mark`` holds for a lexeme that is not one mark (U+FFFF, a noncharacter no reader looks for).
    static let notAMark: Unicode.Scalar = "\u{FFFF}"

    init(role: Role, first: Int, last: Int) {
        self.role = role
        self.first = first
        self.last = last
        if case .punct(let text) = role { mark = Lexeme.canonicalMark(text) } else { mark = Lexeme.notAMark }
    }

    /// The one scalar of a mark's text in NFC ("\u{37E}", the Greek question mark, is ";"), else
    /// ``notAMark``. Two texts are equal `String`s exactly when their NFC forms are, so for the marks the
    /// readers look for (all NFC) `mark == m` is `text == String(m)`.
    static func canonicalMark(_ text: String) -> Unicode.Scalar {
        let utf8 = text.utf8
        if utf8.count == 1, let byte = utf8.first, byte < 0x80 { return Unicode.Scalar(byte) }
        let canonical = text.precomposedStringWithCanonicalMapping.unicodeScalars
        guard canonical.count == 1, let scalar = canonical.first, String(scalar) == text else { return notAMark }
        return scalar
    }

    /// A province, city or district named ("Gia Lai 864 vụ", "quận Đống Đa 298 vụ").
    var isUnitName: Bool {
        switch role {
        case .province, .district: return true
        default: return false
        }
    }

    var isNumber: Bool { if case .number = role { return true } else { return false } }

    /// Whether this is the punctuation `mark` (by `String` equality of the texts, through ``mark``).
    @inline(__always)
    func isPunct(_ mark: Unicode.Scalar) -> Bool { self.mark == mark }

    var counter: Counter? { if case .counter(let c) = role { return c } else { return nil } }
    var topic: Topic? { if case .topic(let t) = role { return t } else { return nil } }
    var action: Action? { if case .action(let a) = role { return a } else { return nil } }
}

extension Lexeme.Role {
    func isWord(_ w: String) -> Bool {
        if case .word(let x) = self { return x == w }
        return false
    }
}
