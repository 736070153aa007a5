import Testing
import TextCharts

@Suite("Colour, charset and terminal width decisions")
struct OutputPolicyTests {
    struct ColorCase: Sendable, CustomTestStringConvertible {
        var choice: ColorChoice
        var environment: [String: String]
        var isTerminal: Bool
        var expected: Bool
        var testDescription: String { "\(choice) \(environment) tty=\(isTerminal) → \(expected)" }
    }

    static let colorCases: [ColorCase] = [
        .init(choice: .always, environment: ["NO_COLOR": "1", "TERM": "dumb"], isTerminal: false, expected: true),
        .init(choice: .never, environment: ["FORCE_COLOR": "1"], isTerminal: true, expected: false),
        .init(choice: .auto, environment: [:], isTerminal: true, expected: true),
        .init(choice: .auto, environment: [:], isTerminal: false, expected: false),
        .init(choice: .auto, environment: ["NO_COLOR": "1"], isTerminal: true, expected: false),
        .init(choice: .auto, environment: ["NO_COLOR": ""], isTerminal: true, expected: true),
        .init(choice: .auto, environment: ["FORCE_COLOR": "1"], isTerminal: false, expected: true),
        .init(choice: .auto, environment: ["FORCE_COLOR": "0"], isTerminal: true, expected: false),
        .init(choice: .auto, environment: ["FORCE_COLOR": ""], isTerminal: false, expected: false),
        .init(choice: .auto, environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"], isTerminal: true, expected: false),
        .init(choice: .auto, environment: ["FORCE_COLOR": "3", "TERM": "dumb"], isTerminal: false, expected: true),
        .init(choice: .auto, environment: ["TERM": "dumb"], isTerminal: true, expected: false),
        .init(choice: .auto, environment: ["TERM": "xterm-256color"], isTerminal: true, expected: true),
    ]

    @Test(arguments: colorCases)
    func color(_ item: ColorCase) {
        #expect(OutputPolicy.colorEnabled(item.choice, environment: item.environment, isTerminal: item.isTerminal) == item.expected)
    }

    @Test(arguments: [
        (CharsetChoice.ascii, ["LANG": "vi_VN.UTF-8"], Charset.ascii),
        (.unicode, ["LANG": "en_US.ISO-8859-1"], .unicode),
        (.auto, [:], .unicode),
        (.auto, ["LANG": "C"], .unicode),
        (.auto, ["LANG": "POSIX"], .unicode),
        (.auto, ["LANG": "vi_VN.UTF-8"], .unicode),
        (.auto, ["LANG": "C.utf8"], .unicode),
        (.auto, ["LANG": "en_US"], .unicode),
        (.auto, ["LANG": "en_US.ISO-8859-1"], .ascii),
        (.auto, ["LANG": "vi_VN.TCVN"], .ascii),
        (.auto, ["LANG": "de_DE.UTF-8@euro"], .unicode),
        (.auto, ["LANG": "de_DE.ISO-8859-15@euro"], .ascii),
        (.auto, ["LANG": "vi_VN.UTF-8", "LC_ALL": "C"], .unicode),
        (.auto, ["LANG": "vi_VN.UTF-8", "LC_CTYPE": "en_US.ISO-8859-1"], .ascii),
        (.auto, ["LC_ALL": "en_US.ISO-8859-1", "LC_CTYPE": "en_US.UTF-8"], .ascii),
        (.auto, ["LC_ALL": "", "LANG": "en_US.ISO-8859-1"], .ascii),
    ] as [(CharsetChoice, [String: String], Charset)])
    func charset(choice: CharsetChoice, environment: [String: String], expected: Charset) {
        #expect(OutputPolicy.charset(choice, environment: environment) == expected)
    }

    @Test func terminalWidth() {
        #expect(Terminal.resolveWidth(reported: 132, environment: ["COLUMNS": "100"]) == 132)
        #expect(Terminal.resolveWidth(reported: 0, environment: ["COLUMNS": "100"]) == 100)
        #expect(Terminal.resolveWidth(reported: nil, environment: ["COLUMNS": " 72 "]) == 72)
        #expect(Terminal.resolveWidth(reported: nil, environment: ["COLUMNS": "wide"]) == 80)
        #expect(Terminal.resolveWidth(reported: nil, environment: ["COLUMNS": "-5"]) == 80)
        #expect(Terminal.resolveWidth(reported: nil, environment: [:]) == 80)
        #expect(Terminal.width(environment: ["COLUMNS": "61"]) > 0)
    }

    @Test func sgrStripping() {
        let painted = ChartColor.red.paint("Hà Nội") + " " + ChartColor.bold.paint("88.7")
        #expect(painted == "\u{1B}[31mHà Nội\u{1B}[0m \u{1B}[1m88.7\u{1B}[0m")
        #expect(SGR.strip(painted) == "Hà Nội 88.7")
        #expect(SGR.strip("\u{1B}[38;5;12mx\u{1B}[0m") == "x")
        #expect(ChartColor.green.paint("") == "")
        let style = ChartStyle(color: false)
        #expect(style.paint("x", .red) == "x")
    }

    @Test func displayTextIsOneSafeLine() {
        let style = ChartStyle()
        #expect(style.displayText("Hà\tNội\ncity\u{1B}[31m") == "Hà Nội city[31m")
        #expect(ChartStyle(charset: .ascii).displayText("Đắk\tLắk") == "Dak Lak")
        #expect(ChartStyle(width: 0).effectiveWidth == 1)
        #expect(ChartStyle(width: 1_000_000).effectiveWidth == 4096)
    }
}
