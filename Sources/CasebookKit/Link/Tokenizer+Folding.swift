extension Tokenizer {
    /// A word as matching compares it: lower case, Latin letters without accents (é as e), ё as е, ’ as '.
    static func fold(_ text: String) -> String { String(decoding: fold(Array(text.utf8)[...]), as: UTF8.self) }

    /// `fold` of UTF-8 bytes, a byte or a table lookup per character: every non-ASCII word of a text is folded
    /// to be looked up. Two-byte characters (Latin, Greek, Cyrillic, combining accents) fold fully; longer ones
    /// are kept as they are, but for the curly apostrophes.
    static func fold(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = min(byte.utf8SequenceLength, bytes.endIndex - index)
            if byte < 0x80 {
                folded.append(fold(byte))
            } else if length == 2, byte >= 0xC2 {
                folded += twoByteFolds[(Int(byte & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)) - 0x80]
            } else if length == 3, byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
                folded.append(0x27)
            } else {
                folded += bytes[index..<index + length]
            }
            index += length
        }
        return folded
    }

    /// Each two-byte character (U+0080 to U+07FF) folded, as UTF-8.
    private static let twoByteFolds: [[UInt8]] = (0x80..<0x800).map { value in
        var scalars = String.UnicodeScalarView()
        // `й` keeps its breve: it is a letter of its own, not an accented `и`.
        for scalar in String(Unicode.Scalar(UInt32(value))!).lowercased().unicodeScalars
        where !(0x300...0x36F).contains(scalar.value) || scalar.value == 0x306 {
            scalars.append(plainLetters[scalar] ?? scalar)
        }
        return Array(String(scalars).utf8)
    }

    /// Letters that fold to another: accented Latin letters to plain ones, `ё` to `е`, the modifier apostrophe to `'`.
    static let plainLetters: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēę", "e"), ("ìíîïī", "i"), ("ñń", "n"), ("òóôõöøō", "o"),
            ("ùúûüū", "u"), ("ýÿ", "y"), ("ё", "е"), ("ʼ", "'"),
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
