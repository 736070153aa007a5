import Testing
import TextCharts

@Suite("Paragraph wrapping")
struct ParagraphTests {
    @Test func wrapsByDisplayWidthWithHangingIndent() {
        let text = "Tỷ lệ điều tra khám phá án của Thừa Thiên Huế đạt 89,5%, cao hơn mức chung."
        let lines = Paragraph(text, firstIndent: 0, hangingIndent: 2).lines(style: ChartStyle(width: 24))
        #expect(lines == [
            "Tỷ lệ điều tra khám phá",
            "  án của Thừa Thiên Huế",
            "  đạt 89,5%, cao hơn mức",
            "  chung.",
        ])
    }

    @Test func breaksWordsLongerThanALineAndKeepsEmptyLines() {
        let lines = Paragraph("abcdefghijkl\n\nxy").lines(style: ChartStyle(width: 5))
        #expect(lines == ["abcde", "fghij", "kl", "", "xy"])
        #expect(Paragraph("Đắk Lắk").lines(style: ChartStyle(width: 20, charset: .ascii)) == ["Dak Lak"])
        #expect(Paragraph("中文中文中文").lines(style: ChartStyle(width: 5)) == ["中文", "中文", "中文"])
    }

    @Test(arguments: [Charset.unicode, .ascii])
    func neverBreaksAtANoBreakSpace(charset: Charset) {
        let lines = Paragraph("1.681 of 2.156 is 77,97\u{00A0}%", hangingIndent: 2)
            .lines(style: ChartStyle(width: 23, charset: charset))
        #expect(lines == ["1.681 of 2.156 is", "  77,97 %"])
    }
}
