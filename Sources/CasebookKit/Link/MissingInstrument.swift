/// An instrument a citation names that the library lacks: the file to add, and what to write in it so that
/// the citation links.
///
/// Its slug is made from what Casebook would match: a name's words folded (Russian ones cut to their stem,
/// so every case of a name gives one file), a symbol as written, a general comment's committee and number.
public struct MissingInstrument: Sendable, Hashable {
    /// How the library would recognise it.
    public enum Key: Sendable, Hashable {
        /// A title or alias: "Syrian Criminal Code".
        case name(String)
        /// A name that means a law of the text's country only, e.g. "Criminal Code" in a text about Syria.
        case localName(String, country: String)
        /// A document's own symbol, e.g. "CM/Rec(2018)11".
        case symbol(String)
        /// A general comment or recommendation, by its committee's code and number.
        case generalComment(committee: TreatyBody, number: String)
    }

    public var key: Key
    /// The slug the file would have, e.g. `syrian-criminal-code`.
    public var slug: String

    /// What a citation names, with the slug made from it.
    public init(_ key: Key) {
        self.key = key
        slug = switch key {
        case .name(let name): Self.slug(ofName: name)
        case .localName(let name, let country): country.lowercased() + "-" + Self.slug(ofName: name)
        case .symbol(let symbol): Slug.make(from: symbol)
        case .generalComment(let committee, let number): Slug.make(from: "\(committee.rawValue) gc \(number)")
        }
    }

    /// The file to add to the library.
    public var file: String { "content/instruments/\(slug).md" }

    /// How a citation names it, for messages: the name or symbol.
    public var name: String {
        switch key {
        case .name(let name), .localName(let name, _): name
        case .symbol(let symbol): symbol
        case .generalComment(let committee, let number): "general comment No. \(number) of the \(committee.names[0])"
        }
    }

    /// A name's slug: its words as matching compares them (folded, a Russian word of four letters or more as its
    /// stem), in Latin letters.
    static func slug(ofName name: String) -> String {
        let bytes = Array(name.utf8)
        let words = Tokenizer.tokens(bytes).filter { $0.kind != .punctuation }.map { token in
            let folded = token.folded(in: bytes)
            return Transliteration.latin(Declension.stem(folded) ?? folded)
        }
        return Slug.make(from: words.joined(separator: " "))
    }
}

