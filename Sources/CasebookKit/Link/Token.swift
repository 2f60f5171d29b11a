/// A word, number, symbol or punctuation mark of a paragraph's text, with its UTF-8 byte range.
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
    /// Lower-cased text for words; the text as written otherwise.
    var folded: String
    /// The text exactly as written.
    var text: String

    func isWord(_ lowercase: String) -> Bool { kind == .word && folded == lowercase }
    func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}
