import CrimeData
import Foundation
import Testing
@testable import CrimeExtract

@Suite("Extraction: units, periods, baselines, offsets, distractors")
struct ExtractionBehaviourTests {
    static let gazetteer = try! Gazetteer.bundled()
    static let extractor = ReportExtractor(gazetteer: gazetteer)

    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("a cluster report: the cluster's figures, each listed province its own, no dates or task counts")
    func clusterReport() throws {
        let text = try ExtractionBehaviourTests.fixture("cluster_report.txt")
        let result = ExtractionBehaviourTests.extractor.extract(text: text, source: "cluster_report.txt", defaultUnit: nil,
                                                                published: nil)
        let rows = result.observations.map { "\($0.unit.name) \($0.period) \($0.metric) \($0.exactValue)" }
        #expect(rows == [
            "Cụm thi đua số 6 2023-01..2023-12 cases_cleared 2418",
            "Cụm thi đua số 6 2023-01..2023-12 clearance_rate 87.6",
            "Cụm thi đua số 6 2023-01..2023-12 fugitives_arrested 311",
            "Kon Tum 2023-01..2023-12 crime_change_pct -8.4",
            "Đắk Nông 2023-01..2023-12 crime_change_pct -3.2",
        ])
        #expect(result.unattributed.isEmpty)
    }

    @Test("offsets are Unicode-scalar offsets of the number; quotes are verbatim")
    func offsets() throws {
        let text = "Năm 2023, tỉnh xảy ra 1.204 vụ phạm tội về trật tự xã hội."
        let result = ExtractionBehaviourTests.extractor.extract(text: text, source: "t", defaultUnit: .national, published: nil)
        let figure = try #require(result.figures.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == "1.204")
        #expect(String(String.UnicodeScalarView(scalars[figure.quoteStart..<figure.quoteEnd])) == figure.quote)
        #expect(figure.quote == "xảy ra 1.204 vụ phạm tội về trật tự xã hội")
        #expect(figure.line == 1 && figure.column == figure.start + 1)
        #expect(figure.confidence > 0.5 && figure.confidence <= 1)
    }

    @Test("NFD, no diacritics and NFC read alike")
    func normalisation() {
        let nfc = "Năm 2022, điều tra khám phá 530 vụ, đạt 91,2%."
        let forms = [nfc, nfc.decomposedStringWithCanonicalMapping, "Nam 2022, dieu tra kham pha 530 vu, dat 91,2%."]
        let results = forms.map { text in
            ExtractionBehaviourTests.extractor.extract(text: text, source: "t", defaultUnit: .national, published: nil)
                .observations.map { "\($0.period) \($0.metric) \($0.exactValue)" }
        }
        #expect(results[0] == ["2022-01..2022-12 cases_cleared 530", "2022-01..2022-12 clearance_rate 91.2"])
        #expect(results[1] == results[0])
        #expect(results[2] == results[0])
    }

    @Test("periods", arguments: [
        ("Quý III năm 2023 xảy ra 40 vụ phạm pháp hình sự.", "2023-07..2023-09"),
        ("7 tháng đầu năm 2016, xảy ra 40 vụ phạm pháp hình sự.", "2016-01..2016-07"),
        ("Từ 15/5 đến 14/8/2019 xảy ra 40 vụ phạm pháp hình sự.", "2019-06..2019-08"),
        ("Tháng 5/2023 xảy ra 40 vụ phạm pháp hình sự.", "2023-05..2023-05"),
        ("Giai đoạn 2016-2020 xảy ra 40 vụ phạm pháp hình sự.", "2016-01..2020-12"),
        ("Trong 9 tháng, xảy ra 40 vụ phạm pháp hình sự.", "2021-01..2021-09"),
    ])
    func periods(_ text: String, _ expected: String) throws {
        let result = ExtractionBehaviourTests.extractor.extract(text: text, source: "t", defaultUnit: .national,
                                                                published: "2021-10-02")
        #expect(try #require(result.figures.first).period?.description == expected)
    }

    @Test("a period guessed from the publication date goes to review; without any period the figure is unattributed")
    func fallback() throws {
        let text = "Toàn tỉnh xảy ra 40 vụ phạm pháp hình sự."
        let dated = ExtractionBehaviourTests.extractor.extract(text: text, source: "t", defaultUnit: .national, published: "2021-10-02")
        #expect(dated.observations.isEmpty)
        #expect(dated.needsReview.map { "\($0.period?.description ?? "") \($0.review ?? "")" }
                == ["2021-01..2021-10 period guessed from the publication date"])
        let undated = ExtractionBehaviourTests.extractor.extract(text: text, source: "t", defaultUnit: nil, published: nil)
        #expect(undated.observations.isEmpty)
        #expect(undated.unattributed.map(\.reason) == [.noUnitOrPeriod])
    }

    @Test("change baselines", arguments: [
        ("Năm 2022, số vụ giảm 13,7% so với năm 2019.", "crime_change_pct_vs_2019"),
        ("Năm 2022, số vụ giảm 4,1% so với năm 2021.", "crime_change_pct"),
        ("Năm 2022, số vụ giảm 6,3% so với cùng kỳ.", "crime_change_pct"),
        ("Tháng 5/2022, xảy ra 300 vụ, so với tháng 4/2022 tăng 22 vụ.", "crime_change_count_vs_prev_period"),
        ("Quý I năm 2024, số vụ giảm 9,5% so với quý IV/2023.", "crime_change_pct_vs_prev_period"),
        ("Năm 2022, số vụ giảm 5% so với thời gian liền kề.", "crime_change_pct_vs_prev_period"),
    ])
    func baselines(_ text: String, _ metric: String) {
        let result = ExtractionBehaviourTests.extractor.extract(text: text, source: "t", defaultUnit: .national, published: nil)
        #expect(result.figures.contains { $0.metric == metric }, "\(result.figures.map(\.metric))")
    }

    @Test("dates, times, terms, member and task counts, money and phone numbers are not figures")
    func distractors() {
        let text = """
            Thứ Ba, 07/07/2020, 14:33 — Sáng 16.11, Cụm thi đua số 3 họp; Công an 7 tỉnh, 5 thành phố dự. \
            Bầu cử Quốc hội khoá XIV, nhiệm kỳ 2021-2026; Đại hội lần thứ XIII. Thống nhất 7 nhiệm vụ trọng tâm, \
            thu hồi 22 tỷ đồng. Đường dây nóng 0912.345.678, bài số 239847.
            """
        let result = ExtractionBehaviourTests.extractor.extract(text: text, source: "t", defaultUnit: .national, published: nil)
        #expect(result.figures.isEmpty, "\(result.figures.map { "\($0.metric) \($0.value)" })")
    }
}
