import Foundation
import Testing
@testable import CrimeData

@Suite("Reading observations from JSON")
struct ObservationJSONTests {
    func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("obs-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("what ObservationWriter writes as JSON reads back as the same observations")
    func roundTrip() throws {
        let bundled = try Dataset.bundled().observations.prefix(50)
        let text = JSONValue.array(bundled.map(ObservationWriter.json)).serialized(pretty: true)
        let path = try write(text)
        let back = try Dataset.load(paths: [path], gazetteer: try Gazetteer.bundled()).observations
        #expect(back.count == 50)
        for (a, b) in zip(back, bundled) {
            #expect(a.unit == b.unit && a.period == b.period && a.metric == b.metric && a.value == b.value
                    && a.qualifier == b.qualifier && a.source == b.source && a.quote == b.quote)
        }
    }

    @Test("a bad object is named by the line and column where it starts", arguments: [
        ("[\n  {\"source\": \"s\", \"unit_type\": \"province\", \"unit\": \"Hà Nội\", \"period_start\": \"2020-01\", \"period_end\": \"2020-12\", \"metric\": \"offenders\", \"value\": 5},\n  {\"source\": \"s\", \"unit_type\": \"province\", \"unit\": \"Hà Nội\", \"period_start\": \"2020-01\", \"period_end\": \"2020-12\", \"metric\": \"offender\", \"value\": 5}\n]",
         ":3:3: unknown metric \"offender\""),
        ("{\"observations\": [\n    {\"source\": \"s\", \"unit_type\": \"province\", \"unit\": \"Hà Nội\", \"period_start\": \"2020-01\", \"period_end\": \"2020-12\", \"metric\": \"offenders\"}]}",
         ":2:5: observation 1 has no \"value\""),
        ("{\"x\": [1, 2", ":1:1: not valid JSON"),
        ("{\"x\": 1}", ":1:1: expected an array of observations"),
    ])
    func errors(text: String, expected: String) throws {
        let path = try write(text)
        do {
            _ = try Dataset.load(paths: [path], gazetteer: try Gazetteer.bundled())
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.description.hasPrefix(path + expected), "\(error.description)")
        }
    }
}
