import CrimeData

/// One result of checking reported figures: which check, how serious, the figures used and why.
///
/// Every finding names each figure it used with its source and quote (``figures``), and says whether
/// the check could have failed at all (``couldFail``), so that a pass is not mistaken for evidence.
public struct ValidationFinding: Sendable, Hashable {
    /// The kind of check, in the analyst's words.
    public enum Check: String, Sendable, Hashable, CaseIterable {
        /// A percentage against the counts it is a percentage of (rounding-aware).
        case rateVsCounts = "rate_vs_counts"
        /// A figure stated with a verbal bound ("trên 80 %") against the counts.
        case qualifiedFigure = "qualified_figure"
        /// A stated change against the counts of the two periods.
        case changeVsCounts = "change_vs_counts"
        /// A stated change of a rate: percent or percentage points.
        case rateChangeReading = "rate_change_reading"
        /// A cluster's count against the sum of its member units.
        case clusterVsMembers = "cluster_vs_members"
        /// A part against its total (serious cases within all crimes, cleared within recorded).
        case partVsTotal = "part_vs_total"
        /// A rate above 100 %.
        case rateAbove100 = "rate_above_100"
        /// A count below zero.
        case negativeCount = "negative_count"
        /// The same figure stated differently by different sources.
        case conflictingSources = "conflicting_sources"

    }

    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Inconsistent beyond rounding under the chosen mode, or impossible.
        case error
        /// Unusual, or sources that disagree.
        case warning
        /// Consistent, or a check that could not have failed.
        case info

        var rank: Int { self == .error ? 0 : (self == .warning ? 1 : 2) }
        /// Errors first.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// A figure the check used, with where it was stated.
    public struct Figure: Sendable, Hashable {
        public var source: String
        public var quote: String
        public var metric: String
        public var value: DecimalValue
        public var qualifier: Qualifier
        /// The period of the figure (a change check uses the previous period too).
        public var period: Period?
        public var location: SourceLocation?

        public init(source: String, quote: String, metric: String, value: DecimalValue, qualifier: Qualifier = .exact,
                    period: Period? = nil, location: SourceLocation? = nil) {
            self.source = source
            self.quote = quote
            self.metric = metric
            self.value = value
            self.qualifier = qualifier
            self.period = period
            self.location = location
        }

        /// The figure of an observation.
        public init(_ o: Observation) {
            self.init(source: o.source, quote: o.quote, metric: o.metric, value: o.exactValue, qualifier: o.qualifier,
                      period: o.period, location: o.location)
        }
    }

    /// A nearby reading under which the figures would agree.
    public struct Alternative: Sendable, Hashable {
        /// What kind: "recomputed", "truncation", "other_base", "other_count", "digit_transposition",
        /// "implied_base", "implied_count", "reading".
        public var kind: String
        /// The alternative value (a rate, a base or a count), as an exact decimal.
        public var value: DecimalValue?
        /// In words.
        public var description: FindingMessage

        public init(kind: String, value: DecimalValue?, description: FindingMessage) {
            self.kind = kind
            self.value = value
            self.description = description
        }
    }

    public var check: Check
    public var severity: Severity
    /// The unit; nil for a one-off check of figures given on the command line.
    public var unit: UnitRef?
    public var period: Period?
    /// The metric checked (for a rate check, the rate's metric).
    public var metric: String?
    /// The stated value checked.
    public var reported: DecimalValue?
    /// The value the other figures give (a percentage, a sum, a change).
    public var computed: Double?
    /// The interval the stated value stands for (rounding or verbal bound).
    public var intervalLow: DecimalValue?
    public var intervalHigh: DecimalValue?
    /// Counts that fit the stated rate and base.
    public var impliedNumerators: ImpliedRange?
    /// Bases that fit the stated rate and count (for a change: previous-period counts).
    public var impliedDenominators: ImpliedRange?
    public var alternatives: [Alternative]
    /// False when no stated value could have failed this check (a pass is then no evidence).
    public var couldFail: Bool
    public var message: FindingMessage
    public var figures: [Figure]

    public init(check: Check, severity: Severity, unit: UnitRef?, period: Period?, metric: String?,
                reported: DecimalValue? = nil, computed: Double? = nil, intervalLow: DecimalValue? = nil,
                intervalHigh: DecimalValue? = nil, impliedNumerators: ImpliedRange? = nil,
                impliedDenominators: ImpliedRange? = nil, alternatives: [Alternative] = [], couldFail: Bool = true,
                message: FindingMessage, figures: [Figure]) {
        self.check = check
        self.severity = severity
        self.unit = unit
        self.period = period
        self.metric = metric
        self.reported = reported
        self.computed = computed
        self.intervalLow = intervalLow
        self.intervalHigh = intervalHigh
        self.impliedNumerators = impliedNumerators
        self.impliedDenominators = impliedDenominators
        self.alternatives = alternatives
        self.couldFail = couldFail
        self.message = message
        self.figures = figures
    }

    /// The source the finding is grouped under: the source of the figure checked (the first figure).
    public var primarySource: String { figures.first?.source ?? "" }
}

/// Counts of findings by severity.
public struct ValidationSummary: Sendable, Hashable {
    public var checked: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    public init(_ findings: [ValidationFinding]) {
        checked = findings.count
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        infos = findings.count { $0.severity == .info }
    }
}

/// The findings of a validation run, in output order, and their summary.
public struct ValidationReport: Sendable {
    public var findings: [ValidationFinding]
    public var summary: ValidationSummary { ValidationSummary(findings) }

    public init(findings: [ValidationFinding]) { self.findings = findings }
}
