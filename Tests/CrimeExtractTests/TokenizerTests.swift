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

    @Test("a token's id is its text's id in the vocabulary, also for texts that do not pack into integers")
    func vocabularyIDs() throws {
        let lexer = ReportLexer(gazetteer: try Gazetteer.bundled())
        // The lexer's own vocabulary, then ones with a long word, non-ASCII texts and a Greek question mark
        // (equal to ";" as a `String`), which send lookups the `String` way.
        var vocabularies = [lexer.trie.vocabulary]
        for words in [["\u{037E}", "k", "ß", "aaaaaaaaaaaaaaaaaaaa", "…", "vu"], ["vu", "k", ";", "x"]] {
            var vocabulary = WordVocabulary()
            for word in words { _ = vocabulary.intern(word) }
            vocabularies.append(vocabulary)
        }
        let text = "Đã bắt 1.795vụ; b\u{037E} K \u{212A} ß VU aaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaa … x 12 Hà Giang – Ωμέγα"
        for vocabulary in vocabularies {
            let tokens = ReportTokenizer.tokenize(text, vocabulary: vocabulary)
            #expect(tokens.map(\.text) == ReportTokenizer.tokenize(text).map(\.text))
            for token in tokens {
                let expected = token.kind == .number ? WordVocabulary.absent : vocabulary.id(of: token.text)
                #expect(token.id == expected, "\(token.text.debugDescription)")
            }
        }
    }

    @Test("Vietnamese numbers", arguments: [
        ("2.156 vụ", "2156"), ("88,7%", "88.7"), ("1.234.567 vụ", "1234567"), ("03 vụ", "3"), ("hơn 54.400 vụ", "54400"),
    ])
    func numbers(_ text: String, _ value: String) {
        let lexer = ReportLexer(gazetteer: try! Gazetteer.bundled())
        let lexemes = lexer.lex(lexer.tokenize(text))
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

    @Test("the lexer's byte-level number reading agrees with VietnameseNumber.parse")
    func fastNumbers() {
        let forms = ["0", "03", "2156", "2.156", "1.234.567", "88,7", "88,70", "2.156,5", "3.5", "3.50", "12.3456", "1.2345",
                     "0237.3852.123", "1,2,3", "1.23,4", "12,", "1.234.56", "1234.567", "12.345.678,123456789",
                     "1,1234567890", "99999999999999999", "123456789012345678", "7.1", "100", "4.088", "1.000.000,5"]
        for form in forms {
            let fast = ReportLexer.number(form)
            let reference = VietnameseNumber.parse(form)
            #expect(fast == reference, "\(form): \(String(describing: fast)) vs \(String(describing: reference))")
        }
    }
}
