/// The verb in front of a figure, which decides what it counts ("xảy ra" a crime, "khám phá" a clearance).
enum Action: String, Sendable {
    /// xảy ra, phát hiện, ghi nhận, có, tổng số.
    case occur
    /// điều tra, khám phá, làm rõ, phá án.
    case clear
    /// bắt, bắt giữ, xử lý, thanh loại, vận động đầu thú.
    case arrest
    /// thanh loại, truy bắt, vận động đầu thú: said of fugitives.
    case eliminate
    /// khởi tố.
    case prosecute
    /// thụ lý.
    case accept
    /// triệt phá, triệt xóa, làm tan rã.
    case dismantle
    /// tiếp nhận, cung cấp (crime reports).
    case receive
    /// giải quyết (crime reports).
    case resolve
    /// làm chết, khiến … chết.
    case kill
    /// bị thương, làm bị thương.
    case injure
    /// khen thưởng, tặng bằng khen.
    case commend
}
