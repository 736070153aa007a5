import Testing
@testable import CrimeData

@Suite("Unit × year tables")
struct PivotTests {
    func observation(_ unit: String, _ year: Int, _ value: String, published: String, source: String,
                     metric: String = "crimes_recorded", months: Int = 12, qualifier: Qualifier = .exact) -> Observation {
        Observation(unit: UnitRef(type: .province, name: unit), period: Period.firstMonths(months, of: year)!,
                    metric: metric, exactValue: DecimalValue(Substring(value))!, qualifier: qualifier, source: source,
                    published: published)
    }

    @Test("missing cells stay missing; changes in % for counts")
    func table() throws {
        let data = Dataset(observations: [
            observation("Sơn La", 2018, "400", published: "2019-01", source: "a"),
            observation("Sơn La", 2020, "300", published: "2021-01", source: "a"),
            observation("Sơn La", 2021, "330", published: "2022-01", source: "a"),
            observation("Sơn La", 2021, "999", published: "2021-07", source: "h", months: 6),
        ])
        let table = try #require(data.table(metric: "crimes_recorded"))
        #expect(table.years == [2018, 2019, 2020, 2021])
        let row = try #require(table.rows.first)
        #expect(row[2019] == nil)
        #expect(row.change(at: 2020, unit: .count) == nil)
        #expect(try #require(row.change(at: 2021, unit: .count)).isApproximatelyEqual(10))
        #expect(row[2021]?.value == 330)  // the half-year figure is another span
        let h1 = try #require(data.table(metric: "crimes_recorded", span: .firstMonths(6)))
        #expect(h1.rows.first?[2021]?.value == 999)
    }

    @Test("two sources, two values: the later-published one is shown and the other listed")
    func conflicts() throws {
        let data = Dataset(observations: [
            observation("Hà Giang", 2020, "120", published: "2021-02", source: "late"),
            observation("Hà Giang", 2020, "118", published: "2020-12", source: "early"),
            observation("Hà Giang", 2020, "120", published: "2020-12", source: "same"),
        ])
        let cell = try #require(data.table(metric: "crimes_recorded")?.rows.first?[2020])
        #expect(cell.observation.source == "late")
        #expect(cell.conflicts.map(\.source) == ["early"])
        #expect(cell.isConflicted)
    }

    @Test("rates change in percentage points; qualified figures give no change")
    func rates() throws {
        let data = Dataset(observations: [
            observation("Lào Cai", 2019, "40", published: "", source: "a", metric: "clearance_rate"),
            observation("Lào Cai", 2020, "45", published: "", source: "a", metric: "clearance_rate"),
            observation("Lào Cai", 2021, "80", published: "", source: "a", metric: "clearance_rate", qualifier: .over),
        ])
        let row = try #require(data.table(metric: "clearance_rate")?.rows.first)
        #expect(row.change(at: 2020, unit: .percent) == 5)
        #expect(row.change(at: 2021, unit: .percent) == nil)
        #expect(row.exactSeries.map(\.year) == [2019, 2020])
    }
}

extension Double {
    func isApproximatelyEqual(_ other: Double, tolerance: Double = 1e-9) -> Bool {
        abs(self - other) <= tolerance * max(1, abs(other))
    }
}
