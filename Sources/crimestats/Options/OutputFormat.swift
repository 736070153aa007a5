import ArgumentParser

/// `--format`: human text, or machine formats ("." decimals, NFC names, whatever `--lang`); `html` is the
/// report's alone (one self-contained page).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv, json, html
}

/// `--lang`: labels and number formatting of text and markdown output.
enum Language: String, ExpressibleByArgument, CaseIterable {
    case en, vi
    var isVietnamese: Bool { self == .vi }
}
