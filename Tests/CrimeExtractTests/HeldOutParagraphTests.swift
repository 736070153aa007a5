import CrimeData
import Testing
@testable import CrimeExtract

/// A held-out set: 40 report paragraphs written blind, by an engineer who had not seen the extractor's rules,
/// its tests or its code, from the metric vocabulary of the reference data alone, with the figures an analyst
/// records from each (126 figures; 6 paragraphs state none).
///
/// Measured once before any change made for them: 118 hits, 123 extracted, 126 expected — precision 0.959,
/// recall 0.937. The misreadings they showed were then fixed as general rules (a target in an earlier clause,
/// "vượt 8,6% chỉ tiêu", no longer makes later rates targets; "làm rõ 96,2%" is a rate; a percentage right
/// after a count is its change; "tổng số vụ" after a casualty verb; "so với năm 2022" with no stated period).
/// The set is no longer unseen; what it still shows is pinned in ``knownDifferences``.
@Suite("Held-out paragraphs (written blind)")
struct HeldOutParagraphTests {
    static let extractor = ReportExtractor(gazetteer: try! Gazetteer.bundled())

    static let paragraphs: [(String, [String])] = [
        ("Năm 2023, trên địa bàn tỉnh xảy ra 812 vụ phạm tội về trật tự xã hội, giảm 64 vụ (-7,31%) so với năm 2022. Lực lượng Công an đã điều tra, làm rõ 724 vụ, bắt xử lý 1.356 đối tượng, đạt tỷ lệ 89,16%; riêng án rất nghiêm trọng và đặc biệt nghiêm trọng làm rõ 41/42 vụ, đạt 97,62%.", ["crimes_social_order=812", "crime_change_count=-64", "crime_change_pct=-7.31", "cases_cleared=724", "offenders=1356", "clearance_rate=89.16", "serious_cases_cleared=41", "serious_cases=42", "serious_clearance_rate=97.62"]),
        ("Theo số liệu thống kê của Bộ Công an, trong tháng 5/2024 (từ ngày 15/4 đến ngày 14/5), toàn quốc ghi nhận 3.845 vụ phạm tội về trật tự xã hội, tăng 2,14% so với tháng trước; các đơn vị đã điều tra làm rõ 3.262 vụ, bắt 6.918 đối tượng.", ["crimes_social_order=3845", "crime_change_pct_vs_prev_period=2.14", "cases_cleared=3262", "offenders=6918"]),
        ("Từ đầu năm đến nay, Công an TP Hồ Chí Minh đã bắt giữ hơn 1.200 đối tượng truy nã, trong đó có gần 300 đối tượng truy nã nguy hiểm và đặc biệt nguy hiểm. Ngoài ra, lực lượng chức năng đã triệt phá khoảng 60 băng, nhóm tội phạm hoạt động theo kiểu “xã hội đen”.", ["fugitives_arrested=1200/more_than", "fugitives_dangerous_arrested=300/nearly", "gangs_dismantled=60/about"]),
        ("Về công tác đấu tranh phòng, chống tội phạm ma túy, 6 tháng đầu năm 2023 Công an tỉnh đã phát hiện, bắt giữ 287 vụ, 412 đối tượng, thu giữ 3,5 kg heroin, 12.460 viên ma túy tổng hợp cùng nhiều tang vật liên quan; khởi tố 265 vụ, 398 bị can.", ["drug_cases=287", "drug_offenders=412", "drug_cases_prosecuted=265", "drug_defendants=398"]),
        ("Tình hình tai nạn giao thông năm 2023 tiếp tục được kiềm chế. Toàn tỉnh xảy ra 186 vụ, làm chết 121 người, bị thương 97 người; so với năm 2022 giảm 23 vụ (-11%), giảm 14 người chết (-10,37%) và giảm 8 người bị thương (-7,62%).", ["traffic_accidents=186", "traffic_deaths=121", "traffic_injuries=97", "traffic_accidents_change_count=-23", "traffic_accidents_change_pct=-11", "traffic_deaths_change_count=-14", "traffic_deaths_change_pct=-10.37", "traffic_injuries_change_count=-8", "traffic_injuries_change_pct=-7.62"]),
        ("Sáng ngày 15/12/2023, tại Hội trường Công an tỉnh, Cụm thi đua số 4 - Bộ Công an tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024. Dự hội nghị có đồng chí Thiếu tướng, Phó Giám đốc Công an tỉnh, Cụm trưởng Cụm thi đua số 4.", []),
        ("Trên lĩnh vực kinh tế, tham nhũng, chức vụ, lực lượng Cảnh sát kinh tế đã phát hiện 156 vụ phạm tội về kinh tế, nhiều hơn 18 vụ so với cùng kỳ; phát hiện 9 vụ tham nhũng, chức vụ, khởi tố 7 vụ, 21 bị can. Tổng giá trị tài sản thiệt hại ước tính hơn 45 tỷ đồng.", ["economic_cases=156", "economic_cases_change_count=18", "corruption_cases=9", "corruption_cases_prosecuted=7", "corruption_defendants=21"]),
        ("Lực lượng Cảnh sát phòng, chống tội phạm về môi trường đã phát hiện, xử lý trên 1.100 vụ vi phạm pháp luật về môi trường, an toàn thực phẩm, tăng 6,8% so với cùng kỳ; xử phạt hành chính với tổng số tiền trên 8,2 tỷ đồng.", ["environment_cases=1100/over", "environment_cases_change_pct=6.8"]),
        ("Trong quý III/2024, Công an huyện đã điều tra làm rõ 48/58 vụ phạm pháp hình sự, bắt 73 đối tượng, đạt tỷ lệ 82,76%.", ["cases_cleared=48", "crimes_recorded=58", "offenders=73", "clearance_rate=82.76"]),
        ("Qua đợt cao điểm tấn công trấn áp tội phạm dịp Tết Nguyên đán Giáp Thìn 2024, Công an huyện đã triệt xóa 03 ổ nhóm tội phạm, bắt 05 đối tượng truy nã, trong đó có 01 đối tượng thuộc diện truy nã nguy hiểm.", ["gangs_dismantled=3", "fugitives_arrested=5", "fugitives_dangerous_arrested=1"]),
        ("Dịp này, Bộ trưởng Bộ Công an tặng Bằng khen cho 18 tập thể và 42 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 35 tập thể, 126 cá nhân có thành tích xuất sắc trong phong trào thi đua “Vì an ninh Tổ quốc” năm 2023.", ["commendations_collective=18", "commendations_individual=42", "commendations_collective=35", "commendations_individual=126"]),
        ("Trong quá trình thực hiện nhiệm vụ, 02 cán bộ, chiến sĩ đã anh dũng hy sinh, 17 đồng chí bị thương. Ban Giám đốc Công an tỉnh đã kịp thời thăm hỏi, động viên gia đình các đồng chí.", []),
        ("6 tháng đầu năm 2024, toàn thành phố ghi nhận hơn 1.900 vụ phạm tội về trật tự xã hội, giảm 8,6% so với cùng kỳ năm 2023. Tỷ lệ điều tra khám phá đạt trên 85%, trong đó các vụ trọng án đạt 100%.", ["crimes_social_order=1900/more_than", "crime_change_pct=-8.6", "clearance_rate=85/over", "serious_clearance_rate=100"]),
        ("Năm 2024, Công an tỉnh phấn đấu kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2023; tỷ lệ điều tra khám phá đạt trên 75%, riêng án rất nghiêm trọng, đặc biệt nghiêm trọng đạt trên 90%; tỷ lệ bắt, vận động đầu thú đối tượng truy nã đạt 70% trở lên.", []),
        ("Tỷ lệ điều tra, khám phá các vụ án hình sự đạt 91,25%, vượt 16,25% chỉ tiêu Quốc hội giao; trong đó án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 98,6%, vượt 8,6% chỉ tiêu.", ["clearance_rate=91.25", "serious_clearance_rate=98.6"]),
        ("Riêng trên địa bàn thành phố, tai nạn giao thông xảy ra 412 vụ, chiếm 24,9% tổng số vụ toàn tỉnh, làm chết 88 người, bị thương 365 người.", ["traffic_accidents=412", "traffic_deaths=88", "traffic_injuries=365"]),
        ("Công tác đấu tranh với tội phạm về ma túy được triển khai quyết liệt, đồng bộ.\nTrong năm, đã phát hiện, bắt giữ 1.034 vụ, 1.587 đối tượng, tăng 96 vụ so với năm 2022; thu giữ 21,6 kg ma túy các loại.", ["drug_cases=1034", "drug_offenders=1587", "drug_cases_change_count=96"]),
        ("Trong tháng 10/2023, cả nước xảy ra 1.152 vụ tai nạn giao thông, làm chết 503 người, bị thương 842 người. So với tháng 9/2023, giảm 41 vụ (-3,44%), giảm 26 người chết (-4,91%), tăng 19 người bị thương (+2,31%).", ["traffic_accidents=1152", "traffic_deaths=503", "traffic_injuries=842", "traffic_accidents_change_count_vs_prev_period=-41", "traffic_accidents_change_pct_vs_prev_period=-3.44", "traffic_deaths_change_count_vs_prev_period=-26", "traffic_deaths_change_pct_vs_prev_period=-4.91", "traffic_injuries_change_count_vs_prev_period=19", "traffic_injuries_change_pct_vs_prev_period=2.31"]),
        ("Theo lãnh đạo Phòng Cảnh sát truy nã tội phạm, từ đầu năm đến nay, lực lượng công an tỉnh đã bắt, vận động đầu thú và thanh loại từ 200 đối tượng truy nã trở lên, cao nhất từ trước đến nay.", ["fugitives_arrested=200/at_least"]),
        ("Nhờ triển khai đồng bộ các giải pháp, số người chết vì tai nạn giao thông trên địa bàn tỉnh trong 9 tháng năm 2024 ở mức dưới 100 người.", ["traffic_deaths=100/under"]),
        ("Phòng Cảnh sát hình sự đã chủ trì, phối hợp triệt phá 14 băng, nhóm tội phạm hoạt động theo kiểu “xã hội đen”, cho vay lãi nặng, đòi nợ thuê; thu giữ 5 khẩu súng quân dụng, 37 hung khí các loại.", ["gangs_dismantled=14"]),
        ("Năm 2023, toàn quốc xảy ra 46.310 vụ phạm tội về trật tự xã hội, tăng 3,3% so với năm 2022; đã điều tra làm rõ 39.870 vụ, bắt 80.215 đối tượng, đạt tỷ lệ 86,09%; trong đó án rất nghiêm trọng, đặc biệt nghiêm trọng làm rõ 96,2%.", ["crimes_social_order=46310", "crime_change_pct=3.3", "cases_cleared=39870", "offenders=80215", "clearance_rate=86.09", "serious_clearance_rate=96.2"]),
        ("Năm 2023, trên địa bàn tỉnh xảy ra 792 vụ vi phạm pháp luật về trật tự xã hội, giảm 37 vụ so với năm 2022; đã điều tra, làm rõ 701 vụ, bắt, xử lý 1.215 đối tượng.", ["violations_social_order=792", "crime_change_count=-37", "cases_cleared=701", "offenders=1215"]),
        ("Cơ quan Cảnh sát điều tra Công an tỉnh đã thụ lý 1.286 vụ án, khởi tố mới 954 vụ, 1.472 bị can; chất lượng điều tra, xử lý án được nâng lên, không để xảy ra oan, sai.", ["cases_accepted=1286", "cases_prosecuted=954", "defendants=1472"]),
        ("Công an tỉnh đã tiếp nhận 2.156 tin báo, tố giác tội phạm và kiến nghị khởi tố, đã giải quyết 1.987 tin, đạt tỷ lệ 92,16%.", ["crime_reports_received=2156", "crime_reports_resolved=1987", "reports_resolution_rate=92.16"]),
        ("Người dân phát hiện hành vi vi phạm pháp luật về trật tự an toàn giao thông có thể phản ánh qua số điện thoại đường dây nóng 069.2345.678 hoặc gửi hình ảnh qua trang Fanpage của Phòng Cảnh sát giao thông Công an tỉnh. Đường dây tiếp nhận thông tin 24/7.", []),
        ("Thực hiện Nghị quyết Đại hội Đảng bộ Công an tỉnh lần thứ XXV, nhiệm kỳ 2020-2025 và Nghị quyết Đại hội XIII của Đảng, Đảng ủy Công an tỉnh đã xác định 7 nhiệm vụ trọng tâm và 3 khâu đột phá trong năm 2024.", []),
        ("Trình bày báo cáo tại kỳ họp thứ 6, Quốc hội khóa XV, Bộ trưởng Bộ Công an cho biết tội phạm về trật tự xã hội giảm 4,39% so với cùng kỳ; tỷ lệ điều tra, khám phá đạt 88,7%, trong đó án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 97,5%.", ["crime_change_pct=-4.39", "clearance_rate=88.7", "serious_clearance_rate=97.5"]),
        ("Tỷ lệ điều tra, khám phá án đạt 87,35%, tăng 2,98% so với năm 2022; án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 100%.", ["clearance_rate=87.35", "clearance_rate_change_pp=2.98", "serious_clearance_rate=100"]),
        ("Trọng án xảy ra 27 vụ, ít hơn 5 vụ so với cùng kỳ, đã điều tra làm rõ 26 vụ, đạt 96,3%.", ["serious_cases=27", "serious_cases_change_count=-5", "serious_cases_cleared=26", "serious_clearance_rate=96.3"]),
        ("Theo Công an TP Hà Nội, trong 6 tháng đầu năm, thành phố xảy ra 1.612 vụ phạm tội về trật tự xã hội, giảm 9,3% so với cùng kỳ năm ngoái. Các vụ án làm 49 người chết, 210 người bị thương; thiệt hại tài sản khoảng 120 tỷ đồng.", ["crimes_social_order=1612", "crime_change_pct=-9.3", "crime_deaths=49", "crime_injuries=210"]),
        ("Công tác đấu tranh phòng, chống tội phạm về kinh tế tiếp tục được tăng cường, tập trung vào các lĩnh vực buôn lậu, gian lận thương mại, hàng giả. Trong năm, lực lượng Cảnh sát kinh tế đã phát hiện 214 vụ, 287 đối tượng, tăng 12,6% số vụ so với cùng kỳ; khởi tố 132 vụ, 198 bị can.", ["economic_cases=214", "economic_offenders=287", "economic_cases_change_pct=12.6", "economic_cases_prosecuted=132", "economic_defendants=198"]),
        ("Về trật tự an toàn giao thông.\nTừ ngày 15/12/2023 đến ngày 14/6/2024, trên địa bàn tỉnh xảy ra 97 vụ, làm chết 68 người, bị thương 45 người. So với cùng kỳ năm 2023, giảm 15 vụ, giảm 9 người chết, tăng 3 người bị thương.", ["traffic_accidents=97", "traffic_deaths=68", "traffic_injuries=45", "traffic_accidents_change_count=-15", "traffic_deaths_change_count=-9", "traffic_injuries_change_count=3"]),
        ("Theo Cục Cảnh sát điều tra tội phạm về ma túy, trong năm 2023 lực lượng chuyên trách các cấp đã phát hiện 27.815 vụ, 54.400 đối tượng phạm tội về ma túy, thu giữ gần 3 tấn heroin và hơn 1,2 tấn ma túy tổng hợp.", ["drug_cases=27815", "drug_offenders=54400"]),
        ("Trong quý II/2024, số vụ phạm pháp hình sự trên địa bàn quận là 143 vụ, tăng 11 vụ so với quý trước, song giảm 6,5% so với cùng kỳ năm 2023.", ["crimes_recorded=143", "crime_change_count_vs_prev_period=11", "crime_change_pct=-6.5"]),
        ("Tháng 3/2024, toàn tỉnh xảy ra 54 vụ phạm tội về trật tự xã hội, giảm 9 vụ (54/63) so với tháng 3/2023; điều tra khám phá 49 vụ, đạt 90,74%.", ["crimes_social_order=54", "crime_change_count=-9", "cases_cleared=49", "clearance_rate=90.74"]),
        ("Trong 3 tháng cao điểm, Công an tỉnh đã bắt, vận động đầu thú 64 đối tượng truy nã, chiếm 38,5% tổng số đối tượng truy nã đang lẩn trốn; số đối tượng truy nã còn lại trên địa bàn hiện chưa đến 110 đối tượng.", ["fugitives_arrested=64"]),
        ("Nhờ làm tốt công tác phòng ngừa, tổng số vụ phạm pháp hình sự năm 2023 trên địa bàn huyện chưa đến 40 vụ, mức thấp nhất trong 10 năm trở lại đây.", ["crimes_recorded=40/under"]),
        ("Toàn lực lượng đã bắt, vận động đầu thú 312 đối tượng truy nã, tăng 8,3% so với cùng kỳ, trong đó có 46 đối tượng truy nã nguy hiểm và đặc biệt nguy hiểm; tiếp tục rà soát, xác minh số đối tượng truy nã còn lại để có biện pháp truy bắt.", ["fugitives_arrested=312", "fugitives_arrested_change_pct=8.3", "fugitives_dangerous_arrested=46"]),
        ("Lúc 22h30 ngày 3/2, tổ công tác 363 Công an tỉnh phát hiện nhóm khoảng 15 thanh niên mang theo hung khí tụ tập tại khu vực chân cầu. Lực lượng chức năng đã tạm giữ 9 người để làm rõ, thu giữ 4 mã tấu, 2 bình xịt hơi cay.", []),
    ]

    static func figures(_ text: String) -> [String] {
        extractor.extract(text: text, source: "held-out", defaultUnit: UnitRef(type: .province, name: "Nghệ An"),
                          published: "2024-06-20").figures.map { f in
            "\(f.metric)=\(ExtractionScore.valueKey(f.value))" + (f.qualifier == .exact ? "" : "/\(f.qualifier.rawValue)")
        }
    }

    /// What the extractor still reads differently: a subject and its figure far apart ("số người chết … ở mức
    /// dưới 100 người"), and a count of fugitives still at large read as arrested ones.
    static let knownDifferences: [String] = [
        "EXTRA fugitives_arrested=110/under",
        "MISS traffic_deaths=100/under",
    ]

    @Test("precision and recall on the held-out paragraphs are at least 0.95; the differences are the known ones")
    func score() {
        var score = ExtractionScore()
        for (text, expected) in HeldOutParagraphTests.paragraphs {
            let found = HeldOutParagraphTests.figures(text)
            score.add(extracted: found.map { .init(key: $0, metric: $0, text: text) },
                      expected: expected.map { .init(key: $0, metric: $0, text: text) })
        }
        #expect(HeldOutParagraphTests.paragraphs.count == 40)
        #expect(score.overall.expected == 126)
        #expect(score.overall.precision >= 0.95)
        #expect(score.overall.recall >= 0.95)
        let differences = (score.misses.map { "MISS \($0.key)" } + score.falsePositives.map { "EXTRA \($0.key)" }).sorted()
        #expect(differences == HeldOutParagraphTests.knownDifferences)
    }
}
