/// Everything the citation scanner needs to know about the instrument library, built once per build.
public struct InstrumentCatalog: Sendable {
    /// One way of naming an instrument, as the tokens it is written with.
    struct Name: Sendable {
        /// Each token's UTF-8 bytes, folded unless `exactCase`.
        var tokens: [[UInt8]]
        /// Abbreviations match only as written (`CAT` is not `cat`); titles match in any case.
        var exactCase: Bool
        var slug: String
        /// Set for names that mean the instrument only in texts about this country.
        var country: String?
    }

    /// What each word can begin: a pattern of the scanner's own, instrument names, "the Covenant".
    let firstWords: WordTable<FirstWord>
    let slugBySymbol: [String: String]
    let slugByGeneralComment: [String: String]
    let articlesBySlug: [String: Set<String>]
    let titleBySlug: [String: String]
    /// "covenant", "convention"… for each instrument whose title has that word.
    let kindWordsBySlug: [String: [CitationScanner.KindWord]]

    /// Builds the catalog from the library's instruments.
    public init(_ instruments: [Instrument]) {
        var names: [String: [Name]] = [:]
        func add(_ name: String, exactCase: Bool, slug: String, country: String? = nil) {
            let bytes = Array(name.utf8)
            let tokens = Tokenizer.tokens(bytes).map { exactCase ? $0.text(in: bytes) : $0.folded(in: bytes) }
            guard let first = tokens.first else { return }
            let name = Name(tokens: tokens.map { Array($0.utf8) }, exactCase: exactCase, slug: slug, country: country)
            names[exactCase ? Tokenizer.fold(first) : first, default: []].append(name)
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
        firstWords = Self.firstWords(names.mapValues { $0.sorted { ($0.tokens.count, $0.slug) > ($1.tokens.count, $1.slug) } })
        slugBySymbol = symbols
        slugByGeneralComment = comments
        articlesBySlug = Dictionary(instruments.map { ($0.slug, Set($0.articles.map(\.number))) }, uniquingKeysWith: { a, _ in a })
        titleBySlug = Dictionary(instruments.map { ($0.slug, $0.title) }, uniquingKeysWith: { a, _ in a })
        kindWordsBySlug = Dictionary(instruments.map { instrument in
            let title = Array(instrument.title.utf8)
            let words = Set(Tokenizer.tokens(title).map { $0.folded(in: title) })
            return (instrument.slug, CitationScanner.KindWord.allCases.filter { words.contains($0.rawValue) })
        }, uniquingKeysWith: { a, _ in a })
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
    func kindWords(of slug: String) -> [CitationScanner.KindWord] { kindWordsBySlug[slug] ?? [] }

    /// The instrument's title.
    func title(of slug: String) -> String? { titleBySlug[slug] }

    static func generalCommentKey(_ committee: String, _ number: String) -> String { committee.uppercased() + "#" + number }
}
