/// The citation report `casebook check` and `casebook build` print: what was linked where, and what the library
/// lacks to link the rest.
public struct CitationReport: Sendable {
    public let resolved: Int
    public let external: Int
    public let unresolved: Int
    /// Instruments cited, with their number of citations, most cited first.
    public let instruments: [(slug: String, count: Int)]
    /// UN document symbols cited that have no page, linked to the UN's resolver, with their counts.
    public let symbols: [(symbol: String, count: Int)]
    /// Citations of instruments the library lacks, by location: the stage's "not in the library" warnings.
    public let unresolvedCitations: [UnresolvedCitation]

    /// Summarises a linked site.
    public init(_ linked: LinkedSite) {
        let counts = linked.citations.counts
        resolved = counts.resolved
        external = counts.external
        unresolved = linked.unresolved.count
        unresolvedCitations = linked.unresolved
        instruments = linked.citations.byInstrument.map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        symbols = linked.citations.bySymbol.map { ($0.key, $0.value.count) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }

    /// One summary line.
    public var summary: String {
        "Citations: \(resolved) linked to the instrument library, \(external) to the UN document resolver, \(unresolved) unresolved."
    }

    /// The summary, then every instrument and external symbol with its count, then the unresolved citations.
    public var details: [String] {
        [summary] + instruments.map { "  \($0.count)\t\($0.slug)" } + symbolLines + unresolvedLines
    }

    /// Every UN document symbol linked to the UN's resolver, with its count.
    public var symbolLines: [String] {
        symbols.map { "  \($0.count)\t\($0.symbol) (no page: linked to the UN document resolver)" }
    }

    /// Each document's unresolved citations, at their place, then each file to add to the library with the citations
    /// and documents it would link, most first; nothing if every citation was linked.
    public var unresolvedLines: [String] {
        guard !unresolvedCitations.isEmpty else { return [] }
        typealias Report = DiagnosticMessage.Report
        var lines = [Report.byDocument]
        let byDocument = Dictionary(grouping: unresolvedCitations, by: \.location.path)
        for path in byDocument.keys.sorted() {
            let citations = byDocument[path]!
            lines.append(Report.document(VisibleText.escaped(path), count: citations.count))
            lines += citations.map(Report.citation)
        }
        lines.append(Report.filesToAdd)
        let byFile = Dictionary(grouping: unresolvedCitations, by: \.missing.file)
        let files = byFile.values.sorted { ($1.count, $0[0].missing.file) < ($0.count, $1[0].missing.file) }
        lines += files.map { Report.file($0[0].missing, citations: $0.count, documents: Set($0.map(\.location.path)).count) }
        return lines.map { VisibleText.escaped($0, backslashes: false) }
    }
}
