import CrimeAnalytics
@testable import crimestats
import CrimeData
import Testing

/// Builds observations for validation tests.
enum Figures {
    static let cluster2 = UnitRef.cluster(2)
    static let haGiang = UnitRef(type: .province, name: "Hà Giang")

    static func year(_ y: Int) -> Period { Period.year(y) ?? Period.year(2000)! }

    static func value(_ text: String) -> DecimalValue { DecimalValue(Substring(text)) ?? DecimalValue(units: 0, scale: 0) }

    static func figure(_ metric: String, _ text: String, unit: UnitRef = cluster2, period: Period = year(2020),
                       qualifier: Qualifier = .exact, source: String = "report-a", quote: String = "") -> Observation {
        Observation(unit: unit, period: period, metric: metric, exactValue: value(text), qualifier: qualifier,
                    source: source, quote: quote.isEmpty ? "\(metric) \(text)" : quote)
    }

    static func validate(_ observations: [Observation], rounding: RoundingMode = .upOrDown,
                         gazetteer: Gazetteer? = nil) -> [ValidationFinding] {
        FigureValidator(options: .init(rounding: rounding), gazetteer: gazetteer).validate(observations).findings
    }

    static func only(_ findings: [ValidationFinding], _ check: ValidationFinding.Check) -> [ValidationFinding] {
        findings.filter { $0.check == check }
    }
}

/// The validation suites, grouped so `swift test --filter Validation` runs them all.
@Suite("Validation") enum ValidationTests {}

/// A finding's message as the English catalogue writes it.
func english(_ message: FindingMessage?) -> String { message.map(Catalog(.en).finding) ?? "" }

/// A finding's message as the Vietnamese catalogue writes it.
func vietnamese(_ message: FindingMessage?) -> String { message.map(Catalog(.vi).finding) ?? "" }
