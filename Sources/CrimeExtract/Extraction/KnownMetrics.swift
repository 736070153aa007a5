import CrimeData
import Foundation

/// Whether the catalogue knows a metric id, remembered across reports and threads.
///
/// `MetricCatalog.metric(_:)` reads a derived id ("crime_change_pct_vs_prev_period") with Foundation string
/// searches, about 20 000 instructions a call; a table per report still paid that for each distinct change
/// metric of each report (3% of `ReportExtractor.extract` when measured). The answers never change, so one
/// table, behind a lock, serves every report.
final class KnownMetrics: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: Bool] = [:]

    /// Whether `MetricCatalog.metric(id)` is not nil.
    func contains(_ id: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let answer = known[id] { return answer }
        let answer = MetricCatalog.metric(id) != nil
        known[id] = answer
        return answer
    }
}
