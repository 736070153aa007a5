import CrimeData
import TextCharts

typealias TextChartsWords = ChartWords

/// The CLI's own messages: one case per catalogue entry (its raw value is the key in
/// ``Catalog/english`` and ``Catalog/vietnamese``). Grouped by where they appear; new strings go in
/// the group of their command, in both catalogues.
enum MessageKey: String, CaseIterable {
    // Shared words
    case unitTypeNational, unitTypeCluster, unitTypeRegion, unitTypeCity, unitTypeProvince, unitTypeDistrict
    case severityError, severityWarning, severityInfo
    case spanYear, spanFirstMonths, spanQuarter, spanMonth, spanOther
    case periodYear, periodQuarter, periodMonth, periodFirstMonths, periodMonths, periodAcrossYears
    case pointsAbbrev, pointsWord, pointsSigned, orSeparator, undated, publishedOn, sourcesHeading
    case columnsNotShown
    // Table headers
    case headerUnit, headerUnits, headerKind, headerYear, headerYears, headerTrend, headerChangePercent, headerChangePoints
    case headerN, headerOLS, headerCI95, headerP, headerSen, headerMKTau, headerMKP, headerCAGR, headerAPC
    case headerCleared, headerBase, headerRate, headerWilson95, headerZ, headerFunnel, headerExpectedRank, headerStated
    case headerVersus, headerDifference, headerCIPoints, headerPHolm
    case headerCode, headerName, headerRegion, headerCluster, headerClusterYear, headerFrom202507, headerStatedMembers
    // Chart words (TextCharts `ChartWords`)
    case chartNoData, chartTooNarrow, chartSkippedOne, chartSkippedMany, chartLimits95, chartLimits998, chartAllWithin
    case chartInside, chartAbove95, chartBelow95, chartAbove998, chartBelow998, chartBase, chartLevel95, chartLevel998
    case pooledLabel, funnelNeedsTwo
    // table
    case tableHeading, tableSideBySideHeading, tableColumnsNote, tableNoFigures, tableChangeNotePercent, tableChangeNotePoints, tableTrendNote
    case tableQualifiedNote, tableConflictNote, tableConflictValue, tableConflictLine, tableReorganisationNote
    // trend
    case trendTitle, trendNoSeries, trendMetricHeading, trendPointsPerYear, trendMetricNotTrended, trendShortSeries
    case trendYearValue, trendShortList, trendSlopesNote, trendReorganisationNote, trendUntrendedNote, trendQualifiedNote
    // compare
    case compareTitle, compareNothing, compareBaseNote, comparePooledNote, compareChiSquareNote, compareSmallExpectedNote
    case compareOverdispersionNote, compareFunnelLimitsNote, compareRankNote, comparePairsHeading, compareNotComparableNote
    case compareStatedRate, compareChoiceCompared, compareChoiceListed, compareChoiceTies, compareChoiceFewerOne
    case compareChoiceFewerMany, compareChoiceNoOther, compareChoiceEnd, compareScope, compareScopeNamed, compareScopeNone
    case compareScopeUnits, compareScopeMembership, compareScopeMembershipNone, compareWithinScope, compareNothingAnyYear
    case compareNothingStatedAnyYear, compareRateHint, compareRateHintScoped, compareSingle, compareSilent
    case statedTitle, statedLabelSentence, statedNone, statedNote, statedWithCounts, statedOneWithCounts, yes
    case headerAsWritten, headerCounts, headerPublished, headerSource
    case flagAbove998, flagAbove95, flagBelow95, flagBelow998, flagWithin
    case limitsUnadjusted, limitsMultiplicative, limitsAdditive, limitsAuto
    case reasonNoCounts, reasonOnlyRate, reasonNoNumerator, reasonNoBase, reasonNotWhole, reasonZeroBase, reasonExceeds
    // validate
    case validationTitle, validationSettings, validationNothingToCheck, validationSource, validationCouldNotFail
    case sourceCommandLine, figureRate, figureNumerator, figureDenominator
    case validationCouldNotFailBare, validationNotListed, validationNotListedConsistent, validationSummary
    case findingPlace, rangeNone, rangeOrMore, intervalSigned, intervalMoreThan, intervalAtLeast, intervalLessThan
    case intervalAtMost, intervalAny
    // report
    case reportTitle, reportBundledDataset, reportData, reportRules, reportTablesHeading, reportNoTables, reportClusters
    case reportProvinces, reportTableHeading, reportNoTable, reportSingleYearUnits, reportTrendsHeading, reportNoTrends
    case reportCompareHeading, reportNoComparison, reportStatedRates, reportStatedRate, reportStatedRateCleared
    case reportStatedRateImplied, reportValidationHeading, reportValidationSummary
    case reportHTMLSourceLink, reportHTMLLanguage, reportHTMLFigure, reportHTMLMissingYear
    // table/trend --cluster N --aggregate
    case aggregatePooled, aggregateSum, aggregateTitle, aggregateNothing, aggregateReported, aggregateStating, aggregateNoList
    case aggregateDifferencePooled, aggregateDifferenceSum, aggregateFigure, aggregatePooledNote, aggregateSumNote
    case aggregateMembersNote, aggregateNoMembership, aggregateNoMemberCounts, aggregateNoMemberFigure, aggregateMissingCounts
    case aggregateMissingFigure, aggregatePartial, aggregatePooledCounts, aggregateConflictNote
    // coverage (the report's opening paragraph)
    case coverageReport, coverageReportCompare, coverageReportNoCompare, coverageReportTrend, coverageReportNoTrend
    // units
    case matchCanonical, matchAlias, matchFolded, matchCluster, matchNational, matchFreeName
    case unitsMatched, unitsCode, unitsAfterReorganisation, unitsClustersStated, unitsClusterNeedsYear
    case unitsNoMembership, unitsNoClusters, unitsNoUnits
    // errors an analyst sees
    case errorPrefix, errorGiveMetric, errorTableAll, errorNoComparableYear, errorAggregateOneMetric

    /// The key of a unit kind's name.
    init(unitType: UnitType) {
        switch unitType {
        case .national: self = .unitTypeNational
        case .cluster: self = .unitTypeCluster
        case .region: self = .unitTypeRegion
        case .city: self = .unitTypeCity
        case .province: self = .unitTypeProvince
        case .district: self = .unitTypeDistrict
        }
    }
}

extension Catalog {
    /// The chart words in this language.
    var chartWords: TextChartsWords {
        var w = TextChartsWords()
        w.noData = template(MessageKey.chartNoData.rawValue)
        w.tooNarrow = template(MessageKey.chartTooNarrow.rawValue)
        w.skippedOne = template(MessageKey.chartSkippedOne.rawValue)
        w.skippedMany = template(MessageKey.chartSkippedMany.rawValue)
        w.columnsNotShown = template(MessageKey.columnsNotShown.rawValue)
        w.limits95 = template(MessageKey.chartLimits95.rawValue)
        w.limits998 = template(MessageKey.chartLimits998.rawValue)
        w.allWithin = template(MessageKey.chartAllWithin.rawValue)
        w.inside = template(MessageKey.chartInside.rawValue)
        w.above95 = template(MessageKey.chartAbove95.rawValue)
        w.below95 = template(MessageKey.chartBelow95.rawValue)
        w.above998 = template(MessageKey.chartAbove998.rawValue)
        w.below998 = template(MessageKey.chartBelow998.rawValue)
        w.base = template(MessageKey.chartBase.rawValue)
        w.level95 = template(MessageKey.chartLevel95.rawValue)
        w.level998 = template(MessageKey.chartLevel998.rawValue)
        return w
    }
}
