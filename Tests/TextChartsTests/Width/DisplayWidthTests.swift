import Testing
import TextCharts

@Suite("Display width")
struct DisplayWidthTests {
    let narrow = DisplayWidth()
    let wide = DisplayWidth(ambiguous: .wide)

    static let huếNFC = "Thừa Thiên Huế"
    static let huếNFD = "Thu\u{031B}\u{0300}a Thie\u{0302}n Hue\u{0302}\u{0301}"

    @Test func vietnameseNFCAndNFDMeasureTheSame() {
        #expect(Self.huếNFC.unicodeScalars.count != Self.huếNFD.unicodeScalars.count)
        #expect(narrow.of(Self.huếNFC) == 14)
        #expect(narrow.of(Self.huếNFD) == 14)
        #expect(narrow.of("Bà Rịa - Vũng Tàu") == 17)
        #expect(narrow.of("Cụm thi đua số 2") == 16)
    }

    @Test(arguments: [
        ("한국", 4), ("\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}", 4), ("中文", 4), ("ＡＢ", 4),
        ("abc", 3), ("e\u{0301}", 1), ("\u{0301}", 0), ("👍", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("❤️", 2),
        ("🇻🇳", 2), ("\t", 0), ("\u{200D}", 0), ("a\u{FE0F}", 1), ("", 0), ("⠿", 1), ("ệ", 1),
    ])
    func width(text: String, cells: Int) {
        #expect(narrow.of(text) == cells)
    }

    @Test func ambiguousCharactersFollowTheSetting() {
        #expect(narrow.of("—") == 1)
        #expect(wide.of("—") == 2)
        #expect(narrow.of("Hà Nội") == 6)
        #expect(wide.of("Hà Nội") == 7) // "à" is ambiguous, "ộ" is not
        #expect(wide.of("█│…") == 6)
        #expect(wide.of("中") == 2)
    }

    @Test func truncation() {
        #expect(narrow.truncate(Self.huếNFC, to: 8) == "Thừa Th…")
        #expect(narrow.truncate(Self.huếNFD, to: 8) == "Thừa Th…")
        #expect(narrow.truncate("Thua Thien Hue", to: 8, ellipsis: "...") == "Thua ...")
        #expect(narrow.truncate("Hà Nội", to: 6) == "Hà Nội")
        #expect(narrow.truncate("Hà Nội", to: 0) == "")
        #expect(narrow.truncate("Hà Nội", to: -5) == "")
        #expect(narrow.truncate("Hanoi", to: 2, ellipsis: "...") == "Ha")
        #expect(narrow.truncate("中文字", to: 4) == "中…")
        #expect(narrow.of(narrow.truncate("中文字", to: 4)) == 3)
        #expect(narrow.prefix(of: "中文", fitting: 3) == "中")
    }

    @Test func padding() {
        #expect(narrow.fit("Huế", to: 6) == "Huế   ")
        #expect(narrow.fit("Huế", to: 6, alignment: .right) == "   Huế")
        #expect(narrow.fit("Huế", to: 6, alignment: .center) == " Huế  ")
        #expect(narrow.fit(Self.huếNFD, to: 5) == "Thừa…")
        #expect(narrow.fit("x", to: 0) == "")
        #expect(narrow.padLeft("한국", to: 6) == "  한국")
        #expect(narrow.padRight("한국", to: 3) == "한국")
    }
}
