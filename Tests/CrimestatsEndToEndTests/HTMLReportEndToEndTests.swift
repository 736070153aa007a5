import Foundation
import Testing

/// `report --format html` rendered by headless Chromium (Debian's `chromium-headless-shell`, which
/// `make test` installs): the page lays out within a phone's and a desktop's width, its charts and
/// links are there in both languages, and screenshots at both widths are real images.
/// `RECORD_GOLDENS=1` also refreshes the README's screenshot.
@Suite("HTML report in headless Chromium", .serialized)
struct HTMLReportEndToEndTests {
    static let widths = [390, 1280]

    /// The browser: chromium-headless-shell or chromium on the PATH (or CHROMIUM).
    static var browser: String? {
        if let path = ProcessInfo.processInfo.environment["CHROMIUM"] { return path }
        return ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Measures the laid-out page from inside it and writes the results as attributes of <body>.
    static let probe = """
        <script>
        const page = document.documentElement.scrollWidth, view = window.innerWidth;
        const charts = [...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().width);
        const links = [...document.querySelectorAll('a.figure-link')];
        document.body.setAttribute('data-fits', String(page <= view));
        document.body.setAttribute('data-page-width', String(page));
        document.body.setAttribute('data-charts', String(charts.length));
        document.body.setAttribute('data-widest-chart', String(Math.max(...charts)));
        document.body.setAttribute('data-figure-links', String(links.length));
        document.body.setAttribute('data-unlinked-cells', String([...document.querySelectorAll('#tables td.num:not(.missing)')].filter(td => !td.querySelector('a')).length));
        document.body.setAttribute('data-linked-points', String(document.querySelectorAll('#trends svg a circle').length));
        document.body.setAttribute('data-unlinked', String(links.filter(a => !/^(https?:|#source-)/.test(a.getAttribute('href') || '')).length));
        </script>
        """

    static func chromium(_ arguments: [String]) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("crimestats-chromium-\(UUID().uuidString)").path
        return try CommandRunner.output(of: browser ?? "/usr/bin/chromium-headless-shell",
                                        ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                                         "--user-data-dir=" + profile] + arguments)
    }

    /// The report page in `lang`, with the probe script added, in a temporary file.
    static func page(lang: String) throws -> (html: String, probed: URL) {
        let r = try CommandRunner.run(["report", "--format", "html", "--lang", lang])
        #expect(r.status == 0, "\(r.stderr)")
        let url = URL(fileURLWithPath: try CommandRunner.temporaryFile(
            r.stdout.replacingOccurrences(of: "</body>", with: probe + "</body>"), name: "report-\(lang).html"))
        return (r.stdout, url)
    }

    static func attribute(_ name: String, in dom: String) -> String? {
        guard let range = dom.range(of: "\(name)=\"") else { return nil }
        return String(dom[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test("the page is self-contained and links every figure to its source", arguments: ["en", "vi"])
    func selfContained(lang: String) throws {
        let (html, _) = try HTMLReportEndToEndTests.page(lang: lang)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"\(lang)\">"))
        // Inline CSS and SVG only: no scripts, stylesheets, images or fonts fetched.
        for outside in ["<script", "<link", "<img", "@import", "url("] { #expect(!html.contains(outside), "\(outside) in the page") }
        for section in ["tables", "trends", "compare", "validation", "sources"] { #expect(html.contains("id=\"\(section)\"")) }
        #expect(html.components(separatedBy: "<svg").count - 1 >= 6)
        #expect(html.contains("class=\"limit998\""))  // the funnel plot's limits
        #expect(html.contains("class=\"interval\""))  // the dot plot's intervals
        if lang == "vi" {
            #expect(html.contains("Báo cáo CrimeStats"))
            #expect(html.contains("1.681 vụ điều tra khám phá trên 2.156"))
            #expect(html.contains("88,7%"))
            #expect(!html.contains("the bundled dataset"))
        } else {
            #expect(html.contains("1,681 cases cleared of 2,156"))
        }
    }

    @Test("Chromium lays the page out within 390 and 1280 pixels, charts and links present", arguments: ["en", "vi"])
    func layout(lang: String) throws {
        guard HTMLReportEndToEndTests.browser != nil else {
            Issue.record("no headless Chromium: run `make html-deps` (make test installs it)")
            return
        }
        let (_, probed) = try HTMLReportEndToEndTests.page(lang: lang)
        for width in HTMLReportEndToEndTests.widths {
            let dom = try HTMLReportEndToEndTests.chromium(["--window-size=\(width),900", "--dump-dom", probed.absoluteString])
            #expect(HTMLReportEndToEndTests.attribute("data-fits", in: dom) == "true",
                    "page \(HTMLReportEndToEndTests.attribute("data-page-width", in: dom) ?? "?") px wide at \(width)")
            let charts = Int(HTMLReportEndToEndTests.attribute("data-charts", in: dom) ?? "") ?? 0
            #expect(charts >= 6)
            let widest = Double(HTMLReportEndToEndTests.attribute("data-widest-chart", in: dom) ?? "") ?? .infinity
            #expect(widest <= Double(width), "a chart is \(widest) px wide at \(width)")
            // Every yearly-table cell is a link (28 figures in the bundled tables), and so is every trend point.
            #expect((Int(HTMLReportEndToEndTests.attribute("data-figure-links", in: dom) ?? "") ?? 0) >= 28)
            #expect((Int(HTMLReportEndToEndTests.attribute("data-linked-points", in: dom) ?? "") ?? 0) >= 12)
            #expect(HTMLReportEndToEndTests.attribute("data-unlinked", in: dom) == "0")
            #expect(HTMLReportEndToEndTests.attribute("data-unlinked-cells", in: dom) == "0")
        }
    }

    /// The width and height a PNG file states in its IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test("screenshots at a phone's and a desktop's width are real pictures")
    func screenshots() throws {
        guard HTMLReportEndToEndTests.browser != nil else {
            Issue.record("no headless Chromium: run `make html-deps` (make test installs it)")
            return
        }
        let r = try CommandRunner.run(["report", "--format", "html", "--lang", "vi"])
        let page = URL(fileURLWithPath: try CommandRunner.temporaryFile(r.stdout, name: "report-vi.html"))
        for width in HTMLReportEndToEndTests.widths {
            let png = page.deletingLastPathComponent().appendingPathComponent("report-\(width).png")
            _ = try HTMLReportEndToEndTests.chromium(["--window-size=\(width),1400", "--screenshot=" + png.path, page.absoluteString])
            let data = try Data(contentsOf: png)
            let size = HTMLReportEndToEndTests.pngSize(data)
            #expect(size?.0 == width && size?.1 == 1400, "screenshot is \(String(describing: size))")
            // A blank page compresses to a few kilobytes; text, tables and charts do not.
            #expect(data.count > 40_000, "screenshot at \(width) is only \(data.count) bytes")
            if width == 390, ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
                let readme = CommandRunner.packageRoot.appendingPathComponent("Tests/CrimestatsEndToEndTests/Screenshots/report-vi-390.png")
                try FileManager.default.createDirectory(at: readme.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: readme)
            }
        }
    }
}
