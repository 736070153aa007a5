import CrimeData
import Testing
@testable import CrimeExtract

/// Paragraphs with the phenomena of real reports (issue 12): breakdowns after a total, domains in the noun phrase
/// or a heading, percentages that are not clearance rates, bracketed sub-counts, periods, district and region
/// units, numbers in words, ratio pairs, traffic casualties. Each carries at least one distractor. Written for
/// these tests in the manner of provincial papers, Ministry releases and cluster reports; no sentence is taken
/// from the seeds or from an article.
///
/// A case gives the report's unit and publication date (as `extract --unit … --published …`), the period its
/// figures fall in, the figures read as facts and the figures sent to review. A key is "metric=value",
/// "/qualifier" when not exact, "@Unit" when the figure's unit is not the report's, "#YYYY-MM..YYYY-MM" when
/// its period is not the case's.
@Suite("Real-report phenomena (issue 12)")
struct RealReportPhenomenaTests {
    static let extractor = ReportExtractor(gazetteer: try! Gazetteer.bundled())
    static let gazetteer = try! Gazetteer.bundled()

    struct Case: Sendable, CustomTestStringConvertible {
        var unit: String
        var published: String
        var period: String
        var text: String
        var read: [String]
        var review: [String] = []
        var testDescription: String { String(text.prefix(60)) }
    }

    static func c(_ unit: String, _ published: String, _ period: String, _ text: String, _ read: [String],
                  review: [String] = []) -> Case {
        Case(unit: unit, published: published, period: period, text: text, read: read, review: review)
    }

    // MARK: 1. Breakdowns read as totals
    static let breakdowns: [Case] = [
        c("Gia Lai", "2024-01-10", "2023-01..2023-12",
          "Năm 2023, toàn tỉnh xảy ra 412 vụ phạm tội về trật tự xã hội, giảm 5,3% so với năm 2022; các loại tội phạm đều giảm: cướp giật tài sản (giảm 12%); lừa đảo chiếm đoạt tài sản (giảm 9,5%); trộm cắp tài sản (giảm 4,1%).",
          ["crimes_social_order=412", "crime_change_pct=-5.3"],
          review: ["crime_change_pct=-12", "crime_change_pct=-9.5", "crime_change_pct=-4.1"]),
        c("Đắk Lắk", "2024-07-05", "2024-01..2024-06",
          "6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 356 vụ phạm pháp hình sự, chiếm nhiều nhất là trộm cắp tài sản (118 vụ), cố ý gây thương tích (47 vụ), lừa đảo chiếm đoạt tài sản (31 vụ).",
          ["crimes_recorded=356"], review: ["crimes_social_order=118", "crimes_social_order=47", "crimes_social_order=31"]),
        c("Gia Lai", "2023-12-28", "2023-01..2023-12",
          "Năm 2023, số vụ phạm pháp hình sự tập trung chủ yếu ở địa bàn Pleiku 112 vụ, An Khê 34 vụ, Ayun Pa 21 vụ; tổng cộng toàn tỉnh xảy ra 389 vụ.",
          ["crimes_recorded=389"], review: ["crimes_recorded=112", "crimes_recorded=34", "crimes_recorded=21"]),
        c("Nghệ An", "2024-12-20", "2024-01..2024-12",
          "Trong năm 2024, Công an tỉnh đã bắt 1.240 đối tượng, trong đó 312 đối tượng trộm cắp, 97 đối tượng cướp giật; thu hồi tài sản trị giá hơn 18 tỷ đồng.",
          ["offenders=1240"], review: ["offenders=312", "offenders=97"]),
        c("Long An", "2024-10-02", "2024-01..2024-09",
          "9 tháng năm 2024, trên địa bàn tỉnh xảy ra 287 vụ phạm tội về trật tự xã hội, trong đó huyện Đức Hòa 61 vụ, huyện Bến Lức 44 vụ; đã điều tra làm rõ 251 vụ, đạt 87,46%.",
          ["crimes_social_order=287", "cases_cleared=251", "clearance_rate=87.46"],
          review: ["crimes_social_order=61@huyện Đức Hòa", "crimes_social_order=44@huyện Bến Lức"]),
        c("Khánh Hòa", "2024-07-12", "2024-01..2024-06",
          "Sáu tháng đầu năm 2024, tội phạm về trật tự xã hội xảy ra 198 vụ, giảm 21 vụ so với cùng kỳ. Riêng tội phạm trộm cắp tài sản xảy ra 87 vụ, tăng 6 vụ; tội phạm sử dụng công nghệ cao xảy ra 14 vụ.",
          ["crimes_social_order=198", "crime_change_count=-21"],
          review: ["crimes_social_order=87", "crime_change_count=6", "crimes_social_order=14"]),
        c("Thanh Hóa", "2024-01-15", "2023-01..2023-12",
          "Năm 2023, lực lượng Công an tỉnh khởi tố 1.036 vụ, 1.894 bị can; trong đó tội phạm lừa đảo qua không gian mạng 58 vụ, 73 bị can. Ảnh: Hội nghị tổng kết.",
          ["cases_prosecuted=1036", "defendants=1894"], review: ["cases_prosecuted=58", "defendants=73"]),
        c("Bình Dương", "2024-06-25", "2024-01..2024-06",
          "Từ đầu năm đến nay, Bình Dương ghi nhận 402 vụ phạm pháp hình sự, giảm 7,4%; tội phạm chống người thi hành công vụ tăng 3 vụ, gây rối trật tự công cộng giảm 11 vụ.",
          ["crimes_recorded=402", "crime_change_pct=-7.4"], review: ["crime_change_count=3", "crime_change_count=-11"]),
        c("Lâm Đồng", "2024-12-18", "2024-01..2024-12",
          "Năm 2024, toàn tỉnh phát hiện 276 vụ, 438 đối tượng phạm tội về ma túy; trong đó có 26 đối tượng là người chưa thành niên. Tổng số người nghiện ma túy có hồ sơ quản lý là 2.114 người.",
          ["drug_cases=276", "drug_offenders=438"], review: ["drug_offenders=2114", "drug_offenders=26"]),
        c("Kiên Giang", "2024-04-08", "2024-01..2024-03",
          "Quý I/2024, Kiên Giang xảy ra 96 vụ phạm tội về trật tự xã hội; số vụ do đối tượng tái phạm gây ra là 21 vụ, chiếm 21,9%.",
          ["crimes_social_order=96"], review: ["crimes_social_order=21"]),
    ]

    // MARK: 2. The domain named in the noun phrase or the section
    static let domains: [Case] = [
        c("Bắc Giang", "2024-01-09", "2023-01..2023-12",
          "Năm 2023, Công an tỉnh đã điều tra, khám phá 70/71 vụ phạm tội rất nghiêm trọng và đặc biệt nghiêm trọng, đạt 98,59%; tổng số vụ khám phá là 512 vụ.",
          ["serious_cases_cleared=70", "serious_cases=71", "serious_clearance_rate=98.59", "cases_cleared=512"]),
        c("Hải Dương", "2024-07-03", "2024-01..2024-06",
          "6 tháng đầu năm 2024, xảy ra 231 vụ phạm tội về trật tự xã hội, trong đó có 19 vụ án rất nghiêm trọng và đặc biệt nghiêm trọng; đã làm rõ 19 vụ, bắt 35 đối tượng, đạt 100%.",
          ["crimes_social_order=231", "serious_cases=19", "serious_cases_cleared=19", "serious_clearance_rate=100"]),
        c("Toàn quốc", "2024-05-20", "2024-05..2024-05",
          "Tình hình tội phạm tháng 5/2024:\nVề ma túy:\nPhát hiện 2.381 vụ, 3.874 đối tượng; khởi tố 2.015 vụ, 3.102 bị can.\nVề kinh tế:\nPhát hiện 1.106 vụ, 1.457 đối tượng. Thu giữ hàng hóa trị giá 36 tỷ đồng.",
          ["drug_cases=2381", "drug_offenders=3874", "drug_cases_prosecuted=2015", "drug_defendants=3102",
           "economic_cases=1106", "economic_offenders=1457"]),
        c("Toàn quốc", "2024-04-15", "2024-01..2024-03",
          "Quý I/2024:\n- Môi trường: phát hiện 3.218 vụ vi phạm, xử phạt hành chính 41 tỷ đồng.\n- Tham nhũng, chức vụ: phát hiện 96 vụ, khởi tố 71 vụ, 158 bị can.",
          ["environment_cases=3218", "corruption_cases=96", "corruption_cases_prosecuted=71", "corruption_defendants=158"]),
        c("Quảng Ninh", "2024-01-12", "2023-01..2023-12",
          "Năm 2023, trọng án xảy ra 22 vụ, giảm 4 vụ so với năm 2022; đã điều tra làm rõ 22/22 vụ, đạt 100%. Ảnh minh họa: Lực lượng Công an tỉnh ra quân.",
          ["serious_cases=22", "serious_cases_change_count=-4", "serious_cases_cleared=22", "serious_cases=22", "serious_clearance_rate=100"]),
        c("Phú Thọ", "2024-12-26", "2024-01..2024-12",
          "Về tội phạm kinh tế, năm 2024 đã phát hiện 187 vụ, 221 đối tượng; khởi tố 64 vụ, 95 bị can. Đường dây nóng tiếp nhận tố giác: 0210.3846.113.",
          ["economic_cases=187", "economic_offenders=221", "economic_cases_prosecuted=64", "economic_defendants=95"]),
        c("Hà Tĩnh", "2024-07-16", "2024-01..2024-06",
          "6 tháng đầu năm 2024, Hà Tĩnh phát hiện, bắt giữ 128 vụ, 187 đối tượng mua bán, tàng trữ trái phép chất ma túy, thu giữ 1,2 kg heroin và 3.400 viên ma túy tổng hợp.",
          ["drug_cases=128", "drug_offenders=187"]),
        c("Toàn quốc", "2023-12-22", "2023-01..2023-12",
          "Năm 2023, án đặc biệt nghiêm trọng xảy ra 63 vụ, đã điều tra làm rõ 61 vụ, đạt 96,83%. Chỉ tiêu Quốc hội giao là trên 90%.",
          ["special_serious_cases=63", "special_serious_cases_cleared=61", "special_serious_clearance_rate=96.83"]),
        c("Đồng Nai", "2024-10-10", "2024-01..2024-09",
          "9 tháng năm 2024, lực lượng chức năng đã phát hiện 43 vụ tham nhũng, chức vụ, khởi tố 29 vụ, 67 bị can; kiến nghị thu hồi hơn 120 tỷ đồng.",
          ["corruption_cases=43", "corruption_cases_prosecuted=29", "corruption_defendants=67"]),
    ]

    // MARK: 3. Percentages that are not clearance rates
    static let percentages: [Case] = [
        c("Vĩnh Long", "2024-01-08", "2023-01..2023-12",
          "Năm 2023, Vĩnh Long xảy ra 148 vụ phạm tội về trật tự xã hội, giảm 6 vụ, tỷ lệ 3,9% so với năm 2022; đã làm rõ 131 vụ, đạt 88,51%.",
          ["crimes_social_order=148", "crime_change_count=-6", "crime_change_pct=-3.9", "cases_cleared=131", "clearance_rate=88.51"]),
        c("Sơn La", "2024-07-01", "2024-01..2024-06",
          "6 tháng đầu năm 2024, Công an tỉnh đã cấp 186.400 thẻ căn cước, đạt 98,2% kế hoạch; thu nhận 97.500 hồ sơ định danh điện tử, đạt 95,4%. Xảy ra 64 vụ phạm pháp hình sự, làm rõ 57 vụ.",
          ["crimes_recorded=64", "cases_cleared=57"], review: ["clearance_rate=95.4"]),
        c("Bình Thuận", "2024-12-24", "2024-01..2024-12",
          "Năm 2024, Công an tỉnh tiếp nhận 1.204 tin báo, tố giác tội phạm, đã giải quyết 1.116 tin, đạt tỷ lệ 92,69%; điều tra làm rõ 402 vụ phạm pháp hình sự, đạt 86,27%.",
          ["crime_reports_received=1204", "crime_reports_resolved=1116", "reports_resolution_rate=92.69",
           "cases_cleared=402", "clearance_rate=86.27"]),
        c("Cà Mau", "2024-06-28", "2024-01..2024-06",
          "6 tháng đầu năm 2024, tỷ lệ thu hồi tài sản trong các vụ án tham nhũng đạt 45,6%; tỷ lệ điều tra khám phá án về trật tự xã hội đạt 85,9%.",
          ["clearance_rate=85.9"]),
        c("Quảng Bình", "2024-01-05", "2023-01..2023-12",
          "Năm 2023, Quảng Bình đứng thứ 3/63 tỉnh, thành về tỷ lệ giải quyết thủ tục hành chính trực tuyến (đạt 96,7%); tội phạm về trật tự xã hội giảm 8,2%.",
          ["crime_change_pct=-8.2"], review: ["clearance_rate=96.7"]),
        c("Hậu Giang", "2024-09-30", "2024-01..2024-09",
          "9 tháng năm 2024, hoàn thành 100% chỉ tiêu tuyển quân; tội phạm về trật tự xã hội xảy ra 101 vụ, giảm 13 vụ (-11,4%), đã làm rõ 92 vụ, đạt 91,09%, vượt 16,09% chỉ tiêu.",
          ["crimes_social_order=101", "crime_change_count=-13", "crime_change_pct=-11.4", "cases_cleared=92", "clearance_rate=91.09"]),
        c("Tây Ninh", "2024-12-17", "2024-01..2024-12",
          "Năm 2024, Tây Ninh kéo giảm 4,8% số vụ phạm tội về trật tự xã hội; số vụ lừa đảo chiếm 18,3% tổng số vụ; 97% khu dân cư đạt chuẩn an toàn về an ninh, trật tự.",
          ["crime_change_pct=-4.8"]),
        c("Hòa Bình", "2024-07-08", "2024-01..2024-06",
          "6 tháng đầu năm 2024, Hòa Bình điều tra làm rõ 121/138 vụ phạm pháp hình sự, đạt tỷ lệ 87,68%, tăng 3,2% so với cùng kỳ năm 2023.",
          ["cases_cleared=121", "crimes_recorded=138", "clearance_rate=87.68", "clearance_rate_change_pp=3.2"]),
        c("Ninh Bình", "2024-03-10", "2024-02..2024-02",
          "Trong tháng 2/2024, lượng khách du lịch tăng 12,4%; trên địa bàn tỉnh xảy ra 19 vụ phạm tội về trật tự xã hội, giảm 3 vụ so với tháng 1/2024.",
          ["crimes_social_order=19", "crime_change_count_vs_prev_period=-3"], review: ["crime_change_pct_vs_prev_period=12.4"]),
    ]

    // MARK: 4. Sub-counts in brackets
    static let subCounts: [Case] = [
        c("Bến Tre", "2024-01-11", "2023-01..2023-12",
          "Năm 2023, Công an tỉnh đã làm rõ 125 vụ (trong đó 08 vụ xảy ra từ trước), bắt 203 đối tượng, đạt tỷ lệ 86,21%.",
          ["cases_cleared=125", "offenders=203", "clearance_rate=86.21"], review: ["cases_cleared=8"]),
        c("Trà Vinh", "2024-07-09", "2024-01..2024-06",
          "6 tháng đầu năm 2024, xảy ra 74 vụ phạm tội về trật tự xã hội (trong đó 5 vụ án rất nghiêm trọng), đã điều tra làm rõ 66 vụ.",
          ["crimes_social_order=74", "cases_cleared=66"], review: ["serious_cases=5"]),
        c("Sóc Trăng", "2024-12-19", "2024-01..2024-12",
          "Năm 2024, bắt, vận động đầu thú 61 đối tượng truy nã (trong đó 12 đối tượng đầu thú), tăng 9 đối tượng so với năm 2023.",
          ["fugitives_arrested=61", "fugitives_arrested_change_count=9"], review: ["fugitives_arrested=12"]),
        c("An Giang", "2024-10-05", "2024-01..2024-09",
          "9 tháng năm 2024, khởi tố 347 vụ, 512 bị can (trong đó 41 bị can là người nước ngoài); so với cùng kỳ tăng 23 vụ.",
          ["cases_prosecuted=347", "defendants=512", "cases_prosecuted_change_count=23"], review: ["defendants=41"]),
        c("Quảng Trị", "2024-01-16", "2023-01..2023-12",
          "Năm 2023, toàn tỉnh xảy ra 203 vụ, giảm 17 vụ (203/220); điều tra làm rõ 182 vụ, trong đó 34 vụ do nhân dân tố giác.",
          ["crimes_social_order=203", "crime_change_count=-17", "cases_cleared=182"], review: ["cases_cleared=34"]),
        c("Hà Nam", "2024-06-29", "2024-01..2024-06",
          "6 tháng đầu năm 2024, Công an tỉnh phát hiện 58 vụ, 97 đối tượng phạm tội về ma túy (có 11 vụ mua bán).",
          ["drug_cases=58", "drug_offenders=97"], review: ["drug_cases=11"]),
        c("Yên Bái", "2024-12-27", "2024-01..2024-12",
          "Năm 2024, tai nạn giao thông xảy ra 88 vụ (trong đó 6 vụ đặc biệt nghiêm trọng), làm chết 61 người, bị thương 49 người.",
          ["traffic_accidents=88", "traffic_deaths=61", "traffic_injuries=49"], review: ["serious_cases=6"]),
        c("Lào Cai", "2024-04-02", "2024-01..2024-03",
          "Quý I/2024, Lào Cai đã triệt phá 7 băng, nhóm tội phạm (gồm 36 đối tượng), bắt 142 đối tượng phạm tội về trật tự xã hội.",
          ["gangs_dismantled=7", "offenders=142"]),
    ]

    // MARK: 5. Periods
    static let periods: [Case] = [
        c("Bắc Ninh", "2022-03-08", "2022-02..2022-02",
          "Trong tháng 2.2022, trên địa bàn tỉnh xảy ra 37 vụ phạm tội về trật tự xã hội, giảm 5 vụ so với tháng 1.2022; điều tra làm rõ 33 vụ.",
          ["crimes_social_order=37", "crime_change_count_vs_prev_period=-5", "cases_cleared=33"]),
        c("Tuyên Quang", "2023-10-02", "2023-07..2023-09",
          "Quý III/2023, Tuyên Quang xảy ra 41 vụ phạm tội về trật tự xã hội, làm rõ 38 vụ.\nTrong đợt cao điểm từ 16/8 đến 15/9, lực lượng Công an bắt 27 đối tượng, triệt phá 3 ổ nhóm cờ bạc.",
          ["crimes_social_order=41", "cases_cleared=38", "offenders=27#2023-09..2023-09"], review: ["gangs_dismantled=3"]),
        c("Hưng Yên", "2024-12-10", "2024-01..2024-12",
          "5 năm qua, lực lượng Công an tỉnh đã bắt 4.216 đối tượng phạm tội về ma túy. Riêng năm 2024 phát hiện 612 vụ, 893 đối tượng.",
          ["drug_cases=612", "drug_offenders=893"], review: ["drug_offenders=4216"]),
        c("Nam Định", "2025-05-20", "2025-01..2025-12",
          "Nhiệm kỳ qua, Đảng bộ Công an tỉnh đã lãnh đạo điều tra làm rõ hơn 4.800 vụ phạm pháp hình sự. Trong 45 ngày cao điểm trước Đại hội, bắt 119 đối tượng.",
          [], review: ["cases_cleared=4800/more_than", "offenders=119"]),
        c("Thái Bình", "2024-07-14", "2024-01..2024-07",
          "Từ đầu năm đến nay, Thái Bình xảy ra 89 vụ phạm tội về trật tự xã hội. Trong 9 ngày nghỉ Tết, xảy ra 4 vụ.",
          ["crimes_social_order=89"], review: ["crimes_social_order=4"]),
        c("Hải Phòng", "2024-07-10", "2024-06..2024-06",
          "Tháng 6/2024 (từ 15/5 đến 14/6), Hải Phòng xảy ra 48 vụ phạm tội về trật tự xã hội, tăng 2 vụ so với tháng trước.",
          ["crimes_social_order=48", "crime_change_count_vs_prev_period=2"]),
        c("Cần Thơ", "2024-01-18", "2023-01..2023-12",
          "Tỷ lệ điều tra khám phá án năm 2023 đạt 89,2%. Dịp Tết Giáp Thìn, lực lượng Công an bắt giữ 46 đối tượng, thu giữ 12 xe máy.",
          ["clearance_rate=89.2"], review: ["offenders=46"]),
        c("Vĩnh Phúc", "2024-08-02", "2024-01..2024-08",
          "Theo báo cáo, Vĩnh Phúc đã điều tra làm rõ 214 vụ phạm tội, bắt 378 đối tượng, tăng 18 vụ so với cùng kỳ năm 2023.",
          ["cases_cleared=214", "offenders=378", "cases_cleared_change_count=18"]),
        c("Thái Nguyên", "2024-03-12", "2024-01..2024-03",
          "Lực lượng Công an đã bắt 47 đối tượng trộm cắp xe máy, thu hồi 52 xe. Đơn vị đề nghị khen thưởng 12 tập thể.",
          [], review: ["offenders=47", "commendations_collective=12"]),
        c("Quảng Ngãi", "2024-06-15", "2024-03..2024-05",
          "Từ ngày 15/2 đến ngày 14/5/2024, Quảng Ngãi xảy ra 53 vụ phạm tội về trật tự xã hội, đã điều tra làm rõ 49 vụ, đạt 92,45%.",
          ["crimes_social_order=53", "cases_cleared=49", "clearance_rate=92.45"]),
    ]

    // MARK: 6. Units: districts, towns, regions, several units
    static let units: [Case] = [
        c("Xuyên Mộc", "2024-01-06", "2023-01..2023-12",
          "Năm 2023, trên địa bàn huyện Xuyên Mộc xảy ra 63 vụ phạm pháp hình sự, giảm 9 vụ so với năm 2022; Công an huyện đã điều tra làm rõ 57 vụ, đạt 90,48%.",
          ["crimes_recorded=63", "crime_change_count=-9", "cases_cleared=57", "clearance_rate=90.48"]),
        c("huyện Thăng Bình", "2024-07-11", "2024-01..2024-06",
          "6 tháng đầu năm 2024, Công an huyện Thăng Bình bắt 28 đối tượng, triệt xóa 2 ổ nhóm tội phạm; tai nạn giao thông xảy ra 9 vụ, làm chết 6 người.",
          ["offenders=28", "gangs_dismantled=2", "traffic_accidents=9", "traffic_deaths=6"]),
        c("TP Pleiku", "2024-12-23", "2024-01..2024-12",
          "Năm 2024, Công an thành phố Pleiku điều tra làm rõ 141 vụ phạm tội về trật tự xã hội, bắt 229 đối tượng; phường Hoa Lư xảy ra 17 vụ.",
          ["cases_cleared=141", "offenders=229"], review: ["crimes_social_order=17@Hoa Lư"]),
        c("5 tỉnh Tây Nguyên", "2024-01-20", "2023-01..2023-12",
          "Năm 2023, Công an 5 tỉnh Tây Nguyên đã điều tra làm rõ 3.218 vụ phạm pháp hình sự, bắt 5.412 đối tượng; riêng Đắk Lắk làm rõ 1.102 vụ, Gia Lai 864 vụ.",
          ["cases_cleared=3218", "offenders=5412", "cases_cleared=1102@Đắk Lắk", "cases_cleared=864@Gia Lai"]),
        c("7 tỉnh, thành giáp ranh", "2024-06-30", "2024-01..2024-06",
          "6 tháng đầu năm 2024, Công an 7 tỉnh, thành giáp ranh đã triệt phá 41 băng, nhóm tội phạm, bắt 312 đối tượng truy nã; trong đó TP Hồ Chí Minh bắt 164 đối tượng truy nã.",
          ["gangs_dismantled=41", "fugitives_arrested=312", "fugitives_arrested=164@Hồ Chí Minh"]),
        c("Bà Rịa - Vũng Tàu", "2024-01-09", "2023-01..2023-12",
          "Năm 2023, toàn tỉnh xảy ra 482 vụ phạm tội về trật tự xã hội; riêng huyện Xuyên Mộc 63 vụ, thị xã Phú Mỹ 71 vụ.",
          ["crimes_social_order=482"], review: ["crimes_social_order=63@Xuyên Mộc", "crimes_social_order=71@Phú Mỹ"]),
        c("Toàn quốc", "2024-01-25", "2023-01..2023-12",
          "Năm 2023, 13 tỉnh, thành Đồng bằng sông Cửu Long xảy ra 5.904 vụ phạm tội về trật tự xã hội, giảm 4,2%; Cần Thơ giảm 7,6%, Cà Mau tăng 2,1%.",
          ["crimes_social_order=5904@13 tỉnh, thành Đồng bằng sông Cửu Long", "crime_change_pct=-4.2@13 tỉnh, thành Đồng bằng sông Cửu Long",
           "crime_change_pct=-7.6@Cần Thơ", "crime_change_pct=2.1@Cà Mau"]),
        c("Cụm thi đua số 3", "2023-11-30", "2023-01..2023-12",
          "Năm 2023, Công an 6 tỉnh Bắc Trung Bộ trong Cụm thi đua số 3 đã điều tra khám phá 4.102 vụ, đạt 87,6%; Hà Tĩnh đạt 91,2%, Quảng Bình đạt 89,4%.",
          ["cases_cleared=4102", "clearance_rate=87.6", "clearance_rate=91.2@Hà Tĩnh", "clearance_rate=89.4@Quảng Bình"]),
        c("Thủ Đức", "2024-07-04", "2024-01..2024-06",
          "6 tháng đầu năm 2024, trên địa bàn thành phố Thủ Đức xảy ra 204 vụ phạm pháp hình sự, Công an thành phố đã làm rõ 178 vụ, đạt 87,25%.",
          ["crimes_recorded=204", "cases_cleared=178", "clearance_rate=87.25"]),
        c("Quảng Nam", "2024-05-06", "2024-01..2024-04",
          "4 tháng đầu năm 2024, Công an huyện Núi Thành bắt 16 đối tượng trong 11 vụ trộm cắp; toàn tỉnh xảy ra 162 vụ phạm tội.",
          ["crimes_social_order=162"], review: ["offenders=16@huyện Núi Thành", "crimes_social_order=11@huyện Núi Thành"]),
    ]

    // MARK: 7. Numbers in words
    static let numberWords: [Case] = [
        c("Lạng Sơn", "2024-02-14", "2024-02..2024-02",
          "Trong tháng 2/2024, trên địa bàn tỉnh xảy ra một vụ giết người, làm hai người chết, ba người bị thương; lực lượng chức năng đã bắt một đối tượng.",
          ["crime_deaths=2", "crime_injuries=3", "offenders=1"]),
        c("Cao Bằng", "2024-09-02", "2024-08..2024-08",
          "Tháng 8/2024, tai nạn giao thông xảy ra năm vụ, làm chết bốn người, bị thương hai người. Bà Nguyễn Thị H. (58 tuổi) bị thương nhẹ.",
          ["traffic_accidents=5", "traffic_deaths=4", "traffic_injuries=2"]),
        c("Điện Biên", "2024-05-03", "2024-04..2024-04",
          "Trong tháng 4/2024, Công an tỉnh phát hiện sáu vụ, mười hai đối tượng phạm tội về ma túy; một số vụ việc đang được điều tra mở rộng.",
          ["drug_cases=6", "drug_offenders=12"]),
        c("Hà Giang", "2024-01-03", "2023-12..2023-12",
          "Tháng 12/2023, Hà Giang xảy ra ba vụ tai nạn giao thông làm chết hai người; cả hai vụ đều xảy ra trên quốc lộ 4C.",
          ["traffic_accidents=3", "traffic_deaths=2"], review: ["traffic_accidents=2"]),
        c("Lai Châu", "2024-11-05", "2024-10..2024-10",
          "Tháng 10/2024, Lai Châu không để xảy ra vụ án rất nghiêm trọng nào; bắt tám đối tượng truy nã, trong đó có hai đối tượng truy nã nguy hiểm.",
          ["fugitives_arrested=8", "fugitives_dangerous_arrested=2"]),
        c("Kon Tum", "2024-08-01", "2024-07..2024-07",
          "Tháng 7/2024, Kon Tum tạm giữ bảy người để điều tra; các đơn vị đã khởi tố bốn vụ, chín bị can. Tám tấm pano tuyên truyền được lắp đặt.",
          ["cases_prosecuted=4", "defendants=9"]),
        c("Bắc Kạn", "2024-03-04", "2024-02..2024-02",
          "Trong tháng 2/2024, trên địa bàn tỉnh xảy ra mười vụ phạm tội về trật tự xã hội, điều tra làm rõ chín vụ.",
          ["crimes_social_order=10", "cases_cleared=9"]),
    ]

    // MARK: 8. Ratio pairs after a domain
    static let ratioPairs: [Case] = [
        c("Quảng Trị", "2024-07-06", "2024-01..2024-06",
          "Về ma túy, 6 tháng đầu năm 2024 đã phát hiện 20 vụ/52 đối tượng, khởi tố 18 vụ/47 bị can; thu giữ 3,1 kg ma túy đá.",
          ["drug_cases=20", "drug_offenders=52", "drug_cases_prosecuted=18", "drug_defendants=47"]),
        c("Toàn quốc", "2024-06-18", "2024-05..2024-05",
          "Tội phạm về kinh tế:\nTháng 5/2024 phát hiện 1.214 vụ/1.561 đối tượng, tăng 4,1% số vụ so với tháng 4/2024.",
          ["economic_cases=1214", "economic_offenders=1561", "economic_cases_change_pct_vs_prev_period=4.1"]),
        c("Nghệ An", "2024-12-30", "2024-01..2024-12",
          "Năm 2024, lĩnh vực môi trường phát hiện 347 vụ/402 đối tượng vi phạm, xử phạt 5,6 tỷ đồng; tội phạm về tham nhũng, chức vụ phát hiện 12 vụ/29 đối tượng.",
          ["environment_cases=347", "corruption_cases=12", "corruption_offenders=29"]),
        c("Hà Nội", "2024-07-22", "2024-01..2024-06",
          "6 tháng đầu năm 2024, CATP Hà Nội phát hiện, bắt giữ 1.508 vụ/2.247 đối tượng phạm tội về ma túy, giảm 6,2% số vụ.",
          ["drug_cases=1508", "drug_offenders=2247", "drug_cases_change_pct=-6.2"]),
        c("Đà Nẵng", "2024-01-13", "2023-01..2023-12",
          "Năm 2023, về tội phạm kinh tế, Công an thành phố phát hiện 118 vụ/143 đối tượng; về môi trường, phát hiện 95 vụ vi phạm.",
          ["economic_cases=118", "economic_offenders=143", "environment_cases=95"]),
    ]

    // MARK: 9. Traffic and crime casualties
    static let casualties: [Case] = [
        c("Toàn quốc", "2024-06-20", "2024-05..2024-05",
          "Tình hình tháng 5/2024:\nTội phạm về trật tự xã hội:\nXảy ra 3.712 vụ, làm chết 97 người, bị thương 214 người.\nTai nạn giao thông:\nXảy ra 1.918 vụ, làm chết 912 người, bị thương 1.402 người.",
          ["crimes_social_order=3712", "crime_deaths=97", "crime_injuries=214", "traffic_accidents=1918",
           "traffic_deaths=912", "traffic_injuries=1402"]),
        c("Bình Phước", "2024-07-09", "2024-01..2024-06",
          "6 tháng đầu năm 2024, tai nạn giao thông xảy ra 86 vụ, làm chết 71 người, bị thương 42 người; so với cùng kỳ giảm 8 vụ, giảm 5 người chết.",
          ["traffic_accidents=86", "traffic_deaths=71", "traffic_injuries=42", "traffic_accidents_change_count=-8",
           "traffic_deaths_change_count=-5"]),
        c("Đồng Tháp", "2024-12-15", "2024-01..2024-12",
          "Năm 2024, tội phạm về trật tự xã hội xảy ra 412 vụ, làm chết 31 người, bị thương 87 người. Tai nạn giao thông xảy ra 212 vụ, làm chết 148 người.",
          ["crimes_social_order=412", "crime_deaths=31", "crime_injuries=87", "traffic_accidents=212", "traffic_deaths=148"]),
        c("Tiền Giang", "2024-03-30", "2024-01..2024-03",
          "Quý I/2024, Tiền Giang xảy ra 68 vụ phạm pháp hình sự; các vụ án làm chết 9 người. Về tai nạn giao thông, xảy ra 47 vụ, làm chết 39 người, bị thương 18 người.",
          ["crimes_recorded=68", "crime_deaths=9", "traffic_accidents=47", "traffic_deaths=39", "traffic_injuries=18"]),
        c("Gia Lai", "2024-02-20", "2024-02..2024-02",
          "Trong tháng 2/2024, tai nạn giao thông trên quốc lộ 19 làm chết 7 người; toàn tỉnh xảy ra 26 vụ tai nạn giao thông, làm chết 19 người.",
          ["traffic_accidents=26", "traffic_deaths=19"], review: ["traffic_deaths=7"]),
        c("Bình Định", "2024-10-03", "2024-07..2024-09",
          "Quý III/2024, trên địa bàn tỉnh xảy ra 3 vụ giết người làm chết 3 người; tai nạn giao thông làm chết 52 người, bị thương 37 người.",
          ["crime_deaths=3", "traffic_deaths=52", "traffic_injuries=37"]),
    ]

    // MARK: Mixed reports (several phenomena)
    static let mixed: [Case] = [
        c("Thừa Thiên Huế", "2024-01-07", "2023-01..2023-12",
          "Năm 2023, trên địa bàn tỉnh xảy ra 356 vụ phạm tội về trật tự xã hội, giảm 24 vụ (-6,32%); trong đó trộm cắp tài sản 187 vụ. Đã điều tra làm rõ 318 vụ, đạt 89,33%; án rất nghiêm trọng và đặc biệt nghiêm trọng làm rõ 100%.",
          ["crimes_social_order=356", "crime_change_count=-24", "crime_change_pct=-6.32", "cases_cleared=318",
           "clearance_rate=89.33", "serious_clearance_rate=100"], review: ["crimes_social_order=187"]),
        c("Cụm thi đua số 5", "2023-12-05", "2023-01..2023-12",
          "Năm 2023, các đơn vị trong Cụm thi đua số V đã điều tra làm rõ 5.318 vụ phạm tội về trật tự xã hội, đạt 86,4%; bắt, vận động đầu thú 731 đối tượng truy nã. Quảng Nam giảm 6,1% số vụ, Quảng Ngãi giảm 3,4%.",
          ["cases_cleared=5318", "clearance_rate=86.4", "fugitives_arrested=731", "crime_change_pct=-6.1@Quảng Nam",
           "crime_change_pct=-3.4@Quảng Ngãi"]),
        c("Đắk Nông", "2024-07-13", "2024-01..2024-06",
          "6 tháng đầu năm 2024, Đắk Nông xảy ra 97 vụ phạm pháp hình sự, tăng 4 vụ; địa bàn Gia Nghĩa 28 vụ, Đắk Mil 19 vụ. Tai nạn giao thông làm chết 33 người, giảm 2 người.",
          ["crimes_recorded=97", "crime_change_count=4", "traffic_deaths=33", "traffic_deaths_change_count=-2"],
          review: ["crimes_recorded=28", "crimes_recorded=19"]),
        c("Ninh Thuận", "2024-12-21", "2024-01..2024-12",
          "Năm 2024, Ninh Thuận phát hiện 58 vụ/93 đối tượng phạm tội về ma túy; khởi tố 51 vụ, 86 bị can (trong đó 7 bị can tái phạm). Tỷ lệ hộ gia đình ký cam kết không có ma túy đạt 99,1%.",
          ["drug_cases=58", "drug_offenders=93", "drug_cases_prosecuted=51", "drug_defendants=86"],
          review: ["drug_defendants=7"]),
        c("Phú Yên", "2024-04-10", "2024-01..2024-03",
          "Quý I/2024, Phú Yên xảy ra 44 vụ phạm tội về trật tự xã hội, làm rõ 40 vụ, đạt 90,9%. Trong đợt cao điểm Tết, bắt 12 đối tượng đánh bạc, 9 đối tượng trộm cắp.",
          ["crimes_social_order=44", "cases_cleared=40", "clearance_rate=90.9"], review: ["offenders=9"]),
        c("Bạc Liêu", "2024-12-29", "2024-01..2024-12",
          "Kết quả năm 2024:\n- Phạm pháp hình sự: xảy ra 121 vụ, giảm 11 vụ; làm rõ 109 vụ, đạt 90,08%.\n- Ma túy: phát hiện 67 vụ/104 đối tượng.\n- Tai nạn giao thông: xảy ra 58 vụ, chết 47 người.",
          ["crimes_recorded=121", "crime_change_count=-11", "cases_cleared=109", "clearance_rate=90.08", "drug_cases=67",
           "drug_offenders=104", "traffic_accidents=58", "traffic_deaths=47"]),
        c("Hà Nội", "2024-01-19", "2023-01..2023-12",
          "Năm 2023, CATP Hà Nội đã điều tra khám phá 3.861 vụ phạm tội về trật tự xã hội, đạt 88,2%; quận Hoàn Kiếm làm rõ 214 vụ, quận Đống Đa 298 vụ.",
          ["cases_cleared=3861", "clearance_rate=88.2"], review: ["cases_cleared=214@Hoàn Kiếm", "cases_cleared=298@Đống Đa"]),
        c("Kiên Giang", "2025-01-04", "2024-01..2024-12",
          "Năm 2024, Kiên Giang bắt 214 đối tượng truy nã, đạt 112% kế hoạch; phát hiện 18 vụ buôn lậu, xử lý 96 vụ vi phạm pháp luật về môi trường.",
          ["fugitives_arrested=214", "environment_cases=96"], review: ["crimes_social_order=18"]),
        c("Bình Long", "2024-07-02", "2024-01..2024-06",
          "6 tháng đầu năm 2024, trên địa bàn thị xã Bình Long xảy ra 21 vụ phạm pháp hình sự, đã làm rõ 19 vụ, bắt 33 đối tượng; cấp 4.120 thẻ căn cước, đạt 97,3%.",
          ["crimes_recorded=21", "cases_cleared=19", "offenders=33"], review: ["clearance_rate=97.3"]),
        c("Quảng Ninh", "2024-10-12", "2024-07..2024-09",
          "Quý III/2024, Quảng Ninh xảy ra 97 vụ phạm tội về trật tự xã hội; so với quý trước giảm 8 vụ. Lực lượng chức năng đã xử phạt 1.214 trường hợp vi phạm trật tự an toàn giao thông, thu 3,2 tỷ đồng.",
          ["crimes_social_order=97", "crime_change_count_vs_prev_period=-8"]),
        c("Hậu Giang", "2024-06-26", "2024-01..2024-06",
          "6 tháng đầu năm 2024, Hậu Giang điều tra làm rõ 46 vụ, bắt 71 đối tượng; trong đó 9 vụ do đối tượng chưa thành niên thực hiện. Tỷ lệ khám phá đạt 88,46%.",
          ["cases_cleared=46", "offenders=71", "clearance_rate=88.46"], review: ["cases_cleared=9"]),
    ]

    static let all: [Case] = breakdowns + domains + percentages + subCounts + periods + units + numberWords + ratioPairs
        + casualties + mixed

    /// "metric=value[/q][@Unit][#period]" → "Unit|period|metric=value[/q]", the report's unit and the case's
    /// period filled in.
    static func expand(_ key: String, _ c: Case, defaultUnit: UnitRef?) throws -> String {
        var body = key
        var period = c.period
        if let hash = body.firstIndex(of: "#") { period = String(body[body.index(after: hash)...]); body = String(body[..<hash]) }
        var unit = defaultUnit?.name ?? "?"
        if let at = body.firstIndex(of: "@") {
            let name = String(body[body.index(after: at)...])
            body = String(body[..<at])
            unit = try ReportUnit.resolve(name, gazetteer: gazetteer).unit.name
        }
        return "\(unit)|\(period)|\(body)"
    }

    static func key(_ f: ExtractedFigure) -> String {
        "\(f.unit?.name ?? "?")|\(f.period?.description ?? "?")|\(ReportParagraphTests.key(f))"
    }

    static func run(_ c: Case) throws -> (read: [String], review: [String]) {
        let unit = try ReportUnit.resolve(c.unit, gazetteer: gazetteer).unit
        let result = extractor.extract(text: c.text, source: "test", defaultUnit: unit, published: c.published)
        return (result.read.map(key), result.needsReview.map(key))
    }

    @Test("each paragraph gives exactly its facts and sends exactly its undecided figures to review", arguments: all)
    func paragraph(_ c: Case) throws {
        let unit = try ReportUnit.resolve(c.unit, gazetteer: RealReportPhenomenaTests.gazetteer).unit
        let (read, review) = try RealReportPhenomenaTests.run(c)
        let expectedRead = try c.read.map { try RealReportPhenomenaTests.expand($0, c, defaultUnit: unit) }
        #expect(read.sorted() == expectedRead.sorted())
        // Review figures: metric, value and unit (their period is often the one the text does not settle).
        func loose(_ k: String) -> String {
            let parts = k.split(separator: "|", maxSplits: 2)
            return parts.count == 3 ? "\(parts[0])|\(parts[2])" : k
        }
        let expectedReview = try c.review.map { try RealReportPhenomenaTests.expand($0, c, defaultUnit: unit) }.map(loose)
        #expect(review.map(loose).sorted() == expectedReview.sorted())
    }

    @Test("at least 80 paragraphs, every one carrying a distractor")
    func count() {
        #expect(RealReportPhenomenaTests.all.count >= 80)
    }
}
