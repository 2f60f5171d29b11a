/// Russian case endings, so that an instrument named once in the library matches the case a sentence puts it in:
/// "Международный пакт" in the library, "статья 19 Международного пакта" in a letter.
enum Declension {
    /// Adjective and noun endings of the six cases, singular and plural, folded (`ё` as `е`).
    static let endings: Set<String> = [
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю",
        "ей", "ых", "их", "ыми", "ими", "а", "я", "у", "ю", "е", "и", "ы", "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях", "ь",
    ]

    /// The shortest stem a word keeps: shorter words ("о", "по", "прав") match only as written.
    static let shortestStem = 3

    /// The stem of a folded Cyrillic word: the word less its longest ending; nil for other words and short ones.
    static func stem(_ word: String) -> String? {
        guard word.unicodeScalars.first.map(isCyrillic) == true, word.count > shortestStem else { return nil }
        for length in (1...3).reversed() where word.count - length >= shortestStem && endings.contains(String(word.suffix(length))) {
            return String(word.dropLast(length))
        }
        return word
    }

    /// Whether folded `word` is `stem` with an ending, or nothing, after it.
    static func matches(_ word: String, stem: String) -> Bool {
        guard word.hasPrefix(stem) else { return false }
        let ending = word.dropFirst(stem.count)
        return ending.isEmpty || endings.contains(String(ending))
    }

    /// Every form of `stem`: the stem with each ending.
    static func forms(of stem: String) -> [String] { [stem] + endings.map { stem + $0 } }

    private static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x400...0x4FF).contains(scalar.value) }
}
