import Foundation

/// The metric vocabulary: base metrics, documented extensions, and derived change metrics.
///
/// Sources: DESIGN.md ("metric vocabulary") and ../shared/data/README.md ("Extensions", "Baseline
/// suffixes"). Unknown identifiers are rejected so a typo never becomes a new series.
public enum MetricCatalog {
    /// Every base and extension metric (change metrics are derived on lookup).
    public static let base: [Metric] = [
        Metric(id: "crimes_recorded", unit: .count, english: "crimes recorded", vietnamese: "số vụ phạm tội"),
        Metric(id: "crimes_social_order", unit: .count, english: "social-order crimes",
               vietnamese: "số vụ phạm tội về trật tự xã hội"),
        Metric(id: "offenders", unit: .count, english: "offenders", vietnamese: "số đối tượng"),
        Metric(id: "cases_cleared", unit: .count, english: "cases cleared", vietnamese: "số vụ điều tra khám phá"),
        Metric(id: "clearance_rate", unit: .percent, english: "clearance rate",
               vietnamese: "tỷ lệ điều tra khám phá", numerator: "cases_cleared",
               denominators: ["crimes_social_order", "crimes_recorded"]),
        Metric(id: "serious_cases", unit: .count, english: "very serious and especially serious cases",
               vietnamese: "số vụ án rất nghiêm trọng và đặc biệt nghiêm trọng"),
        Metric(id: "serious_cases_cleared", unit: .count, english: "serious cases cleared",
               vietnamese: "số vụ án rất nghiêm trọng, đặc biệt nghiêm trọng được làm rõ"),
        Metric(id: "serious_clearance_rate", unit: .percent, english: "serious-case clearance rate",
               vietnamese: "tỷ lệ khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng",
               numerator: "serious_cases_cleared", denominators: ["serious_cases"]),
        Metric(id: "crime_change_pct", unit: .percent, english: "change in crimes (%)",
               vietnamese: "tăng/giảm số vụ phạm tội (%)", changeOf: "crimes_recorded",
               baseline: .sameSpanYearEarlier),
        Metric(id: "crime_change_count", unit: .count, english: "change in crimes (cases)",
               vietnamese: "tăng/giảm số vụ phạm tội (vụ)", changeOf: "crimes_recorded",
               baseline: .sameSpanYearEarlier),
        Metric(id: "fugitives_arrested", unit: .count, english: "fugitives arrested or surrendered",
               vietnamese: "đối tượng truy nã bị bắt, đầu thú"),
        Metric(id: "drug_cases", unit: .count, english: "drug cases", vietnamese: "số vụ phạm tội về ma túy"),
        Metric(id: "drug_offenders", unit: .count, english: "drug offenders", vietnamese: "số đối tượng phạm tội về ma túy"),
        Metric(id: "traffic_accidents", unit: .count, english: "traffic accidents", vietnamese: "số vụ tai nạn giao thông"),
        Metric(id: "traffic_deaths", unit: .count, english: "traffic deaths", vietnamese: "số người chết do tai nạn giao thông"),
        Metric(id: "traffic_injuries", unit: .count, english: "traffic injuries", vietnamese: "số người bị thương do tai nạn giao thông"),
        Metric(id: "commendations_collective", unit: .count, english: "collectives commended", vietnamese: "tập thể được khen thưởng"),
        Metric(id: "commendations_individual", unit: .count, english: "individuals commended", vietnamese: "cá nhân được khen thưởng"),
        Metric(id: "members", unit: .count, english: "member units", vietnamese: "số đơn vị thành viên"),
        // Extensions (../shared/data/README.md).
        Metric(id: "violations_social_order", unit: .count, english: "social-order violations",
               vietnamese: "số vụ vi phạm pháp luật về trật tự xã hội"),
        Metric(id: "violations_total", unit: .count, english: "law violations (all fields)", vietnamese: "số vụ vi phạm pháp luật"),
        Metric(id: "special_serious_cases", unit: .count, english: "especially serious cases", vietnamese: "số vụ án đặc biệt nghiêm trọng"),
        Metric(id: "special_serious_cases_cleared", unit: .count, english: "especially serious cases cleared",
               vietnamese: "số vụ án đặc biệt nghiêm trọng được làm rõ"),
        Metric(id: "special_serious_clearance_rate", unit: .percent, english: "especially-serious clearance rate",
               vietnamese: "tỷ lệ khám phá án đặc biệt nghiêm trọng", numerator: "special_serious_cases_cleared",
               denominators: ["special_serious_cases"]),
        Metric(id: "very_serious_clearance_rate", unit: .percent, english: "very-serious clearance rate",
               vietnamese: "tỷ lệ khám phá án rất nghiêm trọng"),
        Metric(id: "murder_clearance_rate", unit: .percent, english: "murder clearance rate", vietnamese: "tỷ lệ khám phá án giết người"),
        Metric(id: "economic_cases", unit: .count, english: "economic cases", vietnamese: "số vụ phạm tội về kinh tế"),
        Metric(id: "economic_offenders", unit: .count, english: "economic offenders", vietnamese: "số đối tượng phạm tội về kinh tế"),
        Metric(id: "economic_cases_prosecuted", unit: .count, english: "economic cases prosecuted", vietnamese: "số vụ kinh tế khởi tố"),
        Metric(id: "economic_defendants", unit: .count, english: "economic defendants", vietnamese: "số bị can về kinh tế"),
        Metric(id: "corruption_cases", unit: .count, english: "corruption cases", vietnamese: "số vụ tham nhũng, chức vụ"),
        Metric(id: "corruption_offenders", unit: .count, english: "corruption offenders", vietnamese: "số đối tượng tham nhũng, chức vụ"),
        Metric(id: "corruption_cases_prosecuted", unit: .count, english: "corruption cases prosecuted", vietnamese: "số vụ tham nhũng khởi tố"),
        Metric(id: "corruption_defendants", unit: .count, english: "corruption defendants", vietnamese: "số bị can tham nhũng"),
        Metric(id: "environment_cases", unit: .count, english: "environment cases", vietnamese: "số vụ vi phạm về môi trường"),
        Metric(id: "drug_cases_prosecuted", unit: .count, english: "drug cases prosecuted", vietnamese: "số vụ ma túy khởi tố"),
        Metric(id: "drug_defendants", unit: .count, english: "drug defendants", vietnamese: "số bị can về ma túy"),
        Metric(id: "cases_prosecuted", unit: .count, english: "cases prosecuted", vietnamese: "số vụ khởi tố"),
        Metric(id: "defendants", unit: .count, english: "defendants", vietnamese: "số bị can"),
        Metric(id: "social_order_cases_prosecuted", unit: .count, english: "social-order cases prosecuted",
               vietnamese: "số vụ trật tự xã hội khởi tố"),
        Metric(id: "social_order_defendants", unit: .count, english: "social-order defendants", vietnamese: "số bị can về trật tự xã hội"),
        Metric(id: "cases_accepted", unit: .count, english: "cases accepted", vietnamese: "số vụ thụ lý"),
        Metric(id: "gangs_dismantled", unit: .count, english: "gangs dismantled", vietnamese: "số băng, nhóm bị triệt phá"),
        Metric(id: "fugitives_dangerous_arrested", unit: .count, english: "dangerous fugitives arrested",
               vietnamese: "đối tượng truy nã nguy hiểm bị bắt"),
        Metric(id: "crime_reports_received", unit: .count, english: "crime reports received", vietnamese: "số tin báo, tố giác tội phạm tiếp nhận"),
        Metric(id: "crime_reports_resolved", unit: .count, english: "crime reports resolved", vietnamese: "số tin báo, tố giác tội phạm đã giải quyết"),
        Metric(id: "reports_resolution_rate", unit: .percent, english: "crime-report resolution rate",
               vietnamese: "tỷ lệ giải quyết tin báo, tố giác tội phạm", numerator: "crime_reports_resolved",
               denominators: ["crime_reports_received"]),
        Metric(id: "crime_deaths", unit: .count, english: "deaths caused by crime", vietnamese: "số người chết do tội phạm"),
        Metric(id: "crime_injuries", unit: .count, english: "injuries caused by crime", vietnamese: "số người bị thương do tội phạm"),
        Metric(id: "commendations_total", unit: .count, english: "collectives and individuals commended",
               vietnamese: "tập thể, cá nhân được khen thưởng"),
        Metric(id: "clearance_rate_change_pp", unit: .percentagePoints, english: "change in clearance rate (points)",
               vietnamese: "tăng/giảm tỷ lệ khám phá (điểm %)", changeOf: "clearance_rate", baseline: .sameSpanYearEarlier),
    ]

    private static let byID: [String: Metric] = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// Every metric identifier in the base vocabulary, in catalogue order.
    public static var baseIDs: [String] { base.map(\.id) }

    /// Looks up a metric id, deriving change metrics (`drug_cases_change_pct_vs_prev_period`, …).
    public static func metric(_ id: String) -> Metric? {
        if let known = byID[id] { return known }
        var stem = Substring(id)
        var baseline = ChangeBaseline.sameSpanYearEarlier
        if stem.hasSuffix("_vs_prev_period") {
            stem = stem.dropLast("_vs_prev_period".count)
            baseline = .previousPeriod
        } else if let range = stem.range(of: "_vs_", options: .backwards),
                  let year = Int(stem[range.upperBound...]), (1900...2100).contains(year) {
            baseline = .year(year)
            stem = stem[..<range.lowerBound]
        }
        let unit: MetricUnit
        if stem.hasSuffix("_change_pct") {
            unit = .percent
            stem = stem.dropLast("_change_pct".count)
        } else if stem.hasSuffix("_change_count") {
            unit = .count
            stem = stem.dropLast("_change_count".count)
        } else if stem.hasSuffix("_change_pp") {
            unit = .percentagePoints
            stem = stem.dropLast("_change_pp".count)
        } else {
            return nil
        }
        let of = stem == "crime" ? "crimes_recorded" : String(stem)
        guard let subject = byID[of] else { return nil }
        if unit == .percentagePoints && subject.unit != .percent { return nil }
        let what: (String, String)
        switch unit {
        case .percent: what = ("(%)", "(%)")
        case .count: what = ("(count)", "(số)")
        case .percentagePoints: what = ("(points)", "(điểm %)")
        }
        let againstEN: String, againstVI: String
        switch baseline {
        case .sameSpanYearEarlier: againstEN = ""; againstVI = ""
        case .previousPeriod: againstEN = " vs previous period"; againstVI = " so với kỳ trước"
        case .year(let y): againstEN = " vs \(y)"; againstVI = " so với năm \(y)"
        }
        return Metric(id: id, unit: unit, english: "change in \(subject.english) \(what.0)\(againstEN)",
                      vietnamese: "tăng/giảm \(subject.vietnamese) \(what.1)\(againstVI)",
                      changeOf: of, baseline: baseline)
    }
}
