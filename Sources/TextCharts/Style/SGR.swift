/// Select Graphic Rendition escape sequences: the only terminal control this module emits.
public enum SGR {
    /// The sequence that ends any colour: `ESC [ 0 m`.
    public static let reset = "\u{1B}[0m"

    /// `text` without SGR sequences (`ESC [` digits and semicolons `m`); other text is untouched.
    public static func strip(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{1B}") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) {
                    end += 1
                }
                if end < scalars.count, scalars[end] == "m" {
                    index = end + 1
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }
}
