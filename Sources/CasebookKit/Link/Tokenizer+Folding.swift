extension Tokenizer {
    /// A word as matching compares it: lower case, Latin letters without accents (é as e), ё as е, ’ as '.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: text.utf8.map(fold), as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        // `й` keeps its breve: it is a letter of its own, not an accented `и`.
        for scalar in text.lowercased().unicodeScalars where !(0x300...0x36F).contains(scalar.value) || scalar.value == 0x306 {
            scalars.append(plainLetters[scalar] ?? scalar)
        }
        return String(scalars)
    }

    /// Letters that fold to another: accented Latin letters to plain ones, `ё` to `е`, typographic apostrophes to `'`.
    static let plainLetters: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēę", "e"), ("ìíîïī", "i"), ("ñń", "n"), ("òóôõöøō", "o"),
            ("ùúûüū", "u"), ("ýÿ", "y"), ("ё", "е"), ("’‘ʼ", "'"),
        ]
        var letters: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (accented, plain) in groups {
            for scalar in accented.unicodeScalars { letters[scalar] = plain }
        }
        return letters
    }()

    /// The length of the apostrophe at `index` (`'` or `’`) if a word follows it; nil otherwise.
    static func apostropheWidth(_ text: [UInt8], _ index: Int) -> Int? {
        let width = text[index] == 0x27 ? 1 : text[index] == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80
            && text[index + 2] == 0x99 ? 3 : 0
        return width > 0 && index + width < text.count && isWordStart(text, index + width) ? width : nil
    }

    /// Whether `word` is a French elided word that an apostrophe joins to the next: `l'`, `d'`, `qu'`.
    static func isElision(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count <= 7, word.allSatisfy({ $0 < 0x80 }) else { return false }
        return elisions.contains(String(decoding: word.lazy.map(fold), as: UTF8.self))
    }

    private static let elisions: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu"]
}
