/// A word, number, symbol or punctuation mark of a paragraph's text, as its UTF-8 byte range.
///
/// A token holds no text of its own: the scanner looks at most tokens' bytes only, and makes a `String`
/// of the few it keeps.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// Letters (and digits mixed with letters), e.g. `ICCPR`, `article`.
        case word
        /// Digits only, e.g. `19`.
        case number
        /// Two numbers joined by a slash, e.g. `43/16`.
        case session
        /// Something shaped like a UN document symbol, e.g. `A/HRC/23/50`.
        case symbol
        /// One punctuation character, e.g. `(`, `,`.
        case punctuation
        /// A line break inside the paragraph.
        case newline
    }

    var kind: Kind
    /// The bytes' range in the paragraph text.
    var range: Range<Int>
    /// Whether its bytes are all ASCII, so that it compares byte for byte as a `String` would.
    var isASCII: Bool

    /// The text exactly as written in `text`, the paragraph the token was read from.
    func text(in text: [UInt8]) -> String { String(decoding: text[range], as: UTF8.self) }

    /// The text folded (`Tokenizer.fold`) for words; as written otherwise.
    func folded(in text: [UInt8]) -> String {
        guard kind == .word else { return self.text(in: text) }
        guard isASCII else { return String(decoding: Tokenizer.fold(text[range]), as: UTF8.self) }
        return String(decoding: text[range].lazy.map(Tokenizer.fold), as: UTF8.self)
    }

    /// Whether the token is the word `lowercase` (folded) in any case, with or without accents.
    func isWord(_ lowercase: String, in text: [UInt8]) -> Bool {
        guard kind == .word else { return false }
        return reads(lowercase.utf8, folding: true, in: text) || (!isASCII && folded(in: text) == lowercase)
    }

    /// Whether the token's bytes in `text`, ASCII-folded if `folding`, are `bytes`.
    func reads(_ bytes: some Collection<UInt8>, folding: Bool, in text: [UInt8]) -> Bool {
        range.count == bytes.count && zip(text[range], bytes).allSatisfy { (folding ? Tokenizer.fold($0) : $0) == $1 }
    }

    /// Whether the token is the punctuation mark `mark` (ASCII).
    func isPunctuation(_ mark: Unicode.Scalar, in text: [UInt8]) -> Bool {
        kind == .punctuation && range.count == 1 && text[range.lowerBound] == UInt8(ascii: mark)
    }

    /// Whether the token reads the word `words[word]` (UTF-8) as written if `exactCase`, folded otherwise,
    /// compared as `String`s compare.
    func matches(_ words: [UInt8], _ word: Range<Int>, exactCase: Bool, in text: [UInt8]) -> Bool {
        let folding = !exactCase && kind == .word
        if reads(words[word], folding: folding, in: text) { return true }
        // Other spellings of non-ASCII text can be canonically equivalent to it.
        guard !isASCII || words[word].contains(where: { $0 >= 0x80 }) else { return false }
        return (folding ? folded(in: text) : self.text(in: text)) == String(decoding: words[word], as: UTF8.self)
    }
}
