import Testing
import TextCharts

@Suite("ASCII transliteration")
struct TransliterationTests {
    @Test(arguments: [
        ("Đắk Lắk", "Dak Lak"), ("Thừa Thiên Huế", "Thua Thien Hue"),
        ("Thu\u{031B}\u{0300}a Thie\u{0302}n Hue\u{0302}\u{0301}", "Thua Thien Hue"),
        ("Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau"), ("Cụm thi đua số 2", "Cum thi dua so 2"),
        ("Hà Nội", "Ha Noi"), ("ĐỒNG NAI", "DONG NAI"), ("Ðiện Biên", "Dien Bien"),
        ("Khánh Hòa – 88,7%…", "Khanh Hoa - 88,7%..."), ("Québec", "Quebec"), ("中国", "??"), ("ç", "?"),
    ])
    func transliterates(input: String, expected: String) {
        #expect(Transliteration.ascii(input) == expected)
    }

    @Test func tableCoversEveryVietnameseLetterAndTone() {
        // 12 vowel rows (a ă â, e ê, i, o ô ơ, u ư, y) × tones, both cases, plus đ, Đ and Ð.
        #expect(Transliteration.vietnamese.count == 135)
        for (letter, base) in Transliteration.vietnamese {
            #expect(base.isASCII && base.isLetter)
            let decomposed = String(letter).unicodeScalars.count
            #expect(decomposed == 1, "table keys are precomposed: \(letter)")
            #expect(Transliteration.ascii(String(letter)) == String(base))
        }
        #expect(Transliteration.ascii("ỳỷỹýỵỲỶỸÝỴ") == "yyyyyYYYYY")
        #expect(Transliteration.ascii("ẶẬẸỆỊỌỘỢỤỰ") == "AAEEIOOOUU")
    }

    @Test func outputIsAlwaysASCII() {
        let samples = ["👨‍👩‍👧 Hà Nội", "한국", "e\u{0301}\u{0302}", "\u{0301}", "Ω≈"]
        for sample in samples {
            #expect(Transliteration.ascii(sample).unicodeScalars.allSatisfy { $0.isASCII })
        }
    }
}
