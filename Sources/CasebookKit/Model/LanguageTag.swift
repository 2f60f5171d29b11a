/// BCP 47 language tags as the site uses them: for `lang` attributes, folders of the site's languages and
/// the writing direction of texts.
enum LanguageTag {
    /// Whether `tag` is a language tag: a primary language of two or three letters, then subtags of
    /// two to eight letters or digits, each after a hyphen (`en`, `ru`, `pt-BR`, `sr-Latn`, `es-419`).
    static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy(\.isASCIILetter) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit } }
    }

    /// The primary language subtag in lowercase: `pt` for `pt-BR`.
    static func primary(of tag: String) -> String {
        (tag.split(separator: "-").first.map(String.init) ?? tag).lowercased()
    }

    /// `rtl` for languages written right to left, else `ltr`.
    static func direction(of tag: String) -> String {
        rightToLeft.contains(primary(of: tag)) ? "rtl" : "ltr"
    }

    private static let rightToLeft: Set<String> = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ku", "sd", "ug"]
}

private extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
}
