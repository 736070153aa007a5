import CrimeData
import Testing
@testable import CrimeExtract

/// Hand-written report paragraphs in the style of provincial police reports and press articles, with the
/// figures an analyst would record from each (metric=value, "/qualifier" when not exact). Written for
/// these tests; not taken from the seeds or the reference phrases.
@Suite("Report paragraphs → figures")
struct ReportParagraphTests {
    static let extractor = ReportExtractor(gazetteer: try! Gazetteer.bundled())

    static let paragraphs: [(String, [String])] = [
        ("Năm 2023, trên địa bàn tỉnh xảy ra 812 vụ phạm tội về trật tự xã hội, giảm 64 vụ (7,3%) so với năm 2022.",
         ["crimes_social_order=812", "crime_change_count=-64", "crime_change_pct=-7.3"]),
        ("Lực lượng Công an đã điều tra, khám phá 701 vụ, bắt 1.215 đối tượng, đạt tỷ lệ 86,3%.",
         ["cases_cleared=701", "offenders=1215", "clearance_rate=86.3"]),
        ("Riêng án rất nghiêm trọng và đặc biệt nghiêm trọng xảy ra 57 vụ, đã điều tra làm rõ 56 vụ, đạt 98,2%.",
         ["serious_cases=57", "serious_cases_cleared=56", "serious_clearance_rate=98.2"]),
        ("Công an tỉnh đã bắt, vận động đầu thú 84 đối tượng truy nã, trong đó có 12 đối tượng truy nã nguy hiểm và đặc biệt nguy hiểm.",
         ["fugitives_arrested=84", "fugitives_dangerous_arrested=12"]),
        ("Về tội phạm ma túy, lực lượng chức năng phát hiện, bắt giữ 431 vụ, 702 đối tượng phạm tội về ma túy, thu giữ 3,2 kg heroin.",
         ["drug_cases=431", "drug_offenders=702"]),
        ("Tai nạn giao thông xảy ra 214 vụ, làm chết 97 người, bị thương 168 người; so với cùng kỳ giảm 19 vụ, giảm 8 người chết.",
         ["traffic_accidents=214", "traffic_deaths=97", "traffic_injuries=168", "traffic_accidents_change_count=-19",
          "traffic_deaths_change_count=-8"]),
        ("Dịp này, 46 tập thể và 118 cá nhân có thành tích xuất sắc được Giám đốc Công an tỉnh tặng Giấy khen.",
         ["commendations_collective=46", "commendations_individual=118"]),
        ("Trong 6 tháng đầu năm 2024, tội phạm về trật tự xã hội giảm 11,4% so với cùng kỳ; tỷ lệ điều tra khám phá án đạt 88,9%, án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 97,5%.",
         ["crime_change_pct=-11.4", "clearance_rate=88.9", "serious_clearance_rate=97.5"]),
        ("Các đơn vị đã triệt phá 23 băng, nhóm tội phạm với 141 đối tượng, khởi tố 315 vụ, 498 bị can.",
         ["gangs_dismantled=23", "cases_prosecuted=315", "defendants=498"]),
        ("Tỷ lệ điều tra khám phá án về trật tự xã hội đạt trên 85%, vượt 5% chỉ tiêu Quốc hội giao.",
         ["clearance_rate=85/over"]),
        ("Theo báo cáo, trên địa bàn tỉnh ghi nhận gần 1.300 vụ phạm pháp hình sự, điều tra làm rõ hơn 1.100 vụ.",
         ["crimes_recorded=1300/nearly", "cases_cleared=1100/more_than"]),
        ("Sáng 12/12/2023, tại hội trường Công an tỉnh, Đại tá Nguyễn Văn Hùng cho biết năm 2023 lực lượng đã điều tra làm rõ 412/467 vụ phạm tội về trật tự xã hội.",
         ["cases_cleared=412", "crimes_social_order=467"]),
        ("Số vụ phạm tội về kinh tế phát hiện 96 vụ, 121 đối tượng; tội phạm tham nhũng, chức vụ phát hiện 7 vụ, 15 đối tượng.",
         ["economic_cases=96", "economic_offenders=121", "corruption_cases=7", "corruption_offenders=15"]),
        ("Phòng Cảnh sát môi trường phát hiện 58 vụ vi phạm về môi trường, an toàn thực phẩm, xử phạt hành chính 1,2 tỷ đồng.",
         ["environment_cases=58"]),
        ("Hội nghị thống nhất 9 nhiệm vụ trọng tâm năm 2024 và bàn giao cụm trưởng cho Công an tỉnh Ninh Bình; liên hệ đường dây nóng 0237.3852.123.",
         []),
        ("Đại hội đại biểu Đảng bộ Công an tỉnh lần thứ XXV, nhiệm kỳ 2020-2025 diễn ra trong 2 ngày với 250 đại biểu.",
         []),
        ("Công an 6 tỉnh trong Cụm thi đua số 5 đã ký kết giao ước thi đua năm 2024.",
         []),
        ("Cơ quan điều tra đã tiếp nhận 1.046 tin báo, tố giác tội phạm và kiến nghị khởi tố, đã giải quyết 978 tin, đạt tỷ lệ 93,5%.",
         ["crime_reports_received=1046", "crime_reports_resolved=978", "reports_resolution_rate=93.5"]),
        ("So với năm 2019, số vụ phạm tội về trật tự xã hội năm 2022 giảm 21,7%.",
         ["crime_change_pct_vs_2019=-21.7"]),
        ("Tháng 10/2023, toàn tỉnh xảy ra 61 vụ phạm tội về trật tự xã hội, giảm 9 vụ so với tháng 9/2023.",
         ["crimes_social_order=61", "crime_change_count_vs_prev_period=-9"]),
        ("Trong quý III năm 2023, tỉnh xảy ra 203 vụ phạm pháp hình sự, tăng 4,1% so với cùng kỳ năm 2022.",
         ["crimes_recorded=203", "crime_change_pct=4.1"]),
        ("Tỷ lệ điều tra khám phá án năm 2023 đạt 87,12%, tăng 1,35% so với năm 2022.",
         ["clearance_rate=87.12", "clearance_rate_change_pp=1.35"]),
        ("Lực lượng Cảnh sát điều tra tội phạm về ma túy đã khởi tố 268 vụ, 391 bị can về các tội liên quan đến ma túy.",
         ["drug_cases_prosecuted=268", "drug_defendants=391"]),
        ("Trong 9 tháng năm 2023, phát hiện 1.412 vụ phạm tội về trật tự xã hội, ít hơn 87 vụ so với cùng kỳ, tỷ lệ khám phá đạt 84,17%.",
         ["crimes_social_order=1412", "crime_change_count=-87", "clearance_rate=84.17"]),
        ("Đáng chú ý, Hà Tĩnh giảm 14,2%, Quảng Bình giảm 9,8%, Quảng Trị tăng 3,1% số vụ phạm tội.",
         ["crime_change_pct=-14.2", "crime_change_pct=-9.8", "crime_change_pct=3.1"]),
        ("Công an tỉnh đã khởi tố 18 vụ, 42 bị can về tội phạm tham nhũng, chức vụ, thu hồi tài sản hơn 37 tỷ đồng.",
         ["corruption_cases_prosecuted=18", "corruption_defendants=42"]),
        ("Năm 2023, số vụ tai nạn giao thông giảm 12,5%, số người chết giảm 8,3%, số người bị thương giảm 15,1% so với năm 2022.",
         ["traffic_accidents_change_pct=-12.5", "traffic_deaths_change_pct=-8.3", "traffic_injuries_change_pct=-15.1"]),
        ("Ước tính cả năm xảy ra khoảng 950 vụ phạm tội về trật tự xã hội.",
         ["crimes_social_order=950/about"]),
        ("Các vụ án đã làm chết 19 người, bị thương 47 người; hậu quả nghiêm trọng nhất là vụ giết người tại huyện Tĩnh Gia.",
         ["crime_deaths=19", "crime_injuries=47"]),
        ("Phấn đấu kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội, tỷ lệ điều tra khám phá án đạt trên 80%.",
         []),
        ("Từ ngày 15/12/2022 đến ngày 14/12/2023, xảy ra 543 vụ phạm tội về trật tự xã hội, điều tra khám phá 481 vụ (đạt 88,58%).",
         ["crimes_social_order=543", "cases_cleared=481", "clearance_rate=88.58"]),
        ("Đã phát hiện, xử lý 7 vụ, 9 đối tượng phạm tội về tham nhũng; 112 vụ, 139 đối tượng phạm tội về kinh tế.",
         ["corruption_cases=7", "corruption_offenders=9", "economic_cases=112", "economic_offenders=139"]),
        ("Lực lượng Công an đã thanh loại 37 đối tượng truy nã, trong đó có 5 đối tượng nguy hiểm.",
         ["fugitives_arrested=37", "fugitives_dangerous_arrested=5"]),
        // The people arrested right after the gangs may be only their members: they go to review.
        ("Tính chung cả năm, triệt xóa 14 ổ nhóm tội phạm, bắt 96 đối tượng.",
         ["gangs_dismantled=14"]),
        ("Trên địa bàn xảy ra 2 vụ án đặc biệt nghiêm trọng, đã điều tra làm rõ 2 vụ, đạt 100%.",
         ["special_serious_cases=2", "special_serious_cases_cleared=2", "special_serious_clearance_rate=100"]),
        ("Số vụ phạm pháp hình sự là 387 vụ, chiếm 21,4% tổng số vụ của cả cụm.",
         ["crimes_recorded=387"]),
        ("Kết quả, tỷ lệ điều tra, khám phá án chung đạt 90,1%, trong đó trọng án đạt 100%.",
         ["clearance_rate=90.1", "serious_clearance_rate=100"]),
        ("Tỉnh cũng đã phát hiện, xử lý hơn 150 vụ vi phạm pháp luật về trật tự xã hội với trên 300 đối tượng.",
         ["violations_social_order=150/more_than", "offenders=300/over"]),
        ("Thứ Tư, 03/01/2024 07:45 (GMT+7) — Năm qua, toàn tỉnh xảy ra 659 vụ phạm tội về trật tự xã hội.",
         ["crimes_social_order=659"]),
        ("Các đơn vị đã bắt quả tang 72 vụ mua bán, tàng trữ trái phép chất ma túy, bắt 104 đối tượng.",
         ["drug_cases=72", "drug_offenders=104"]),
        ("Số vụ phạm tội về trật tự xã hội giảm 17 vụ, tương đương 6,2% so với năm trước.",
         ["crime_change_count=-17", "crime_change_pct=-6.2"]),
        ("Năm 2024, lực lượng Công an điều tra, làm rõ 1.092 vụ với 1.870 đối tượng phạm tội về trật tự xã hội, đạt tỷ lệ 83,05%.",
         ["cases_cleared=1092", "offenders=1870", "clearance_rate=83.05"]),
        ("Ba năm qua có 3 đồng chí hy sinh, 27 đồng chí bị thương khi làm nhiệm vụ; đã tặng quà 1.200 hộ nghèo.",
         []),
        // A count is a whole number: "2,5 người" is an average, not a statistic.
        ("Bình quân mỗi tháng có 2,5 người chết vì tai nạn giao thông.",
         []),
        // A change in brackets right after a count is that count's change.
        // An undated campaign: both figures go to review (RealReportPhenomenaTests covers such spans).
        ("Đợt cao điểm, lực lượng chức năng bắt giữ 1.240 đối tượng (tăng 8,6%).",
         []),
        ("Tai nạn giao thông làm chết 96 người (giảm 7,7%) và bị thương 140 người.",
         ["traffic_deaths=96", "traffic_deaths_change_pct=-7.7", "traffic_injuries=140"]),
        // Cases listed with defendants are prosecuted cases, in counts and in changes.
        ("Năm 2023, đã khởi tố 212 vụ, 305 bị can; so với năm 2022 giảm 31 vụ (12,8%), 40 bị can (11,6%).",
         ["cases_prosecuted=212", "defendants=305", "cases_prosecuted_change_count=-31", "cases_prosecuted_change_pct=-12.8",
          "defendants_change_count=-40", "defendants_change_pct=-11.6"]),
        ("Riêng lĩnh vực này có thêm 64 vụ, 97 bị can phạm tội về ma túy.",
         ["drug_cases_prosecuted=64", "drug_defendants=97"]),
        // "tương đương" restates the change before it as a count.
        ("Năm 2023 kéo giảm được 6,1% số vụ phạm tội, tương đương 52 vụ.",
         ["crime_change_pct=-6.1", "crime_change_count=-52"]),
        // People counted after a casualty count: its change; "số người bị thương 12 người": the subject first.
        ("Tai nạn giao thông làm 25 người chết, tăng 3 người so với năm trước.",
         ["traffic_deaths=25", "traffic_deaths_change_count=3"]),
        ("Về tai nạn giao thông, số người bị thương 12 người, giảm 5 người.",
         ["traffic_injuries=12", "traffic_injuries_change_count=-5"]),
        // A count with no verb, followed in its clause by "đạt N%": the cleared count of that rate.
        ("Về trọng án, 41 vụ, 63 đối tượng, đạt 97,6%.",
         ["serious_cases_cleared=41", "serious_clearance_rate=97.6"]),
        // The verb after the counter: "27 vụ khởi tố".
        ("Kết quả: 27 vụ khởi tố, 35 bị can về tội phạm ma túy.",
         ["drug_cases_prosecuted=27", "drug_defendants=35"]),
        // The cases and defendants of one prosecution share the domain named after the defendants.
        ("Cơ quan điều tra khởi tố 9 vụ, bắt tạm giam 14 bị can về tham nhũng, chức vụ.",
         ["corruption_cases_prosecuted=9", "corruption_defendants=14"]),
        // A sentence that names a domain and states no figure heads the rest of its paragraph.
        ("Tình hình tội phạm về ma túy tiếp tục diễn biến phức tạp. Các lực lượng đã phát hiện 318 vụ, bắt 457 đối tượng. Cơ quan điều tra khởi tố 290 vụ, 402 bị can.",
         ["drug_cases=318", "drug_offenders=457", "drug_cases_prosecuted=290", "drug_defendants=402"]),
        // A clause's cases share the domain its people are named with; the next sentence keeps that domain.
        ("Công an tỉnh phát hiện 126 vụ, bắt giữ 189 đối tượng phạm tội về ma túy. So với cùng kỳ tăng 14 vụ.",
         ["drug_cases=126", "drug_offenders=189", "drug_cases_change_count=14"]),
        // Crime in general named again: the domain named before no longer holds.
        ("Tội phạm tham nhũng, chức vụ phát hiện 12 vụ, 19 đối tượng. Tội phạm về trật tự xã hội xảy ra 540 vụ, điều tra làm rõ 470 vụ.",
         ["corruption_cases=12", "corruption_offenders=19", "crimes_social_order=540", "cases_cleared=470"]),
        // A new paragraph starts without the domain of the one before.
        ("Về ma túy, đã phát hiện 77 vụ, 102 đối tượng.\nToàn tỉnh xảy ra 415 vụ, giảm 22 vụ so với năm trước.",
         ["drug_cases=77", "drug_offenders=102", "crimes_social_order=415", "crime_change_count=-22"]),
        // A count with a domain of its own keeps it, whatever the paragraph named before.
        ("Lĩnh vực kinh tế phát hiện 64 vụ vi phạm. Tai nạn giao thông xảy ra 38 vụ, làm chết 21 người.",
         ["economic_cases=64", "traffic_accidents=38", "traffic_deaths=21"]),
        // "N vụ/M bị can", and "có các hành vi" describing the people, not the verb "có".
        ("Năm 2023, Cơ quan Cảnh sát điều tra đã khởi tố 13 vụ/27 bị can có các hành vi tham nhũng.",
         ["corruption_cases_prosecuted=13", "corruption_defendants=27"]),
        // Casualties after a domain other than traffic are casualties of crime.
        ("Tội phạm về ma túy có diễn biến phức tạp. Các vụ việc liên quan làm chết 3 người, bị thương 2 người.",
         ["crime_deaths=3", "crime_injuries=2"]),
    ]

    @Test("every paragraph yields exactly its figures", arguments: paragraphs)
    func paragraph(_ text: String, _ expected: [String]) {
        // Excerpts of a 2023 report: the caller gives the report's period, as for a report whose heading states it.
        let result = ReportParagraphTests.extractor.extract(text: text, source: "test", defaultUnit: UnitRef(type: .province, name: "Thanh Hóa"),
                                                            documentPeriod: Period.year(2023), published: "2023-12-20")
        let found = result.read.map(ReportParagraphTests.key)
        #expect(found.sorted() == expected.sorted(), "\(text)")
    }

    /// A figure as the paragraph tables write it: "metric=value", "/qualifier" when not exact.
    static func key(_ f: ExtractedFigure) -> String {
        "\(f.metric)=\(ExtractionScore.valueKey(f.value))" + (f.qualifier == .exact ? "" : "/\(f.qualifier.rawValue)")
    }

    @Test("there are at least 40 paragraphs")
    func count() { #expect(ReportParagraphTests.paragraphs.count >= 40) }
}
