import CrimeData
import Testing
@testable import CrimeExtract

@Suite("Tokens and numbers")
struct TokenizerTests {
    @Test("numbers keep their groups; a letter after a number starts a word; words are folded")
    func tokens() {
        let tokens = ReportTokenizer.tokenize("Đã bắt 1.795vụ/4.988 đối tượng, đạt 88,7%.")
        #expect(tokens.map(\.text) == ["da", "bat", "1.795", "vu", "/", "4.988", "doi", "tuong", ",", "dat", "88,7", "%", "."])
        #expect(tokens[0].capitalised && !tokens[1].capitalised)
        #expect(tokens[2].start == 7 && tokens[2].end == 12)
    }

    @Test("Vietnamese numbers", arguments: [
        ("2.156 vụ", "2156"), ("88,7%", "88.7"), ("1.234.567 vụ", "1234567"), ("03 vụ", "3"), ("hơn 54.400 vụ", "54400"),
    ])
    func numbers(_ text: String, _ value: String) {
        let lexer = ReportLexer(gazetteer: try! Gazetteer.bundled())
        let lexemes = lexer.lex(ReportTokenizer.tokenize(text))
        let values = lexemes.compactMap { lexeme -> String? in
            if case .number(let v, _, _) = lexeme.role { return v.description }
            return nil
        }
        #expect(values == [value])
    }

    @Test("qualifiers", arguments: [
        ("đạt trên 80%", Qualifier.over), ("hơn 1.500 đối tượng", .moreThan), ("đạt gần 90%", .nearly), ("khoảng 300 vụ", .about),
        ("dưới 10 vụ", .under), ("chưa đến 10 vụ", .under), ("từ 20 vụ trở lên", .atLeast), ("đạt 88,7%", .exact),
    ])
    func qualifiers(_ phrase: String, _ qualifier: Qualifier) throws {
        let extractor = ReportExtractor(gazetteer: try Gazetteer.bundled())
        let result = extractor.extract(text: "Năm 2020 xảy ra \(phrase)", source: "t", defaultUnit: .national, published: nil)
        #expect(try #require(result.figures.first).qualifier == qualifier)
    }
}
