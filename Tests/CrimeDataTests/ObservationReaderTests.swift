import Testing
@testable import CrimeData

@Suite("Reading the Datasets schema")
struct ObservationReaderTests {
    static let header = "source,published,unit_type,unit,period_start,period_end,metric,value,qualifier,quote\n"

    func read(_ body: String, file: String = "t.csv") throws -> [Observation] {
        var reader = ObservationReader(gazetteer: try Gazetteer.bundled())
        var out: [Observation] = []
        try reader.read(text: ObservationReaderTests.header + body, fileName: file) { out.append($0) }
        return out
    }

    @Test("a valid file, with NFD text and aliases, becomes canonical NFC observations")
    func valid() throws {
        let rows = try read("""
            src,2020-11,cluster,Cụm thi đua số II,2020-01,2020-12,clearance_rate,88.7,exact,"đạt 88,7%"
            src,,province,Ha Giang,2020-01,2020-12,crime_change_pct,-19.6,,giảm 19,6%
            src,2021-01-28,city,TP.HCM,2020-01,2020-06,cases_cleared,1681,exact,khám phá 1.681 vụ
            src,2021-01,province,Thu\u{31B}\u{300}a Thie\u{302}n Hue\u{302}\u{301},2025-01,2025-12,clearance_rate,101.5,over,x

            """)
        #expect(rows.count == 4)
        #expect(rows[0].unit == .cluster(2))
        #expect(rows[0].exactValue == DecimalValue(units: 887, scale: 1))
        #expect(rows[0].quote == "đạt 88,7%")
        #expect(rows[1].unit.name == "Hà Giang")
        #expect(rows[1].qualifier == .exact)
        #expect(rows[1].value == -19.6)
        #expect(rows[2].unit == UnitRef(type: .city, name: "Hồ Chí Minh"))
        #expect(rows[2].period.span == .firstMonths(6))
        #expect(rows[3].unit.name.unicodeScalars.count == 14)
        #expect(rows[3].unit.type == .city)  // Huế is a city from 2025
        #expect(rows[3].location == SourceLocation(file: "t.csv", line: 5, column: 1))
    }

    @Test("bad rows are rejected with file, line and column", arguments: [
        ("s,,province,Atlantis,2020-01,2020-12,offenders,5,exact,q\n",
         "t.csv:2:13: unknown unit \"Atlantis\" (closest: "),
        ("s,,province,Hà Nội,2020-01,2020-12,clearence_rate,5,exact,q\n",
         "t.csv:2:36: unknown metric \"clearence_rate\" (did you mean clearance_rate?)"),
        ("s,,province,Hà Nội,2020-13,2020-12,offenders,5,exact,q\n",
         "t.csv:2:20: bad period_start \"2020-13\": expected YYYY-MM"),
        ("s,,province,Hà Nội,2020-05,2020-01,offenders,5,exact,q\n",
         "t.csv:2:28: period_end 2020-01 is before period_start 2020-05"),
        ("s,,province,Hà Nội,2020-01,2020-12,offenders,1.681 vụ,exact,q\n",
         "t.csv:2:46: value \"1.681 vụ\" is not a number"),
        ("s,,province,Hà Nội,2020-01,2020-12,offenders,-5,exact,q\n",
         "t.csv:2:46: negative value -5 for offenders, which is not a signed change"),
        ("s,,town,Hà Nội,2020-01,2020-12,offenders,5,exact,q\n",
         "t.csv:2:4: unknown unit_type \"town\""),
        ("s,,province,Hà Nội,2020-01,2020-12,offenders,5,roughly,q\n",
         "t.csv:2:48: unknown qualifier \"roughly\""),
        ("s,2020-1,province,Hà Nội,2020-01,2020-12,offenders,5,exact,q\n",
         "t.csv:2:3: bad published date \"2020-1\""),
        ("s,,province,Hà Nội,2020-01\n", "t.csv:2:20: expected 10 fields, found 5"),
    ])
    func rejects(row: String, messagePrefix: String) throws {
        do {
            _ = try read(row)
            Issue.record("expected an error for \(row)")
        } catch let error as DataError {
            #expect(error.description.hasPrefix(messagePrefix), "\(error.description)")
        }
    }

    @Test("a missing column in the header is named")
    func header() throws {
        var reader = ObservationReader(gazetteer: try Gazetteer.bundled())
        #expect(throws: DataError("missing column \"quote\" in the header; expected \(ObservationReader.columns.joined(separator: ","))",
                                  at: SourceLocation(file: "h.csv", line: 1, column: 1))) {
            try reader.read(text: "source,published,unit_type,unit,period_start,period_end,metric,value,qualifier\n", fileName: "h.csv") { _ in }
        }
    }

    @Test("writing and reading back gives the same observations")
    func roundTrip() throws {
        let dataset = try Dataset.bundled()
        let text = ObservationWriter.csv(dataset.observations)
        var reader = ObservationReader(gazetteer: try Gazetteer.bundled())
        var back: [Observation] = []
        try reader.read(text: text, fileName: "round.csv") { back.append($0) }
        #expect(back.count == dataset.observations.count)
        for (a, b) in zip(back, dataset.observations) {
            #expect(a.unit == b.unit && a.period == b.period && a.metric == b.metric && a.exactValue == b.exactValue
                    && a.qualifier == b.qualifier && a.source == b.source && a.quote == b.quote && a.published == b.published)
        }
    }
}
