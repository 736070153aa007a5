import CrimeAnalytics
@testable import crimestats
import CrimeData
import Testing

extension ValidationTests {
    @Suite("Change vs counts")
    struct ChangeVsCountsTests {
        static func figures(change: String, metric: String = "crime_change_pct", previous: String? = "500") -> [Observation] {
            var out = [Figures.figure("crimes_recorded", "400", unit: Figures.haGiang),
                       Figures.figure(metric, change, unit: Figures.haGiang)]
            if let previous {
                out.append(Figures.figure("crimes_recorded", previous, unit: Figures.haGiang, period: Figures.year(2019)))
            }
            return out
        }

        @Test("consistent: 500 → 400 stated as −20%")
        func consistent() throws {
            let f = try #require(Figures.only(Figures.validate(Self.figures(change: "-20")), .changeVsCounts).first)
            #expect(f.severity == .info)
            #expect(f.computed == -20)
            #expect(english(f.message) == "Hà Giang, 2020: from 500 crimes recorded in 2019 to 400 is a change of -20.00%, consistent with -20% as stated (-20.5 to -19.5% under rounding).")
            #expect(f.figures.map(\.metric) == ["crime_change_pct", "crimes_recorded", "crimes_recorded"])
            #expect(f.figures.last?.period == Figures.year(2019))
        }

        @Test("inconsistent: 500 → 400 stated as −21%, with the previous counts that would fit")
        func inconsistent() throws {
            let f = try #require(Figures.only(Figures.validate(Self.figures(change: "-21")), .changeVsCounts).first)
            #expect(f.severity == .error)
            #expect(f.impliedDenominators?.values() == [504, 505, 506, 507, 508, 509])
            #expect(f.intervalLow?.description == "-21.5")
            #expect(f.intervalHigh?.description == "-20.5")
            #expect(english(f.message) == "Hà Giang, 2020: from 500 crimes recorded in 2019 to 400 is a change of -20.00%, not -21% as stated (-21.5 to -20.5% under rounding). A previous count of 504–509 would fit.")
        }

        @Test("could not fail: only the current count, the implied previous counts")
        func couldNotFail() throws {
            let f = try #require(Figures.only(Figures.validate(Self.figures(change: "-20", previous: nil)), .changeVsCounts).first)
            #expect(f.severity == .info)
            #expect(!f.couldFail)
            #expect(f.impliedDenominators?.values() == [497, 498, 499, 500, 501, 502, 503])
        }

        @Test("no whole previous count gives −38.5% to 35: an error with the nearest counts")
        func noWholePrevious() throws {
            let h1 = Period.firstMonths(6, of: 2019)!
            let f = try #require(Figures.only(Figures.validate([
                Figures.figure("serious_cases", "35", unit: Figures.haGiang, period: h1),
                Figures.figure("serious_cases_change_pct", "-38.5", unit: Figures.haGiang, period: h1)]), .changeVsCounts).first)
            #expect(f.severity == .error)
            #expect(f.impliedDenominators?.isEmpty == true)
            #expect(english(f.message) == "Hà Giang, Jan–Jun 2019: no whole number of very serious and especially serious cases in Jan–Jun 2018 gives a change of -38.5% to the 35 stated (-38.55 to -38.45% under rounding). 56 would give -37.50% and 57 would give -38.60%.")
        }

        @Test("a change in cases: 500 → 400 is −100")
        func countChange() throws {
            let ok = try #require(Figures.only(Figures.validate(Self.figures(change: "-100", metric: "crime_change_count")), .changeVsCounts).first)
            #expect(ok.severity == .info)
            let bad = try #require(Figures.only(Figures.validate(Self.figures(change: "-90", metric: "crime_change_count")), .changeVsCounts).first)
            #expect(bad.severity == .error)
            #expect(english(bad.message) == "Hà Giang, 2020: from 500 crimes recorded in 2019 to 400 is a change of -100, not -90 as stated.")
        }

        @Test("the previous count derived from a stated change in cases (376, +59, +18%): truncation would fit")
        func derivedPrevious() throws {
            let h1 = Period.firstMonths(6, of: 2024)!
            let f = try #require(Figures.only(Figures.validate([
                Figures.figure("crimes_social_order", "376", unit: Figures.haGiang, period: h1),
                Figures.figure("crime_change_count", "59", unit: Figures.haGiang, period: h1),
                Figures.figure("crime_change_pct", "18", unit: Figures.haGiang, period: h1)]), .changeVsCounts).first { $0.metric == "crime_change_pct" })
            #expect(f.severity == .error)
            #expect(f.alternatives.map(\.kind) == ["truncation", "implied_previous"])
            #expect(english(f.message) == "Hà Giang, Jan–Jun 2024: from 317 social-order crimes in Jan–Jun 2023 (376 minus the stated change of +59) to 376 is a change of +18.61%, not +18% as stated (17.5–18.5% under rounding). Truncating instead of rounding would give +18%. A previous count of 318–320 would fit.")
        }

        @Test("a `_vs_YYYY` baseline compares with that year")
        func namedYear() throws {
            let f = try #require(Figures.only(Figures.validate([
                Figures.figure("crimes_recorded", "400", unit: Figures.haGiang),
                Figures.figure("crime_change_pct_vs_2017", "-50", unit: Figures.haGiang),
                Figures.figure("crimes_recorded", "800", unit: Figures.haGiang, period: Figures.year(2017))]), .changeVsCounts).first)
            #expect(f.severity == .info)
            #expect(f.figures.last?.period == Figures.year(2017))
        }
    }
}

extension ValidationTests {
    @Suite("Percent or percentage points")
    struct RateChangeReadingTests {
        static func figures(_ stated: String, metric: String = "clearance_rate_change_pp") -> [Observation] {
            [Figures.figure("clearance_rate", "80.0", period: Figures.year(2019)), Figures.figure("clearance_rate", "84.0"),
             Figures.figure(metric, stated)]
        }

        @Test("consistent: +4.0 points as labelled")
        func points() throws {
            let f = try #require(Figures.only(Figures.validate(Self.figures("4.0")), .rateChangeReading).first)
            #expect(f.severity == .info)
            #expect(english(f.message) == "Cụm thi đua số 2, 2020: the clearance rate went from 80.0% in 2019 to 84.0%: +4.00 percentage points, or +5.00% relative. The stated +4.0 points matches the change in percentage points, as labelled.")
        }

        @Test("mislabelled: +5.0 “points” matches a relative change of 5%")
        func mislabelled() throws {
            let f = try #require(Figures.only(Figures.validate(Self.figures("5.0")), .rateChangeReading).first)
            #expect(f.severity == .warning)
            #expect(f.alternatives.map(\.kind) == ["reading"])
            let pct = try #require(Figures.only(Figures.validate(Self.figures("4.0", metric: "clearance_rate_change_pct")), .rateChangeReading).first)
            #expect(pct.severity == .warning)
            #expect(english(pct.message).hasSuffix("matches the change in percentage points, not a relative change in percent: the unit looks mixed up."))
        }

        @Test("inconsistent: +7.0 matches neither reading")
        func neither() throws {
            let f = try #require(Figures.only(Figures.validate(Self.figures("7.0")), .rateChangeReading).first)
            #expect(f.severity == .error)
        }

        @Test("could not tell: with whole-number rates near 1%, both readings fit")
        func bothFit() throws {
            let f = try #require(Figures.only(Figures.validate([
                Figures.figure("clearance_rate", "1", period: Figures.year(2019)), Figures.figure("clearance_rate", "2"),
                Figures.figure("clearance_rate_change_pp", "1")]), .rateChangeReading).first)
            #expect(f.severity == .info)
            #expect(english(f.message).hasSuffix("fits both readings (both ends rounded), so which was meant cannot be told."))
        }
    }
}
