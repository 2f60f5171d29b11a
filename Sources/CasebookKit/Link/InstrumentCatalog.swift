/// Everything the citation scanner needs to know about the instrument library, built once per build.
public struct InstrumentCatalog: Sendable {
    /// One way of naming an instrument, as the tokens it is written with.
    struct Name: Sendable {
        var tokens: [String]
        /// Abbreviations match only as written (`CAT` is not `cat`); titles match in any case.
        var exactCase: Bool
        var slug: String
        /// Set for names that mean the instrument only in texts about this country.
        var country: String?
    }

    /// Names by their first token (folded), longest first.
    let namesByFirstToken: [String: [Name]]
    let slugBySymbol: [String: String]
    let slugByGeneralComment: [String: String]
    let articlesBySlug: [String: Set<String>]
    let titleBySlug: [String: String]
    /// "covenant", "convention"… for each instrument whose title has that word.
    let kindWordsBySlug: [String: [String]]

    /// Builds the catalog from the library's instruments.
    public init(_ instruments: [Instrument]) {
        var names: [String: [Name]] = [:]
        func add(_ name: String, exactCase: Bool, slug: String, country: String? = nil) {
            let tokens = Tokenizer.tokens(Array(name.utf8)).map { exactCase ? $0.text : $0.folded }
            guard let first = tokens.first else { return }
            names[exactCase ? Tokenizer.fold(first) : first, default: []].append(Name(tokens: tokens, exactCase: exactCase, slug: slug, country: country))
        }
        var symbols: [String: String] = [:], comments: [String: String] = [:]
        for instrument in instruments {
            if instrument.isNamedByTitle { add(instrument.title, exactCase: false, slug: instrument.slug) }
            instrument.localNames.forEach { add($0, exactCase: false, slug: instrument.slug, country: instrument.country) }
            instrument.aliases.forEach { add($0, exactCase: false, slug: instrument.slug) }
            instrument.shortNames.forEach { add($0, exactCase: true, slug: instrument.slug) }
            if let symbol = instrument.symbol { symbols[UNSymbol.normalize(symbol)] = instrument.slug }
            if let committee = instrument.committee, let number = instrument.number {
                comments[Self.generalCommentKey(committee, number)] = instrument.slug
            }
        }
        namesByFirstToken = names.mapValues { $0.sorted { ($0.tokens.count, $0.slug) > ($1.tokens.count, $1.slug) } }
        slugBySymbol = symbols
        slugByGeneralComment = comments
        articlesBySlug = Dictionary(instruments.map { ($0.slug, Set($0.articles.map(\.number))) }, uniquingKeysWith: { a, _ in a })
        titleBySlug = Dictionary(instruments.map { ($0.slug, $0.title) }, uniquingKeysWith: { a, _ in a })
        kindWordsBySlug = Dictionary(instruments.map { instrument in
            let words = Set(Tokenizer.tokens(Array(instrument.title.utf8)).map(\.folded))
            return (instrument.slug, CitationScanner.kindWords.filter(words.contains))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// The longest instrument name starting at `tokens[start]`, with the index after it.
    func name(in tokens: [Token], at start: Int, country: String?) -> (slug: String, end: Int)? {
        guard tokens[start].kind == .word, let candidates = namesByFirstToken[tokens[start].folded] else { return nil }
        for candidate in candidates where start + candidate.tokens.count <= tokens.count
            && (candidate.country == nil || candidate.country == country)
        {
            let matches = candidate.tokens.indices.allSatisfy { offset in
                let token = tokens[start + offset]
                return (candidate.exactCase ? token.text : token.folded) == candidate.tokens[offset]
            }
            if matches { return (candidate.slug, start + candidate.tokens.count) }
        }
        return nil
    }

    /// The instrument whose own symbol this is.
    func slug(forSymbol symbol: String) -> String? { slugBySymbol[UNSymbol.normalize(symbol)] }

    /// The general comment or recommendation `number` of `committee`.
    func slug(forGeneralComment committee: String, number: String) -> String? {
        slugByGeneralComment[Self.generalCommentKey(committee, number)]
    }

    /// Whether the instrument lists this article (so `#article-<n>` exists on its page).
    func hasArticle(_ number: String, in slug: String) -> Bool { articlesBySlug[slug]?.contains(number) ?? false }

    /// The kind words ("covenant"…) in the instrument's title, for "the Covenant"-style references.
    func kindWords(of slug: String) -> [String] { kindWordsBySlug[slug] ?? [] }

    /// The instrument's title.
    func title(of slug: String) -> String? { titleBySlug[slug] }

    static func generalCommentKey(_ committee: String, _ number: String) -> String { committee.uppercased() + "#" + number }
}
