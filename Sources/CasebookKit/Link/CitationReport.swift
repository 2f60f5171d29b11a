/// The citation report `casebook check` and `casebook build` print: what was linked where.
public struct CitationReport: Sendable {
    public let resolved: Int
    public let external: Int
    public let unresolved: Int
    /// Instruments cited, with their number of citations, most cited first.
    public let instruments: [(slug: String, count: Int)]
    /// UN document symbols cited that have no page, linked to the UN's resolver, with their counts.
    public let symbols: [(symbol: String, count: Int)]

    /// Summarises a linked site; unresolved citations are the stage's "not in the library" warnings.
    public init(_ linked: LinkedSite) {
        let counts = linked.citations.counts
        resolved = counts.resolved
        external = counts.external
        unresolved = linked.warnings.filter { if case .unknownInstrument = $0.message { true } else { false } }.count
        instruments = linked.citations.byInstrument.map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        symbols = linked.citations.bySymbol.map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }

    /// One summary line.
    public var summary: String {
        "Citations: \(resolved) linked to the instrument library, \(external) to the UN document resolver, \(unresolved) unresolved."
    }

    /// The summary, then every instrument and external symbol with its count.
    public var details: [String] {
        [summary]
            + instruments.map { "  \($0.count)\t\($0.slug)" }
            + symbols.map { "  \($0.count)\t\($0.symbol) (no page: linked to the UN document resolver)" }
    }
}
