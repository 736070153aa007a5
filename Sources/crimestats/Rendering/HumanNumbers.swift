import CrimeData

/// Numbers for people: English "2,156" / "88.7%", Vietnamese "2.156" / "88,7%".
struct HumanNumbers {
    let lang: Language

    /// A stated value as written (its own decimals), with a percent sign for rates.
    func value(_ o: Observation, metric: Metric, charset ascii: Bool = false) -> String {
        let number = VietnameseNumber.format(o.exactValue, vietnamese: lang.isVietnamese)
        let unit = metric.unit == .percent ? "%" : (metric.unit == .percentagePoints ? " " + Catalog(lang)(.pointsAbbrev) : "")
        return qualifierMark(o.qualifier, ascii: ascii) + number + unit
    }

    /// A value of a series (exact figures only), with its unit: "88.7%", "2,156".
    func value(_ x: Double, metric: Metric) -> String {
        let decimals = x == x.rounded() ? 0 : (abs(x * 10) == (abs(x) * 10).rounded() ? 1 : 2)
        let unit = metric.unit == .percent ? "%" : (metric.unit == .percentagePoints ? " " + Catalog(lang)(.pointsAbbrev) : "")
        return number(x, decimals: decimals) + unit
    }

    /// A computed number with `decimals` decimals.
    func number(_ x: Double, decimals: Int) -> String {
        VietnameseNumber.format(x, decimals: decimals, vietnamese: lang.isVietnamese)
    }

    /// A signed change: "+3.2%", "−1.5 pp".
    func change(_ x: Double?, unit: MetricUnit) -> String? {
        guard let x, x.isFinite else { return nil }
        let sign = x > 0 ? "+" : (x < 0 ? "-" : "±")
        let body = VietnameseNumber.format(abs(x), decimals: 1, vietnamese: lang.isVietnamese)
        return sign + body + (unit == .count ? "%" : " " + Catalog(lang)(.pointsAbbrev))
    }

    func qualifierMark(_ q: Qualifier, ascii: Bool) -> String {
        switch q {
        case .exact: return ""
        case .over, .moreThan: return ">"
        case .atLeast: return ascii ? ">=" : "≥"
        case .nearly: return ascii ? "<~" : "≲"
        case .about: return "~"
        case .under: return "<"
        }
    }
}
