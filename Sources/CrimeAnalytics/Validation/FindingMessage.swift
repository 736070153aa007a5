import CrimeData

/// A finding's explanation as structured values: sentences, each a ``Key`` naming what it says and the
/// figures it says it with, kept as numbers, metric ids and periods.
///
/// The analytics decide *what* a finding says; how it reads in English or Vietnamese is the
/// presentation's business (the CLI's message catalogue holds one whole-sentence template per key and
/// language, and writes numbers, metrics and periods the way the language does: "1,681" / "1.681",
/// "Jan–Jun 2019" / "6 tháng đầu năm 2019"). ``description`` is a neutral, language-free form for
/// debugging and tests: `rate_inconsistent(place: …, ratio: …)`.
public struct FindingMessage: Sendable, Hashable, CustomStringConvertible {
    /// What a sentence says. Each key has a template per language in the catalogue; the arguments a
    /// template uses are the ones listed with the key.
    public enum Key: String, Sendable, Hashable, CaseIterable {
        // Readings of a stated percentage (used inside other sentences).
        /// interval, rounding: "88.65–88.75% under rounding".
        case readingRounded = "reading_rounded"
        /// stated, interval: "“trên 85%” read as more than 85%".
        case readingQualified = "reading_qualified"
        /// stated, interval, tolerance: as above, with the tolerance used.
        case readingQualifiedTolerance = "reading_qualified_tolerance"
        /// count, base, percent: "1,681 cases cleared of 2,156 social-order crimes is 77.97%".
        case ratio
        // A rate against its counts.
        /// place, stated, base.
        case rateZeroBase = "rate_zero_base"
        /// place, ratio, stated, explanation.
        case rateConsistent = "rate_consistent"
        /// place, ratio, stated, explanation.
        case rateInconsistent = "rate_inconsistent"
        case noBaseFits = "no_base_fits"
        /// range.
        case baseFits = "base_fits"
        /// count, base.
        case countFits = "count_fits"
        /// metric.
        case baseUsed = "base_used"
        case figuresFromOtherSources = "figures_from_other_sources"
        /// place, noun, stated, count, explanation.
        case countOnlyNoBase = "count_only_no_base"
        /// below, belowPercent, above, abovePercent.
        case countOnlyNearest = "count_only_nearest"
        /// place, stated, count, range, explanation.
        case countOnlyImplies = "count_only_implies"
        /// count.
        case countOnlyCouldNotFail = "count_only_could_not_fail"
        /// place, noun, base, stated, explanation.
        case baseOnlyNoCount = "base_only_no_count"
        /// place, noun, base, stated, explanation, below, belowPercent, above, abovePercent.
        case baseOnlyNoCountNearest = "base_only_no_count_nearest"
        /// place, stated, base, range, explanation.
        case baseOnlyImplies = "base_only_implies"
        /// base.
        case baseOnlyCouldNotFail = "base_only_could_not_fail"
        // Alternatives (also each alternative's own description).
        /// stated.
        case altTruncation = "alt_truncation"
        /// base, percent.
        case altOtherBaseSameSource = "alt_other_base_same_source"
        /// base, source, percent.
        case altOtherBase = "alt_other_base"
        /// count, source.
        case altOtherCount = "alt_other_count"
        /// stated.
        case altSwappedRate = "alt_swapped_rate"
        /// count.
        case altSwappedCount = "alt_swapped_count"
        /// base.
        case altSwappedBase = "alt_swapped_base"
        /// stated.
        case altRecomputed = "alt_recomputed"
        /// range.
        case altPreviousFits = "alt_previous_fits"
        case altReadAsPercent = "alt_read_as_percent"
        case altReadAsPoints = "alt_read_as_points"
        // A change against the counts of two periods.
        /// place, current, change, previous, period.
        case changeCountImpossible = "change_count_impossible"
        /// place, current, change, previous, period.
        case changeCountImplied = "change_count_implied"
        /// place, previous, period, current, actual.
        case changeCountAsStated = "change_count_as_stated"
        /// place, previous, period, current, actual, stated.
        case changeCountDiffers = "change_count_differs"
        case countsFromOtherSources = "counts_from_other_sources"
        /// current, change: " (376 minus the stated change of +59)".
        case derivedPrevious = "derived_previous"
        /// place, previous, period, derived, current, actual, stated, explanation.
        case changeConsistent = "change_consistent"
        /// place, previous, period, derived, current, actual, stated, explanation.
        case changeInconsistent = "change_inconsistent"
        /// place, current, stated, range, period, explanation.
        case changeImplies = "change_implies"
        case changeCouldNotFail = "change_could_not_fail"
        /// place, noun, period, stated, current, explanation.
        case changeNoPrevious = "change_no_previous"
        /// below, belowChange, above, aboveChange.
        case changeNearest = "change_nearest"
        // A change of a rate: points or percent.
        /// place, metric, previous, period, current, points, relative.
        case rateChangeReadings = "rate_change_readings"
        /// place, metric, previous, period, current, points.
        case rateChangePointsOnly = "rate_change_points_only"
        /// stated.
        case rateChangeBoth = "rate_change_both"
        case rateChangePointsAsLabelled = "rate_change_points_as_labelled"
        case rateChangePercentAsLabelled = "rate_change_percent_as_labelled"
        case rateChangePercentNotPoints = "rate_change_percent_not_points"
        case rateChangePointsNotPercent = "rate_change_points_not_percent"
        case rateChangeNeither = "rate_change_neither"
        case ratesFromOtherSources = "rates_from_other_sources"
        // Parts, totals, signs and conflicts.
        /// place, metric, value, percentage (a flag: percentage or count).
        case negativeCount = "negative_count"
        case negativePercentage = "negative_percentage"
        /// place, metric, stated.
        case rateAbove100 = "rate_above_100"
        /// place, part, total.
        case partWithinTotal = "part_within_total"
        /// place, part, total, reason.
        case partExceedsImpossible = "part_exceeds_impossible"
        /// place, part, total, reason.
        case partExceedsUnusual = "part_exceeds_unusual"
        case partCouldNotFail = "part_could_not_fail"
        /// place, members, year, sum, total.
        case clusterSumSame = "cluster_sum_same"
        /// place, members, year, sum, total, difference.
        case clusterSumDiffers = "cluster_sum_differs"
        case figuresFromOtherSourcesOrDates = "figures_from_other_sources_or_dates"
        /// place, metric, values.
        case conflict
        /// place, metric, values.
        case conflictSameSource = "conflict_same_source"
        /// value, source: "400 by report-a".
        case conflictValue = "conflict_value"
        // Reasons of the part rules.
        case reasonSeriousOfAll = "reason_serious_of_all"
        case reasonSpecialOfSerious = "reason_special_of_serious"
        case reasonSeriousClearedOfCleared = "reason_serious_cleared_of_cleared"
        case reasonSpecialClearedOfSeriousCleared = "reason_special_cleared_of_serious_cleared"
        case reasonEarlierYears = "reason_earlier_years"
        case reasonCarriedOverReports = "reason_carried_over_reports"
    }

    /// A value a sentence uses, kept as what it is so each language can write it its own way.
    public indirect enum Value: Sendable, Hashable {
        /// Verbatim text: a source's name, a quote.
        case text(String)
        /// A whole number, grouped by thousands.
        case count(Int64)
        /// A count with the metric it counts: "1,681 cases cleared" (nil: the bare number).
        case countOf(Int64, metric: String?)
        /// A range of whole counts with the metric they count: "1,895–1,896 crimes recorded".
        case range(ImpliedRange, metric: String?)
        /// A stated decimal, as written.
        case decimal(DecimalValue)
        /// A stated decimal with its sign: "+59".
        case signedDecimal(DecimalValue)
        /// A stated percentage: "88.7%".
        case percent(DecimalValue)
        /// A stated signed percentage: "+18%".
        case signedPercent(DecimalValue)
        /// A stated signed change in points: "+4.0 points".
        case signedPoints(DecimalValue)
        /// A computed percentage with fixed decimals: "77.97%".
        case computedPercent(Double, decimals: Int)
        /// A computed signed percentage: "+18.61%".
        case signedComputedPercent(Double, decimals: Int)
        /// A computed signed number: "+4.00".
        case signedNumber(Double, decimals: Int)
        /// A figure stated with a verbal bound, as stated: "“trên 85%”"; exact figures as plain values.
        case qualified(DecimalValue, Qualifier, unit: MetricUnit)
        /// The interval a percentage stands for: "88.65–88.75%", "more than 85%".
        case interval(PercentInterval)
        /// How percentages are assumed rounded: "under rounding".
        case rounding(RoundingMode)
        /// A metric by id: "clearance rate".
        case metric(String)
        /// The thing a noun slot counts: a metric's label, or a generic word when nil ("base" / "count").
        case noun(String?, generic: Noun)
        /// A period: "2020", "Jan–Jun 2019".
        case period(Period)
        /// A year.
        case year(Int)
        /// Where and when a finding applies, with its trailing separator: "Hà Giang, 2020: " (nothing
        /// for a one-off check).
        case place(UnitRef?, Period?)
        /// A nested message (a reading, a ratio, a reason).
        case message(FindingMessage)
        /// Messages joined with "; ".
        case list([FindingMessage])
        /// A yes/no choice a template picks its words by.
        case flag(Bool)
    }

    /// The generic words for a noun slot with no metric.
    public enum Noun: String, Sendable, Hashable {
        case base, count
    }

    /// One sentence (or clause): its key and its named arguments.
    public struct Sentence: Sendable, Hashable {
        public var key: Key
        public var arguments: [String: Value]

        public init(_ key: Key, _ arguments: [String: Value] = [:]) {
            self.key = key
            self.arguments = arguments
        }
    }

    /// The sentences, in order; a presentation joins them with a space.
    public var sentences: [Sentence]

    public init(_ sentences: [Sentence]) { self.sentences = sentences }

    /// A message of one sentence.
    public init(_ key: Key, _ arguments: [String: Value] = [:]) { sentences = [Sentence(key, arguments)] }

    /// The empty message.
    public static let empty = FindingMessage([])

    public var isEmpty: Bool { sentences.isEmpty }

    /// Appends another message's sentences.
    public static func + (a: FindingMessage, b: FindingMessage) -> FindingMessage { FindingMessage(a.sentences + b.sentences) }

    public static func += (a: inout FindingMessage, b: FindingMessage) { a.sentences += b.sentences }

    /// Appends one sentence.
    public mutating func append(_ key: Key, _ arguments: [String: Value] = [:]) {
        sentences.append(Sentence(key, arguments))
    }

    /// The keys used, nested messages included, in order.
    public var keys: [Key] {
        sentences.flatMap { s in [s.key] + s.arguments.keys.sorted().flatMap { Self.keys(in: s.arguments[$0]) } }
    }

    private static func keys(in value: Value?) -> [Key] {
        switch value {
        case .message(let m)?: return m.keys
        case .list(let ms)?: return ms.flatMap(\.keys)
        default: return []
        }
    }

    /// A language-free form for debugging and tests: `key(name: value, …)` for each sentence.
    public var description: String {
        sentences.map { s in
            s.key.rawValue + "(" + s.arguments.keys.sorted().map { "\($0): \(Self.describe(s.arguments[$0]))" }.joined(separator: ", ") + ")"
        }.joined(separator: " ")
    }

    private static func describe(_ value: Value?) -> String {
        guard let value else { return "nil" }
        switch value {
        case .message(let m): return "[" + m.description + "]"
        case .list(let ms): return "[" + ms.map(\.description).joined(separator: "; ") + "]"
        default: return "\(value)"
        }
    }
}
