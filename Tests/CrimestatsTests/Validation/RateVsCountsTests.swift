import CrimeAnalytics
@testable import crimestats
import CrimeData
import Testing

extension ValidationTests {
    @Suite("Rate vs counts")
    struct RateVsCountsTests {
        let seed = [
            Figures.figure("cases_cleared", "1681"), Figures.figure("clearance_rate", "88.7"),
            Figures.figure("crimes_social_order", "2156"), Figures.figure("serious_cases", "345"),
            Figures.figure("serious_cases_cleared", "340"), Figures.figure("serious_clearance_rate", "98.6"),
        ]

        @Test("inconsistent: the seed's 1,681 of 2,156 stated as 88.7% is an error with the bases that fit")
        func inconsistent() throws {
            let findings = Figures.only(Figures.validate(seed), .rateVsCounts)
            let f = try #require(findings.first { $0.metric == "clearance_rate" })
            #expect(f.severity == .error)
            #expect(f.couldFail)
            #expect(f.impliedDenominators?.values() == [1895, 1896])
            #expect(f.impliedNumerators?.values() == [1912, 1913])
            #expect(f.intervalLow?.description == "88.65")
            #expect(f.intervalHigh?.description == "88.75")
            #expect(f.reported?.description == "88.7")
            #expect(abs((f.computed ?? 0) - 77.96846) < 1e-4)
            #expect(english(f.message) == "Cụm thi đua số 2, 2020: 1,681 cases cleared of 2,156 social-order crimes is 77.97%, not 88.7% as stated (88.65–88.75% under rounding). A base of 1,895–1,896 would fit. So would 1,912–1,913 cases cleared of 2,156. The counts give 78.0% at the stated precision. Base used: social-order crimes, the crime count stated.")
            #expect(vietnamese(f.message).hasPrefix("Cụm thi đua số 2, năm 2020: 1.681 vụ điều tra khám phá trên 2.156 vụ phạm tội về trật tự xã hội là 77,97%, không phải 88,7% như đã nêu"))
            #expect(f.figures.map(\.metric) == ["clearance_rate", "cases_cleared", "crimes_social_order"])
            #expect(f.alternatives.map(\.kind) == ["recomputed"])
        }

        @Test("consistent: 340 of 345 stated as 98.6% is fine after rounding")
        func consistent() throws {
            let f = try #require(Figures.only(Figures.validate(seed), .rateVsCounts).first { $0.metric == "serious_clearance_rate" })
            #expect(f.severity == .info)
            #expect(f.couldFail)
            #expect(f.impliedDenominators?.values() == [345])
            #expect(f.impliedNumerators?.values() == [340])
            #expect(english(f.message) == "Cụm thi đua số 2, 2020: 340 serious cases cleared of 345 very serious and especially serious cases is 98.551%, consistent with 98.6% as stated (98.55–98.65% under rounding).")
        }

        @Test("could not fail: a one-decimal percent with a base of 1,000 or more and no count")
        func couldNotFail() throws {
            let findings = Figures.validate([Figures.figure("clearance_rate", "92.5"), Figures.figure("crimes_recorded", "1500")])
            let f = try #require(Figures.only(findings, .rateVsCounts).first)
            #expect(f.severity == .info)
            #expect(!f.couldFail)
            #expect(f.impliedNumerators?.values() == [1387, 1388])
            #expect(english(f.message).hasSuffix("This check could not have failed: with a base of 1,500, every percentage written like this has a whole-number count, so passing it is no evidence."))
            // A base under 1,000 can fail: 92.5% of 999 is 924.075…, and 924–924 fits.
            let small = Figures.validate([Figures.figure("clearance_rate", "92.5"), Figures.figure("crimes_recorded", "999")])
            #expect(Figures.only(small, .rateVsCounts).first?.couldFail == true)
        }

        @Test("only a count: the implied bases; a wide interval of bases could not fail")
        func countOnly() throws {
            let f = try #require(Figures.only(Figures.validate([Figures.figure("clearance_rate", "88.7"),
                                                                Figures.figure("cases_cleared", "1681")]), .rateVsCounts).first)
            #expect(f.impliedDenominators?.values() == [1895, 1896])
            #expect(f.severity == .info)
            #expect(!f.couldFail)
            let narrow = try #require(Figures.only(Figures.validate([Figures.figure("clearance_rate", "88.7"),
                                                                     Figures.figure("cases_cleared", "55")]), .rateVsCounts).first)
            #expect(narrow.couldFail)
            #expect(narrow.impliedDenominators?.values() == [62])
        }

        @Test("GRIM failure: no whole base gives 76.25% with 3,372 cleared")
        func noWholeBase() throws {
            let f = try #require(Figures.only(Figures.validate([Figures.figure("clearance_rate", "76.25"),
                                                                Figures.figure("cases_cleared", "3372")]), .rateVsCounts).first)
            #expect(f.severity == .error)
            #expect(f.impliedDenominators?.isEmpty == true)
        }

        @Test("truncation and the other crime count are named when they would fit")
        func alternatives() throws {
            // 1,681 / 2,156 = 77.968…: truncation gives 77.9, not 77.97 under rounding.
            let figures = [Figures.figure("clearance_rate", "77.9"), Figures.figure("cases_cleared", "1681"),
                           Figures.figure("crimes_social_order", "2156"),
                           Figures.figure("crimes_recorded", "2158", source: "report-b")]
            let f = try #require(Figures.only(Figures.validate(figures), .rateVsCounts).first)
            #expect(f.severity == .error)
            #expect(f.alternatives.map(\.kind) == ["truncation", "other_base", "recomputed"])
            #expect(english(f.message).contains("Truncating instead of rounding would give 77.9%."))
            #expect(english(f.message).contains("The 2,158 crimes recorded stated by report-b would fit as the base (77.90%)."))
            // Under truncation it is consistent.
            let t = try #require(Figures.only(Figures.validate(figures, rounding: .truncate), .rateVsCounts).first)
            #expect(t.severity == .info)
        }

        @Test("a digit transposition that would fit is suggested: 78.0 for 87.0")
        func transposition() throws {
            let f = try #require(Figures.only(Figures.validate([Figures.figure("clearance_rate", "87.0"),
                                                                Figures.figure("cases_cleared", "1681"),
                                                                Figures.figure("crimes_social_order", "2156")]), .rateVsCounts).first)
            #expect(f.alternatives.contains { $0.kind == "digit_transposition" && $0.value?.description == "78.0" })
        }

        @Test("figures from different sources: a mismatch is a warning, not an error")
        func crossSource() throws {
            let f = try #require(Figures.only(Figures.validate([Figures.figure("clearance_rate", "88.7"),
                                                                Figures.figure("cases_cleared", "1681", source: "report-b"),
                                                                Figures.figure("crimes_social_order", "2156", source: "report-c")]),
                                              .rateVsCounts).first)
            #expect(f.severity == .warning)
            #expect(english(f.message).hasSuffix("The figures come from different sources, which may count differently."))
        }

        @Test("one-off check from the command line")
        func oneOff() throws {
            let validator = FigureValidator()
            let f = try #require(validator.checkRate(stated: DecimalValue(units: 887, scale: 1), numerator: 1681, denominator: 2156))
            #expect(f.severity == .error)
            #expect(f.unit == nil && f.period == nil && f.metric == nil)
            #expect(f.impliedDenominators?.values() == [1895, 1896])
            #expect(english(f.message).hasPrefix("1,681 of 2,156 is 77.97%, not 88.7% as stated"))
            let onlyK = try #require(validator.checkRate(stated: DecimalValue(units: 887, scale: 1), numerator: 1681, denominator: nil))
            #expect(onlyK.impliedDenominators?.values() == [1895, 1896])
        }
    }
}

extension ValidationTests {
    @Suite("Qualified figures")
    struct QualifiedFigureTests {
        @Test("consistent: “trên 85%” with 352 of 400 (88%)")
        func consistent() throws {
            let f = try #require(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "85", qualifier: .over), Figures.figure("cases_cleared", "352"),
                Figures.figure("crimes_recorded", "400")]), .qualifiedFigure).first)
            #expect(f.severity == .info)
            #expect(f.intervalLow?.description == "85")
            #expect(f.intervalHigh == nil)
            #expect(english(f.message) == "Cụm thi đua số 2, 2020: 352 cases cleared of 400 crimes recorded is 88.00%, consistent with “trên 85%” as stated (“trên 85%” read as more than 85%). Base used: crimes recorded, the crime count stated.")
        }

        @Test("inconsistent: “trên 90%” with 352 of 400; exactly 90% is not over 90")
        func inconsistent() throws {
            let f = try #require(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "90", qualifier: .over), Figures.figure("cases_cleared", "352"),
                Figures.figure("crimes_recorded", "400")]), .qualifiedFigure).first)
            #expect(f.severity == .error)
            #expect(f.impliedDenominators == ImpliedRange(lowest: 1, highest: 391))
            let exactly = try #require(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "90", qualifier: .over), Figures.figure("cases_cleared", "360"),
                Figures.figure("crimes_recorded", "400")]), .qualifiedFigure).first)
            #expect(exactly.severity == .error)
            let atLeast = try #require(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "90", qualifier: .atLeast), Figures.figure("cases_cleared", "360"),
                Figures.figure("crimes_recorded", "400")]), .qualifiedFigure).first)
            #expect(atLeast.severity == .info)
        }

        @Test("readings with tolerance are stated: “gần 90%” is 85.5–90%, “khoảng 90%” 85.5–94.5%",
              arguments: [(Qualifier.nearly, Optional("85.5"), Optional("90"), Int64(350), ValidationFinding.Severity.info),
                          (.nearly, "85.5", "90", 362, .error), (.about, "85.5", "94.5", 362, .info),
                          (.about, "85.5", "94.5", 340, .error), (.under, nil, "90", 350, .info), (.moreThan, "90", nil, 350, .error)])
        func tolerance(qualifier: Qualifier, low: String?, high: String?, cleared: Int64, severity: ValidationFinding.Severity) throws {
            let f = try #require(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "90", qualifier: qualifier), Figures.figure("cases_cleared", "\(cleared)"),
                Figures.figure("crimes_recorded", "400")]), .qualifiedFigure).first)
            #expect(f.intervalLow?.description == low)
            #expect(f.intervalHigh?.description == high)
            #expect(f.severity == severity)
            if qualifier == .nearly || qualifier == .about {
                #expect(english(f.message).contains("(tolerance 5% of the figure, --tolerance)"))
            }
        }

        @Test("could not fail: “trên 93%” with only a count")
        func couldNotFail() throws {
            let f = try #require(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "93", qualifier: .over), Figures.figure("cases_cleared", "500")]), .qualifiedFigure).first)
            #expect(!f.couldFail)
            #expect(f.severity == .info)
            #expect(f.impliedDenominators == ImpliedRange(lowest: 1, highest: 537))
        }
    }
}
