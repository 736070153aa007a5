import CrimeData
import Testing
@testable import CrimeExtract

@Suite("Report text input checks")
struct ReportTextTests {
    @Test("UTF-8 text passes; a UTF-8 BOM is dropped")
    func valid() throws {
        #expect(try ReportText.decode(Array("Xảy ra 5 vụ".utf8), file: "a.txt") == "Xảy ra 5 vụ")
        #expect(try ReportText.decode([0xEF, 0xBB, 0xBF] + Array("vụ".utf8), file: "a.txt") == "vụ")
    }

    @Test("binary data names the file, line, column and byte offset")
    func binary() {
        let error = #expect(throws: DataError.self) { try ReportText.decode(Array("ab\ncd".utf8) + [0, 1, 2], file: "x.bin") }
        #expect(error?.description == "x.bin:2:3: binary data (NUL byte) at byte offset 5; expected a UTF-8 report text")
    }

    @Test("invalid UTF-8 (Latin-1, overlong, truncated) is rejected with its offset", arguments: [
        ([0x61, 0xE9, 0x62], 1), ([0xC0, 0xAF], 0), ([0x61, 0x62, 0xE1, 0xBB], 2), ([0xED, 0xA0, 0x80], 0),
    ] as [([UInt8], Int)])
    func invalid(_ bytes: [UInt8], _ offset: Int) {
        let error = #expect(throws: DataError.self) { try ReportText.decode(bytes, file: "l1.txt") }
        #expect(error?.message.contains("not UTF-8") == true)
        #expect(error?.message.contains("byte offset \(offset)") == true)
        #expect(error?.location?.file == "l1.txt")
    }

    @Test("empty, white space only and UTF-16 are rejected")
    func emptyAndUTF16() {
        #expect(throws: DataError.self) { try ReportText.decode([], file: "e.txt") }
        #expect(throws: DataError.self) { try ReportText.decode(Array(" \n\t ".utf8), file: "e.txt") }
        let error = #expect(throws: DataError.self) { try ReportText.decode([0xFF, 0xFE, 0x61, 0x00], file: "w.txt") }
        #expect(error?.message.contains("UTF-16") == true)
    }
}
