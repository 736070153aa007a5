import CrimeData

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

    var role: Role
    /// Token range, inclusive.
    var first: Int
    var last: Int

    var isNumber: Bool { if case .number = role { return true } else { return false } }

    func isPunct(_ text: String) -> Bool {
        if case .punct(let p) = role { return p == text }
        return false
    }

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
