extension Transliteration {
    /// Every Vietnamese letter with a mark, upper and lower case, with every tone, mapped to its ASCII
    /// base letter. Rows list a base letter and all its marked forms: the plain, breve, circumflex or
    /// horn vowel followed by its five tones (huyền, hỏi, ngã, sắc, nặng).
    static let vietnameseRows: [(Character, String)] = [
        ("a", "àảãáạăằẳẵắặâầẩẫấậ"), ("A", "ÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬ"),
        ("e", "èẻẽéẹêềểễếệ"), ("E", "ÈẺẼÉẸÊỀỂỄẾỆ"),
        ("i", "ìỉĩíị"), ("I", "ÌỈĨÍỊ"),
        ("o", "òỏõóọôồổỗốộơờởỡớợ"), ("O", "ÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢ"),
        ("u", "ùủũúụưừửữứự"), ("U", "ÙỦŨÚỤƯỪỬỮỨỰ"),
        ("y", "ỳỷỹýỵ"), ("Y", "ỲỶỸÝỴ"),
        ("d", "đ"), ("D", "ĐÐ"),
    ]

    /// Marked Vietnamese letter → ASCII base letter (built once from ``vietnameseRows``).
    public static let vietnamese: [Character: Character] = {
        var table: [Character: Character] = [:]
        for (base, forms) in vietnameseRows {
            for form in forms {
                table[form] = base
            }
        }
        return table
    }()
}
