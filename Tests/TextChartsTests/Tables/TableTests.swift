import Testing
@testable import TextCharts

@Suite("Tables")
struct TableTests {
    @Test func boxTableWithMarksAndMissingCells() {
        let table = Table(
            columns: [Table.Column("Đơn vị"), Table.Column("Tỷ lệ %")],
            rows: [[Table.Cell("Hà Nội"), Table.Cell("87.4")], [Table.Cell("Đắk Lắk"), Table.Cell("88.7", mark: "*")], [Table.Cell("Huế"), .missing]]
        )
        #expect(table.render(style: ChartStyle(width: 40)) == """
        ┌─────────┬─────────┐
        │ Đơn vị  │ Tỷ lệ % │
        ├─────────┼─────────┤
        │ Hà Nội  │   87.4  │
        │ Đắk Lắk │   88.7* │
        │ Huế     │      —  │
        └─────────┴─────────┘
        """)
        #expect(table.render(style: ChartStyle(width: 40, charset: .ascii)) == """
        +---------+---------+
        | Don vi  | Ty le % |
        +---------+---------+
        | Ha Noi  |   87.4  |
        | Dak Lak |   88.7* |
        | Hue     |      -  |
        +---------+---------+
        """)
    }

    @Test func plainAndMarkdown() {
        var table = Table(headers: ["Tỉnh", "Án"], rows: [["Lào Cai", "345"], ["A|B", nil]], format: .plain)
        table.missingMarker = "n/a"
        #expect(table.render(style: ChartStyle(width: 30)) == """
        Tỉnh      Án
        Lào Cai  345
        A|B      n/a
        """)
        table.format = .markdown
        #expect(table.render(style: ChartStyle(width: 30)) == """
        | Tỉnh    |  Án |
        | ------- | --: |
        | Lào Cai | 345 |
        | A\\|B    | n/a |
        """)
    }

    @Test func numericDetection() {
        #expect(Table.looksNumeric("2.156"))
        #expect(Table.looksNumeric("88,7%"))
        #expect(Table.looksNumeric("−3.5"))
        #expect(!Table.looksNumeric("Hà Nội"))
        #expect(!Table.looksNumeric("—"))
        #expect(!Table.looksNumeric(""))
    }

    @Test func tooWideTablesTruncateThenDropColumns() {
        let table = Table(
            headers: ["Đơn vị", "2019", "2020", "2021", "2022"],
            rows: [["Thành phố Hồ Chí Minh", "79.0", "80.1", "81.5", "82.0"], ["Bà Rịa - Vũng Tàu", "78.0", "77.2", "80.0", "81.1"]]
        )
        let lines = table.lines(style: ChartStyle(width: 30))
        // One note names every column left out, wrapped rather than cut.
        #expect(Array(lines.suffix(2)) == ["(not shown at width 30: 2021,", " 2022)"])
        #expect(lines[3] == "│ Thành phố H… │ 79.0 │ 80.1 │")
        #expect(table.lines(style: ChartStyle(width: 40))[3] == "│ Thành p… │ 79.0 │ 80.1 │ 81.5 │ 82.0 │")
        let narrow = table.lines(style: ChartStyle(width: 10))
        #expect(narrow.allSatisfy { DisplayWidth().of($0) <= 10 })
        let note = narrow.drop { !$0.hasPrefix("(not") }.map { $0.trimmingPrefix(" ") }.joined(separator: " ")
        #expect(note == "(not shown at width 10: 2019, 2020, 2021, 2022)")
    }

    @Test func tabsAndNewlinesInCellsBecomeSpaces() {
        let table = Table(headers: ["a\tb"], rows: [["x\ny"]], format: .plain)
        #expect(table.render(style: ChartStyle(width: 20)) == "a b\nx y")
    }
}
