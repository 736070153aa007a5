import CrimeData

/// The names of provinces and cities as phrases to find in running text, from the gazetteer.
///
/// Every canonical name, ASCII name and alias is tokenised the way reports are ("Bà Rịa - Vũng Tàu",
/// "TP.HCM", "Thừa Thiên- Huế"), and also in the gazetteer's folded form; a form shared by two units is
/// dropped. A name must start with a capital letter in the text, so "hoà bình" (peace) is not Hòa Bình.
/// Prefixes ("Công an tỉnh", "CATP", "tỉnh") are separate phrases (``Lexeme/Role/unitPrefix``).
enum UnitPhrase {
    static func entries(_ gazetteer: Gazetteer) -> [([String], Int)] {
        var byForm: [[String]: Set<Int>] = [:]
        let prefixes: [[String]] = [["thanh", "pho"], ["tinh"], ["tp"], ["tp", "."], ["catp"], ["cong", "an", "tinh"]]
        for (index, province) in gazetteer.provinces.enumerated() {
            for form in [province.name, province.asciiName] + province.aliases {
                var variants: [[String]] = [
                    ReportTokenizer.tokenize(form).map(\.text),
                    VietnameseText.foldedKey(form).split(separator: " ").map(String.init),
                ]
                for v in variants {
                    for p in prefixes where v.count > p.count && Array(v.prefix(p.count)) == p {
                        variants.append(Array(v.dropFirst(p.count)))
                    }
                }
                for v in variants where !v.isEmpty {
                    // A single short word ("hcm" is fine; "an" alone would not be) must be 3+ letters.
                    if v.count == 1 && v[0].count < 3 { continue }
                    byForm[v, default: []].insert(index)
                }
            }
        }
        return byForm.compactMap { form, indices in indices.count == 1 ? indices.first.map { (form, $0) } : nil }
    }
}
