import CrimeData
import CrimeExtract

/// Workload 4: extraction throughput over a generated corpus of Vietnamese report paragraphs.
///
/// Reports are built from report-style sentence templates (counts with "." grouping, rates and changes
/// with a decimal comma, provinces, clusters, periods) mixed with sentences without figures, by a seeded
/// generator. Labelled synthetic: the text never leaves Benchmarks/work (it is not even written out).
enum ExtractBench {
    static let provinces = ["Hà Giang", "Hà Nội", "Thái Bình", "Nghệ An", "Đắk Lắk", "Lâm Đồng", "Cà Mau",
                            "Quảng Ninh", "Hải Phòng", "Thanh Hóa", "Bình Dương", "Đồng Nai", "Kiên Giang",
                            "Lạng Sơn", "Sơn La", "Hòa Bình", "Cao Bằng", "Tuyên Quang", "Nam Định", "Gia Lai"]
    static let periods = ["Năm {Y}", "Trong 6 tháng đầu năm {Y}", "Trong 9 tháng năm {Y}", "Quý I/{Y}",
                          "Từ 15/12/{P} đến 14/6/{Y}", "Trong năm {Y}"]
    static let fillers = [
        "Công tác tuyên truyền, vận động quần chúng nhân dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc được đẩy mạnh.",
        "Hưởng ứng phong trào thi đua “Vì an ninh Tổ quốc”, Công an các đơn vị đã chủ động triển khai nhiều biện pháp đồng bộ.",
        "Đồng chí Thiếu tướng phát biểu chỉ đạo tại hội nghị, ghi nhận những kết quả nổi bật của lực lượng.",
        "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định, không để xảy ra đột xuất, bất ngờ.",
    ]

    struct Random {
        var seed: UInt64
        var i: UInt64 = 0
        mutating func next() -> Double { i += 1; return uniform(seed: seed, i) }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() * Double(range.upperBound - range.lowerBound + 1))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    /// "1.681", "54.400": Vietnamese thousands grouping.
    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "." }
            out.append(c)
        }
        return out
    }

    /// "88,7": one decimal with a comma.
    static func decimal(_ tenths: Int) -> String { "\(tenths / 10),\(tenths % 10)" }

    static func sentence(_ r: inout Random) -> String {
        let year = r.int(2016...2024)
        let period = r.pick(periods).replacingOccurrences(of: "{Y}", with: String(year))
            .replacingOccurrences(of: "{P}", with: String(year - 1))
        let province = r.pick(provinces)
        let crimes = r.int(150...4000)
        let cleared = crimes * r.int(600...980) / 1000
        switch r.int(0...5) {
        case 0:
            let change = r.int(5...350)
            return "\(period), Công an tỉnh \(province) đã phát hiện \(count(crimes)) vụ phạm tội về trật tự xã hội, "
                + "\(r.next() < 0.5 ? "giảm" : "tăng") \(decimal(change))% so với cùng kỳ năm \(year - 1); điều tra làm rõ "
                + "\(count(cleared)) vụ, đạt tỷ lệ \(decimal(1000 * cleared / crimes))%."
        case 1:
            return "\(period), lực lượng Công an tỉnh \(province) đã bắt, vận động đầu thú \(count(r.int(20...900))) đối tượng truy nã."
        case 2:
            return "\(period), trên địa bàn tỉnh \(province) xảy ra \(count(r.int(40...1200))) vụ tai nạn giao thông, làm chết "
                + "\(count(r.int(10...400))) người, bị thương \(count(r.int(10...900))) người."
        case 3:
            return "Công an tỉnh \(province) đã phát hiện, bắt giữ \(count(r.int(30...2000))) vụ, \(count(r.int(40...3000))) "
                + "đối tượng phạm tội về ma túy, \(r.next() < 0.5 ? "tăng" : "giảm") \(decimal(r.int(5...400)))% so với năm \(year - 1)."
        case 4:
            return "Các tỉnh trong Cụm thi đua số \(r.int(1...9)) đã điều tra, khám phá \(count(cleared)) vụ án hình sự, "
                + "trong đó có \(count(r.int(10...300))) vụ rất nghiêm trọng và đặc biệt nghiêm trọng, đạt tỷ lệ \(decimal(r.int(700...999)))%."
        default:
            return r.pick(fillers)
        }
    }

    static func corpus(reports: Int, seed: UInt64) -> [String] {
        var r = Random(seed: seed)
        return (0..<reports).map { _ in
            var paragraphs: [String] = []
            for _ in 0..<12 {
                paragraphs.append((0..<r.int(2...4)).map { _ in sentence(&r) }.joined(separator: " "))
            }
            return paragraphs.joined(separator: "\n\n") + "\n"
        }
    }

    static func run(_ options: Options) -> ResultLine {
        let reports = options.int("reports", 400)
        let runs = options.int("runs", 5)
        let texts = corpus(reports: reports, seed: UInt64(options.int("seed", 11)))
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let gazetteer: Gazetteer
        do { gazetteer = try Gazetteer.bundled() } catch { fatalError("bundled gazetteer: \(error)") }
        let extractor = ReportExtractor(gazetteer: gazetteer)
        let (timing, figures) = measure(warmup: 1, runs: runs) {
            var found = 0
            for (i, text) in texts.enumerated() {
                let result = extractor.extract(text: text, source: "synthetic-\(i)", defaultUnit: nil, published: "2024-07-20")
                found += result.observations.count
            }
            return Double(found)
        }
        let mb = Double(bytes) / 1e6
        var line = ResultLine(name: "extract", size: "\(reports) reports, \(Double(Int(mb * 100)) / 100) MB", timing: timing, runs: runs,
                              throughput: "\(Double(Int(mb / timing.median * 10)) / 10) MB/s (1 core)")
        line.add("observations", Int(figures))
        line.add("in_process_peak_mb", peakMiB())
        return line
    }
}
