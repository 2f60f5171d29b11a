/// Every citation of the site, by what it cites: what instrument pages and the citation report read.
public struct CitationIndex: Sendable {
    /// A citation together with the page it stands on.
    public struct Entry: Sendable, Hashable {
        public var citation: Citation
        /// The case or document page citing.
        public var source: Route
        public var sourceTitle: String
        /// The case the citing text belongs to.
        public var caseSlug: String
        public var date: Day
    }

    /// Entries citing each instrument, newest first.
    public let byInstrument: [String: [Entry]]
    /// Entries citing UN documents the library has no page for, by symbol.
    public let bySymbol: [String: [Entry]]
    /// Entries citing the library, by the case whose text (its own or a document's) cites.
    public let byCase: [String: [Entry]]

    /// An index of lists already grouped and ordered, as a patch leaves them.
    init(byInstrument: [String: [Entry]], bySymbol: [String: [Entry]], byCase: [String: [Entry]]) {
        self.byInstrument = byInstrument
        self.bySymbol = bySymbol
        self.byCase = byCase
    }

    /// Groups entries by target in the order of `precedes`: newest first, ties by page, then position.
    public init(_ entries: [Entry]) {
        let keys = entries.map { (date: $0.date, path: $0.source.path, location: $0.citation.location) }
        let ordered = entries.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            if x.date != y.date { return x.date > y.date }
            return x.path != y.path ? x.path < y.path : x.location < y.location
        }.map { entries[$0] }
        var instruments: [String: [Entry]] = [:], symbols: [String: [Entry]] = [:], cases: [String: [Entry]] = [:]
        for entry in ordered {
            switch entry.citation.target {
            case .instrument(let slug):
                instruments[slug, default: []].append(entry)
                cases[entry.caseSlug, default: []].append(entry)
            case .external(let symbol): symbols[symbol, default: []].append(entry)
            }
        }
        byInstrument = instruments
        bySymbol = symbols
        byCase = cases
    }

    /// Entries citing one instrument, newest first.
    public func entries(citing slug: String) -> [Entry] { DependencyLog.note(.citationsOf(instrument: slug)); return byInstrument[slug] ?? [] }

    /// Entries of one case's texts citing the library, newest first.
    public func entries(inCase slug: String) -> [Entry] { DependencyLog.note(.citationsIn(caseSlug: slug)); return byCase[slug] ?? [] }

    /// How many citations link to a page of the library, and how many to the UN's resolver.
    public var counts: (resolved: Int, external: Int) {
        (byInstrument.values.reduce(0) { $0 + $1.count }, bySymbol.values.reduce(0) { $0 + $1.count })
    }
}
