/// Everything the citation scanner needs to know about the instrument library, built once per build.
public struct InstrumentCatalog: Sendable {
    /// What each word can begin: a pattern of the scanner's own, instrument names, "the Covenant".
    let firstWords: WordTable<FirstWord>
    let names: InstrumentNames
    let slugBySymbol: [String: String]
    /// The same symbols by `RegionalSymbol.key`.
    let slugByRegionalSymbol: [String: String]
    let slugByGeneralComment: [String: String]
    let articlesBySlug: [String: Set<String>]
    let titleBySlug: [String: String]
    /// "covenant", "convention"… for each instrument whose title has that word.
    let kindWordsBySlug: [String: [CitationScanner.KindWord]]
    /// The names as the library writes them, in its order.
    private let written: [InstrumentNames.Written]

    /// Builds the catalog from the library's instruments.
    public init(_ instruments: [Instrument]) {
        var names: [InstrumentNames.Written] = []
        func add(_ name: String, exactCase: Bool, slug: String, country: String? = nil) {
            names.append(InstrumentNames.Written(text: name, exactCase: exactCase, slug: slug, country: country))
        }
        var symbols: [String: String] = [:], regional: [String: String] = [:], comments: [String: String] = [:]
        for instrument in instruments {
            if instrument.isNamedByTitle { add(instrument.title, exactCase: false, slug: instrument.slug) }
            instrument.localNames.forEach { add($0, exactCase: false, slug: instrument.slug, country: instrument.country) }
            instrument.aliases.forEach { add($0, exactCase: false, slug: instrument.slug) }
            instrument.shortNames.forEach { add($0, exactCase: true, slug: instrument.slug) }
            if let symbol = instrument.symbol {
                symbols[UNSymbol.normalize(symbol)] = instrument.slug
                regional[RegionalSymbol.key(symbol)] = instrument.slug
            }
            if let committee = instrument.committee, let number = instrument.number {
                comments[Self.generalCommentKey(committee, number)] = instrument.slug
            }
        }
        self.names = InstrumentNames(names)
        written = names
        firstWords = Self.firstWords(self.names.groups)
        slugBySymbol = symbols
        slugByRegionalSymbol = regional
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

    /// The instrument whose own symbol is this regional document's.
    func slug(forRegionalSymbol symbol: String) -> String? { slugByRegionalSymbol[RegionalSymbol.key(symbol)] }

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

    /// Whether `other` finds the same citations in every text, whatever titles its links carry: the
    /// catalogs of a site's languages do unless an instrument's translation names it otherwise.
    func recognizesAlike(_ other: InstrumentCatalog) -> Bool {
        written == other.written && slugBySymbol == other.slugBySymbol && slugByRegionalSymbol == other.slugByRegionalSymbol
            && slugByGeneralComment == other.slugByGeneralComment && articlesBySlug == other.articlesBySlug
            && kindWordsBySlug == other.kindWordsBySlug
    }

    static func generalCommentKey(_ committee: String, _ number: String) -> String { committee.uppercased() + "#" + number }
}
