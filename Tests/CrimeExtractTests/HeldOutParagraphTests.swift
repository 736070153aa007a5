import CrimeData
import Testing
@testable import CrimeExtract

/// Held-out sets: report paragraphs written blind, each set by an engineer who had not seen the extractor's
/// rules, its tests or its code, from the metric vocabulary of the reference data alone, with the figures an
/// analyst records from each. Each set was scored once before any change made for it; the misreadings it
/// showed were then fixed as general rules, so neither set is unseen any more. The tests hold the issue's
/// bar (precision and recall ≥ 0.95) and pin every difference left.
///
/// - First set (40 paragraphs, 126 figures; provincial reports, press, distractors). Before: 118 hits,
///   123 extracted — precision 0.959, recall 0.937. Fixed: a target in an earlier clause ("vượt 16,25% chỉ
///   tiêu") no longer makes later rates targets; "làm rõ 96,2%" is a rate; a percentage right after a count is
///   its change; "tổng số vụ" after "làm chết"; no `_vs_YYYY` from a guessed period.
/// - Second set (40 paragraphs, 181 figures; Ministry releases with headings on their own lines, cluster
///   reports with province lists, press leads, single-incident news). Before: 170 hits, 183 extracted —
///   precision 0.929, recall 0.939. Fixed: a heading line heads the paragraphs after it; gambling counts are
///   not recorded; "số vụ phạm pháp hình sự giảm 17,4%" is the crime count's change; "số người chết giảm 8
///   người" and lists of such changes; "ước đạt", and a sentence opening with "Ước"; "của 17 người" (victims);
///   a bare "vụ" no longer outweighs a traffic paragraph.
@Suite("Held-out paragraphs (written blind)")
struct HeldOutParagraphTests {
    static let extractor = ReportExtractor(gazetteer: try! Gazetteer.bundled())

    static let firstSet: [(String, [String])] = [
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

    static let secondSet: [(String, [String])] = [
        ("Tình hình tội phạm tháng 5/2024 (từ ngày 15/4 đến 14/5/2024):\nTội phạm về trật tự xã hội:\nXảy ra 3.906 vụ, giảm 212 vụ (-5,15%) so với tháng 4/2024; điều tra làm rõ 3.187 vụ, bắt 6.954 đối tượng.\nTội phạm về ma túy:\nPhát hiện 2.415 vụ, 3.902 đối tượng.", ["crimes_social_order=3906", "crime_change_count_vs_prev_period=-212", "crime_change_pct_vs_prev_period=-5.15", "cases_cleared=3187", "offenders=6954", "drug_cases=2415", "drug_offenders=3902"]),
        ("Quý I/2024, Bộ Công an ghi nhận:\nTội phạm về trật tự xã hội:\nXảy ra 11.284 vụ, tăng 3,6% so với cùng kỳ năm 2023 nhưng giảm 2,1% so với quý IV/2023; đã điều tra, khám phá 9.412 vụ, đạt tỷ lệ 83,41%; bắt, xử lý 19.867 đối tượng.\nTội phạm về kinh tế:\nPhát hiện 1.356 vụ, 2.048 đối tượng phạm tội về trật tự quản lý kinh tế.\nTội phạm về tham nhũng, chức vụ:\nPhát hiện 127 vụ.", ["crimes_social_order=11284", "crime_change_pct=3.6", "crime_change_pct_vs_prev_period=-2.1", "cases_cleared=9412", "clearance_rate=83.41", "offenders=19867", "economic_cases=1356", "economic_offenders=2048", "corruption_cases=127"]),
        ("Tháng 9/2023:\nTai nạn giao thông:\nXảy ra 2.187 vụ, làm chết 1.041 người, bị thương 1.563 người; so với tháng trước giảm 74 vụ (-3,27%), giảm 29 người chết.\nTội phạm và vi phạm pháp luật về môi trường, an toàn thực phẩm:\nPhát hiện 1.184 vụ.", ["traffic_accidents=2187", "traffic_deaths=1041", "traffic_injuries=1563", "traffic_accidents_change_count_vs_prev_period=-74", "traffic_accidents_change_pct_vs_prev_period=-3.27", "traffic_deaths_change_count_vs_prev_period=-29", "environment_cases=1184"]),
        ("Năm 2023, toàn lực lượng Công an nhân dân đã điều tra, khám phá 42.165 vụ phạm tội về trật tự xã hội, đạt tỷ lệ 84,73%, vượt 4,73% chỉ tiêu Quốc hội giao; triệt xóa 548 băng, nhóm tội phạm; bắt, vận động đầu thú 6.412 đối tượng truy nã, trong đó có 1.103 đối tượng truy nã nguy hiểm và đặc biệt nguy hiểm.", ["cases_cleared=42165", "clearance_rate=84.73", "gangs_dismantled=548", "fugitives_arrested=6412", "fugitives_dangerous_arrested=1103"]),
        ("Tội phạm về ma túy:\nTrong 6 tháng đầu năm, lực lượng chức năng phát hiện, bắt giữ 13.528 vụ, 22.904 đối tượng, thu giữ 1.267 kg heroin, 2.834 kg và 1.198.600 viên ma túy tổng hợp; đã khởi tố 11.706 vụ, 19.233 bị can. So với cùng kỳ, số vụ tăng 8,6%.", ["drug_cases=13528", "drug_offenders=22904", "drug_cases_prosecuted=11706", "drug_defendants=19233", "drug_cases_change_pct=8.6"]),
        ("Tội phạm về trật tự xã hội:\nXảy ra 10.473 vụ; điều tra làm rõ 8.961 vụ (đạt 85,56%), trong đó án rất nghiêm trọng và đặc biệt nghiêm trọng làm rõ 1.212/1.268 vụ (đạt 95,58%).\nTai nạn giao thông:\nXảy ra 5.732 vụ, làm chết 2.819 người, bị thương 4.064 người; so với cùng kỳ năm trước giảm 9,4% số vụ, giảm 6,2% số người chết và giảm 12,7% số người bị thương.", ["crimes_social_order=10473", "cases_cleared=8961", "clearance_rate=85.56", "serious_cases_cleared=1212", "serious_cases=1268", "serious_clearance_rate=95.58", "traffic_accidents=5732", "traffic_deaths=2819", "traffic_injuries=4064", "traffic_accidents_change_pct=-9.4", "traffic_deaths_change_pct=-6.2", "traffic_injuries_change_pct=-12.7"]),
        ("Bộ Công an đề nghị người dân khi phát hiện hành vi vi phạm pháp luật liên quan đến ma túy thông báo ngay qua số điện thoại đường dây nóng 069.2342.593 hoặc đến cơ quan công an gần nhất. Thông tin của người tố giác được giữ bí mật theo quy định tại Điều 4 Luật Tố cáo năm 2018.", []),
        ("Trong 11 tháng năm 2023, cơ quan điều tra các cấp đã tiếp nhận 98.412 tin báo, tố giác tội phạm và kiến nghị khởi tố, đã giải quyết 89.605 tin, đạt tỷ lệ 91,05%; khởi tố 58.730 vụ, 96.214 bị can.", ["crime_reports_received=98412", "crime_reports_resolved=89605", "reports_resolution_rate=91.05", "cases_prosecuted=58730", "defendants=96214"]),
        ("Tại hội nghị tổng kết công tác thi đua năm 2023 của Cụm thi đua số 2, Công an 5 tỉnh trong Cụm đã kéo giảm 9,8% số vụ phạm tội về trật tự xã hội so với năm 2022; tỷ lệ điều tra khám phá đạt 89,6%, án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 98,2%. Toàn Cụm đã phát hiện, bắt giữ 4.327 vụ, 6.015 đối tượng phạm tội về ma túy.", ["crime_change_pct=-9.8", "clearance_rate=89.6", "serious_clearance_rate=98.2", "drug_cases=4327", "drug_offenders=6015"]),
        ("Cụm thi đua số 3 gồm Công an 6 tỉnh: Hà Giang, Tuyên Quang, Lào Cai, Yên Bái, Phú Thọ, Hòa Bình. Năm 2022, so với năm trước, tội phạm về trật tự xã hội tại Hà Giang giảm 12,4%, Lào Cai giảm 8,1%, Tuyên Quang giảm 5,7%, Phú Thọ giảm 3,9%, riêng Yên Bái tăng 2,3% và Hòa Bình tăng 1,1%.", ["crime_change_pct=-12.4", "crime_change_pct=-8.1", "crime_change_pct=-5.7", "crime_change_pct=-3.9", "crime_change_pct=2.3", "crime_change_pct=1.1"]),
        ("Về tỷ lệ điều tra khám phá án về trật tự xã hội, Công an tỉnh Quảng Trị đạt 92,3%, Thừa Thiên Huế đạt 88,9%, Quảng Nam đạt 87,5%, Quảng Ngãi đạt 86,1% và Bình Định đạt 84,7%; tất cả các đơn vị trong Cụm đều vượt chỉ tiêu 80% do Bộ giao.", ["clearance_rate=92.3", "clearance_rate=88.9", "clearance_rate=87.5", "clearance_rate=86.1", "clearance_rate=84.7"]),
        ("Chiều 16/12, tại TP Buôn Ma Thuột, Cụm thi đua số 6 tổ chức hội nghị tổng kết phong trào thi đua “Vì an ninh Tổ quốc” năm 2023. Dịp này, Bộ trưởng Bộ Công an đã tặng Bằng khen cho 14 tập thể, 27 cá nhân; Cờ thi đua của Bộ Công an được trao cho Công an tỉnh Đắk Lắk và Công an tỉnh Lâm Đồng. Công an tỉnh Gia Lai được bầu làm Cụm trưởng năm 2024.", ["commendations_collective=14", "commendations_individual=27"]),
        ("Năm 2024, toàn Cụm xảy ra 1.846 vụ tai nạn giao thông, làm chết 912 người, bị thương 1.205 người; so với năm 2023 giảm 14,2% số vụ, giảm 10,5% số người chết. Trong đó, Khánh Hòa giảm 21 người chết, Bình Thuận giảm 17 người, Phú Yên giảm 9 người.", ["traffic_accidents=1846", "traffic_deaths=912", "traffic_injuries=1205", "traffic_accidents_change_pct=-14.2", "traffic_deaths_change_pct=-10.5", "traffic_deaths_change_count=-21", "traffic_deaths_change_count=-17", "traffic_deaths_change_count=-9"]),
        ("Theo báo cáo tại hội nghị, 6 tháng đầu năm 2024, các tỉnh trong Cụm thi đua số 5 xảy ra tổng cộng 1.984 vụ phạm tội về trật tự xã hội, giảm 7,6% so với cùng kỳ. Trong đó, Hải Dương xảy ra 512 vụ, Hưng Yên 437 vụ, Nam Định 401 vụ, Thái Bình 356 vụ, Hà Nam 278 vụ.", ["crimes_social_order=1984", "crime_change_pct=-7.6", "crimes_social_order=512", "crimes_social_order=437", "crimes_social_order=401", "crimes_social_order=356", "crimes_social_order=278"]),
        ("Cũng trong năm, Công an 7 tỉnh trong Cụm đã triệt phá 63 băng, nhóm tội phạm hoạt động theo kiểu “xã hội đen”, bắt 1.127 đối tượng truy nã; tỷ lệ điều tra khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng ở tất cả các địa phương đều đạt từ 95% trở lên.", ["gangs_dismantled=63", "fugitives_arrested=1127", "serious_clearance_rate=95/at_least"]),
        ("Ngày 8/3/2024, tại Lào Cai, Cụm thi đua số 2 – Bộ Công an tổ chức ký kết giao ước thi đua năm 2024. Các đơn vị thống nhất 5 nhiệm vụ trọng tâm, trong đó phấn đấu kéo giảm ít nhất 5% số vụ phạm tội về trật tự xã hội, tỷ lệ điều tra khám phá đạt trên 75%, án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 90%.", []),
        ("Chín tháng năm 2024, Công an TP HCM ghi nhận khoảng 4.300 vụ phạm tội về trật tự xã hội, giảm hơn 8% so với cùng kỳ; hơn 5.000 nghi phạm bị bắt giữ. “Số vụ cướp giật giảm rõ rệt nhờ tăng cường tuần tra ban đêm”, Đại tá Trần Minh Đức, Phó giám đốc Công an thành phố, nói tại buổi họp báo chiều 3/10.", ["crimes_social_order=4300/about", "crime_change_pct=-8/more_than", "offenders=5000/more_than"]),
        ("Trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ 8/2 đến 14/2), cả nước xảy ra 178 vụ tai nạn giao thông, làm chết 134 người, bị thương 109 người. So với Tết năm ngoái, số vụ giảm 12 vụ, số người chết giảm 8 người. Lực lượng CSGT đã phát hiện, xử lý hơn 23.000 trường hợp vi phạm nồng độ cồn.", ["traffic_accidents=178", "traffic_deaths=134", "traffic_injuries=109", "traffic_accidents_change_count=-12", "traffic_deaths_change_count=-8"]),
        ("Ngày 21/5, Công an quận Hà Đông (Hà Nội) cho biết đã bắt tạm giam Nguyễn Văn Tùng (24 tuổi, quê Thanh Hóa) để điều tra về hành vi lừa đảo chiếm đoạt tài sản. Theo cơ quan điều tra, từ tháng 1 đến tháng 4, Tùng đã lập 12 tài khoản mạng xã hội giả danh nhân viên ngân hàng, chiếm đoạt gần 2,3 tỷ đồng của 17 người.", []),
        ("Riêng trong đợt cao điểm từ 15/6 đến 15/7, Công an tỉnh Sơn La đã phát hiện, bắt giữ 186 vụ, 241 đối tượng phạm tội về ma túy, thu giữ 42 bánh heroin, 28,6 kg ma túy tổng hợp và 3 khẩu súng quân dụng. Trong quá trình truy bắt, 2 cán bộ chiến sĩ bị thương.", ["drug_cases=186", "drug_offenders=241"]),
        ("Theo Công an tỉnh Bình Dương, năm nay số vụ phạm pháp hình sự trên địa bàn chưa đến 1.000 vụ, lần đầu tiên kể từ năm 2015; tỷ lệ điều tra làm rõ đạt gần 90%. Các vụ án đã làm chết 41 người, bị thương 87 người.", ["crimes_recorded=1000/under", "clearance_rate=90/nearly", "crime_deaths=41", "crime_injuries=87"]),
        ("Phát biểu tại hội nghị, Thượng tá Lê Quang Vinh, Trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An, cho biết trong các vụ phạm tội về trật tự xã hội năm qua, trộm cắp tài sản chiếm 58,4%, lừa đảo chiếm đoạt tài sản chiếm 12,7%. Nghệ An hiện xếp thứ 5/63 tỉnh, thành về số vụ lừa đảo qua không gian mạng.", []),
        ("Hà Nội: Tội phạm về trật tự xã hội tiếp tục giảm\nTHANH HÀ\n6 tháng đầu năm 2024, Công an TP Hà Nội đã điều tra khám phá 1.842 vụ, bắt 3.517 đối tượng, đạt tỷ lệ 87,9%, tăng 1,8% so với cùng kỳ. Số vụ phạm tội về trật tự xã hội giảm 4,7%.", ["cases_cleared=1842", "offenders=3517", "clearance_rate=87.9", "clearance_rate_change_pp=1.8", "crime_change_pct=-4.7"]),
        ("Kết thúc đợt cao điểm, Cục Cảnh sát truy nã tội phạm cho biết lực lượng Công an cả nước đã bắt, vận động đầu thú trên 2.100 đối tượng truy nã, trong đó gần 400 đối tượng truy nã nguy hiểm và đặc biệt nguy hiểm. Nhiều đối tượng đã lẩn trốn từ 10 năm trở lên.", ["fugitives_arrested=2100/over", "fugitives_dangerous_arrested=400/nearly"]),
        ("Theo Cục Cảnh sát giao thông, tháng 4, toàn quốc xảy ra 1.976 vụ tai nạn giao thông, làm chết 918 người, bị thương 1.421 người. So với tháng 3, giảm 113 vụ, giảm 62 người chết nhưng tăng 37 người bị thương. Tính chung 4 tháng, số người chết vì tai nạn giao thông dưới 3.800 người, thấp nhất trong 10 năm trở lại đây.", ["traffic_accidents=1976", "traffic_deaths=918", "traffic_injuries=1421", "traffic_accidents_change_count_vs_prev_period=-113", "traffic_deaths_change_count_vs_prev_period=-62", "traffic_injuries_change_count_vs_prev_period=37", "traffic_deaths=3800/under"]),
        ("Năm 2023, lực lượng Cảnh sát kinh tế Công an tỉnh Thanh Hóa phát hiện 214 vụ, 296 đối tượng phạm tội về kinh tế, nhiều hơn 18 vụ so với năm 2022; phát hiện 23 vụ tham nhũng, gây thiệt hại cho Nhà nước hơn 47 tỷ đồng, đã thu hồi 31,5 tỷ đồng.", ["economic_cases=214", "economic_offenders=296", "economic_cases_change_count=18", "corruption_cases=23"]),
        ("Trong lúc truy đuổi nhóm “quái xế” lúc 2h sáng 14/7, Trung úy Phạm Văn Nam (28 tuổi), cán bộ Đội Cảnh sát giao thông trật tự Công an huyện Đức Hòa, bị xe máy tông trọng thương. Từ đầu năm, đây là lần thứ 3 cán bộ Công an tỉnh Long An bị thương khi làm nhiệm vụ.", []),
        ("Ước cả năm 2024, Công an tỉnh Kiên Giang ghi nhận 687 vụ phạm tội về trật tự xã hội, giảm khoảng 6% so với năm trước; tỷ lệ điều tra khám phá ước đạt 88,5%.", ["crimes_social_order=687/about", "crime_change_pct=-6/about", "clearance_rate=88.5/about"]),
        ("Năm 2023, trên địa bàn tỉnh xảy ra 467 vụ phạm tội về trật tự xã hội, giảm 64 vụ, tương đương 12,05% so với năm 2022; điều tra làm rõ 412 vụ, bắt 689 đối tượng, đạt tỷ lệ 88,22%, tăng 2,14% so với năm trước; án rất nghiêm trọng và đặc biệt nghiêm trọng làm rõ 37/38 vụ, đạt 97,37%.", ["crimes_social_order=467", "crime_change_count=-64", "crime_change_pct=-12.05", "cases_cleared=412", "offenders=689", "clearance_rate=88.22", "clearance_rate_change_pp=2.14", "serious_cases_cleared=37", "serious_cases=38", "serious_clearance_rate=97.37"]),
        ("Kết quả cụ thể:\n- Tội phạm về trật tự xã hội: xảy ra 1.126 vụ (giảm 83 vụ, -6,87%); điều tra làm rõ 1.003 vụ, đạt 89,08%; bắt xử lý 1.975 đối tượng.\n- Tội phạm về ma túy: phát hiện 512 vụ, 804 đối tượng; khởi tố 498 vụ, 781 bị can.\n- Tai nạn giao thông: xảy ra 143 vụ, chết 121 người, bị thương 68 người.", ["crimes_social_order=1126", "crime_change_count=-83", "crime_change_pct=-6.87", "cases_cleared=1003", "clearance_rate=89.08", "offenders=1975", "drug_cases=512", "drug_offenders=804", "drug_cases_prosecuted=498", "drug_defendants=781", "traffic_accidents=143", "traffic_deaths=121", "traffic_injuries=68"]),
        ("Phạm pháp hình sự xảy ra 391 vụ, giảm 43 vụ so với năm 2022 (391/434); đã điều tra làm rõ 352 vụ, đạt 90,03%, bắt 598 đối tượng. Phát hiện, bắt giữ 57 vụ, 312 đối tượng đánh bạc.", ["crimes_recorded=391", "crime_change_count=-43", "cases_cleared=352", "clearance_rate=90.03", "offenders=598"]),
        ("Trong năm, lực lượng Công an tỉnh Quảng Bình đã làm rõ 276/301 vụ phạm tội về trật tự xã hội (đạt 91,7%), trong đó trọng án làm rõ 100%; triệt phá 9 băng, ổ nhóm tội phạm. Với kết quả này, Công an tỉnh đứng thứ 2/5 đơn vị trong Cụm thi đua số 5 về tỷ lệ khám phá.", ["cases_cleared=276", "crimes_social_order=301", "clearance_rate=91.7", "serious_clearance_rate=100", "gangs_dismantled=9"]),
        ("Giai đoạn 2019–2024, Công an tỉnh Tây Ninh đã điều tra, khám phá 2.654 vụ phạm pháp hình sự, bắt 4.318 đối tượng; số vụ phạm pháp hình sự giảm 17,4% so với 5 năm liền kề trước đó; tỷ lệ khám phá bình quân đạt 86,2%.", ["cases_cleared=2654", "offenders=4318", "crime_change_pct_vs_prev_period=-17.4", "clearance_rate=86.2"]),
        ("Năm 2024, Công an tỉnh Bắc Giang đã khởi tố 1.208 vụ, 2.137 bị can; phát hiện 148 vụ, 192 đối tượng phạm tội về kinh tế, 11 vụ tham nhũng, chức vụ; xử lý 426 vụ vi phạm pháp luật về môi trường. Dịp tổng kết, Giám đốc Công an tỉnh đã khen thưởng 35 tập thể, 118 cá nhân có thành tích xuất sắc.", ["cases_prosecuted=1208", "defendants=2137", "economic_cases=148", "economic_offenders=192", "corruption_cases=11", "environment_cases=426", "commendations_collective=35", "commendations_individual=118"]),
        ("6 tháng đầu năm 2024, trên địa bàn huyện Krông Pắc, án rất nghiêm trọng, đặc biệt nghiêm trọng xảy ra 03 vụ, giảm 02 vụ so với cùng kỳ, đã điều tra làm rõ cả 03 vụ, đạt 100%. Các vụ phạm tội về trật tự xã hội đã làm chết 04 người, bị thương 09 người.", ["serious_cases=3", "serious_cases_change_count=-2", "serious_cases_cleared=3", "serious_clearance_rate=100", "crime_deaths=4", "crime_injuries=9"]),
        ("Nhiệm kỳ 2020–2025, Đảng bộ Công an tỉnh Lạng Sơn đã lãnh đạo phát hiện, bắt giữ 2.931 vụ, 3.874 đối tượng phạm tội về ma túy, tăng 21,6% số vụ so với nhiệm kỳ trước. Đại hội lần thứ XXVI, nhiệm kỳ 2025–2030 đã bầu 15 đồng chí vào Ban Chấp hành Đảng bộ.", ["drug_cases=2931", "drug_offenders=3874", "drug_cases_change_pct_vs_prev_period=21.6"]),
        ("Năm 2025, Công an tỉnh đề ra chỉ tiêu tỷ lệ điều tra khám phá án về trật tự xã hội đạt trên 85%, án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 95%, kéo giảm từ 5% trở lên số vụ phạm tội; 100% tin báo, tố giác tội phạm được tiếp nhận, phân loại và xử lý kịp thời.", []),
        ("Sáng 24/10, tại kỳ họp thứ 8, Quốc hội khóa XV, Bộ trưởng Bộ Công an trình bày Báo cáo về công tác phòng, chống tội phạm và vi phạm pháp luật năm 2024. Phiên họp được truyền hình trực tiếp trên kênh VTV1 từ 8h30.", []),
        ("Năm 2024, tỷ lệ điều tra khám phá án về trật tự xã hội đạt 81,4%, giảm 1,6% so với năm 2023 nhưng vẫn vượt 6,4% chỉ tiêu Bộ Công an giao. Số vụ phạm tội về ma túy chiếm 38,2% tổng số vụ án hình sự khởi tố trên địa bàn.", ["clearance_rate=81.4", "clearance_rate_change_pp=-1.6"]),
        ("Năm 2023, Công an 5 tỉnh Tây Nguyên điều tra làm rõ hơn 3.100 vụ phạm pháp hình sự, bắt gần 5.400 đối tượng; tỷ lệ khám phá chung đạt trên 83%. Riêng tội phạm ma túy, các địa phương phát hiện khoảng 1.500 vụ.", ["cases_cleared=3100/more_than", "offenders=5400/nearly", "clearance_rate=83/over", "drug_cases=1500/about"]),
    ]

    static func result(_ text: String) -> ExtractionResult {
        extractor.extract(text: text, source: "held-out", defaultUnit: UnitRef(type: .province, name: "Nghệ An"),
                          published: "2024-06-20")
    }

    /// The figures read as facts, scored against the set (metric, value, qualifier); and the same with the
    /// figures sent to review added, to see what is found at all.
    static func score(_ set: [(String, [String])]) -> (read: ExtractionScore, found: ExtractionScore, differences: [String]) {
        var read = ExtractionScore()
        var found = ExtractionScore()
        for (text, expected) in set {
            let r = result(text)
            let expectedItems = expected.map { ExtractionScore.Item(key: $0, metric: $0, text: text) }
            read.add(extracted: r.read.map(ReportParagraphTests.key).map { .init(key: $0, metric: $0, text: text) },
                     expected: expectedItems)
            found.add(extracted: r.figures.map(ReportParagraphTests.key).map { .init(key: $0, metric: $0, text: text) },
                      expected: expectedItems)
        }
        let differences = (found.misses.map { "MISS \($0.key)" } + read.falsePositives.map { "EXTRA \($0.key)" }).sorted()
        return (read, found, differences)
    }

    @Test("first set: read figures at least 0.97 precise; read or for review, recall at least 0.95; known differences")
    func first() {
        let (read, found, differences) = HeldOutParagraphTests.score(HeldOutParagraphTests.firstSet)
        #expect(HeldOutParagraphTests.firstSet.count == 40)
        #expect(read.overall.expected == 126)
        #expect(read.overall.precision >= 0.97)
        #expect(found.overall.recall >= 0.95)
        #expect(read.overall.hits >= 0)
        // A subject far from its figure ("số người chết … ở mức dưới 100 người").
        #expect(differences == ["MISS traffic_deaths=100/under"])
    }

    @Test("second set: read figures at least 0.97 precise; read or for review, recall at least 0.95; known differences")
    func second() {
        let (read, found, differences) = HeldOutParagraphTests.score(HeldOutParagraphTests.secondSet)
        #expect(HeldOutParagraphTests.secondSet.count == 40)
        #expect(read.overall.expected == 181)
        #expect(read.overall.precision >= 0.97)
        #expect(found.overall.recall >= 0.95)
        #expect(read.overall.hits >= 0)
        // A subject far from its figure: "số người chết vì tai nạn giao thông dưới 3.800 người".
        #expect(differences == ["MISS traffic_deaths=3800/under"])
    }
}

extension HeldOutParagraphTests {
    /// Sets 1 and 2 scored per figure (metric, value, qualifier), read figures and figures for review alike.
    static func calibration() -> ConfidenceCalibration {
        var calibration = ConfidenceCalibration()
        for (text, expected) in firstSet + secondSet {
            var remaining = expected
            for f in result(text).figures {
                let key = ReportParagraphTests.key(f)
                if let i = remaining.firstIndex(of: key), f.isRead {
                    remaining.remove(at: i)
                    calibration.add(confidence: f.confidence, right: true)
                } else {
                    calibration.add(confidence: f.confidence, right: false)
                }
            }
        }
        return calibration
    }

    @Test("confidence on sets 1 and 2: figures at 0.9 or more are at least 0.97 precise")
    func calibrationOnFirstSets() {
        let c = HeldOutParagraphTests.calibration()
        let top = c.atLeast(0.9)
        #expect(top.figures >= 120)
        #expect((top.precision ?? 0) >= 0.97)
        // Bands 0.9–1, 0.8–0.9, 0.7–0.8, 0.5–0.7, under 0.5 (the figures for review).
        #expect(c.bands.map(\.figures) == [132, 67, 21, 0, 86])
        #expect(c.bands.map(\.right) == [132, 67, 21, 0, 0])
    }
}
