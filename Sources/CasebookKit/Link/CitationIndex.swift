/// Every citation of the site, by what it cites: what instrument pages and the citation report read.
public struct CitationIndex: Sendable {
    /// Entries citing each instrument, newest first.
    public let byInstrument: [String: [Entry]]
    /// Entries citing UN documents the library has no page for, by symbol.
    public let bySymbol: [String: [Entry]]
    /// Every entry, library and UN documents alike, by the case whose text (its own or a document's) cites.
    public let byCase: [String: [Entry]]

    /// An index of lists already grouped and ordered, as a patch leaves them.
    init(byInstrument: [String: [Entry]], bySymbol: [String: [Entry]], byCase: [String: [Entry]]) {
        self.byInstrument = byInstrument
        self.bySymbol = bySymbol
        self.byCase = byCase
    }

    /// Groups entries by target, newest first, ties by page, then position (see `Entry.precedes`).
    public init(_ entries: [Entry]) {
        // Sorted once in place, by comparing entries themselves: sort keys would be 4 million at 100,000 cases.
        var ordered = entries
        ordered.sort { $0.precedes($1) }
        func grouped(by key: (Entry) -> String?) -> [String: [Entry]] {
            var lists: [String: [Entry]] = [:]
            for entry in ordered { if let key = key(entry) { lists[key, default: []].append(entry) } }
            return lists
        }
        byInstrument = grouped(by: Self.instrumentKey)
        bySymbol = grouped(by: Self.symbolKey)
        byCase = grouped(by: Self.caseKey)
    }

    /// The instrument list an entry stands in: its instrument's, when it cites the library.
    static func instrumentKey(_ entry: Entry) -> String? {
        if case .instrument(let slug) = entry.target { slug } else { nil }
    }

    /// The symbol list an entry stands in: its UN document's, when the library has no page for it.
    static func symbolKey(_ entry: Entry) -> String? {
        if case .external(let symbol) = entry.target { symbol } else { nil }
    }

    /// The case list an entry stands in: its case's, whatever it cites.
    static func caseKey(_ entry: Entry) -> String? { entry.caseSlug }

    /// Entries citing one instrument, newest first.
    public func entries(citing slug: String) -> [Entry] { DependencyLog.note(.citationsOf(instrument: slug)); return byInstrument[slug] ?? [] }

    /// Entries of one case's texts citing the library, newest first.
    public func entries(inCase slug: String) -> [Entry] { DependencyLog.note(.citationsIn(caseSlug: slug)); return byCase[slug] ?? [] }

    /// How many citations link to a page of the library, and how many to the UN's resolver.
    public var counts: (resolved: Int, external: Int) {
        (byInstrument.values.reduce(0) { $0 + $1.count }, bySymbol.values.reduce(0) { $0 + $1.count })
    }
}
