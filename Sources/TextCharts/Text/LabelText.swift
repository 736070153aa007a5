/// Cleaning of user-supplied text before it is laid out.
enum LabelText {
    /// `text` on one line: tabs, newlines and other line breaks become spaces; other control
    /// characters (including ESC, so user data cannot inject escape codes) are dropped.
    static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                if isBreak(scalar) { result.append(" ") }
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        guard first == " " || last == " " else { return self }
        return String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// The string without trailing spaces.
    var trailingSpacesTrimmed: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
