/// The search index of the site: every published page's terms with their postings, built in parallel.
public struct SearchIndex: Sendable {
    /// One page a term occurs in, and how much it weighs there (1–255).
    public struct Posting: Sendable, Hashable {
        public var document: Int32
        public var weight: UInt8
    }

    /// The pages, in id order.
    public let documents: [SearchDocument]
    /// Every term, in UTF-16 order (the order of JavaScript's `<`), with its postings in id order.
    public let terms: [(term: String, postings: [Posting])]
    /// Each page's terms and weights, by path, for the next build to reuse when the page is unchanged.
    let weights: [String: (document: SearchDocument, terms: [(String, UInt8)])]
    /// The terms whose postings differ from the index this one was patched from (UTF-16 order), or nil
    /// when it was built whole: the term shards that hold none of them are the same as before.
    let changedTerms: [String]?

    /// How much a term in a title or a name counts against one in the body.
    static let titleWeight = 8, nameWeight = 4

    /// Indexes `documents`; the id of a page is its position. Pages equal to one of `previous` keep its
    /// weights; with `keepingWeights`, this index keeps its own for the next build to reuse.
    ///
    /// Pages are weighed a block at a time, so only one block's term lists exist at once next to the postings.
    public init(_ documents: [SearchDocument], reusing previous: SearchIndex? = nil, keepingWeights: Bool = true) {
        if keepingWeights, let previous, let patched = Self.patched(previous, to: documents) {
            self = patched
            return
        }
        let reusable = previous?.weights ?? [:]
        var postings: [String: [Posting]] = [:]
        var kept: [String: (document: SearchDocument, terms: [(String, UInt8)])] = [:]
        for start in stride(from: 0, to: documents.count, by: Self.blockSize) {
            let block = Array(documents[start..<min(start + Self.blockSize, documents.count)])
            let weighted = block.parallelMap { document in
                if let memo = reusable[document.path], memo.document == document { return memo.terms }
                return Self.weights(of: document)
            }
            for (offset, terms) in weighted.enumerated() {
                for (term, weight) in terms {
                    postings[term, default: []].append(Posting(document: Int32(start + offset), weight: weight))
                }
                if keepingWeights, kept[block[offset].path] == nil { kept[block[offset].path] = (block[offset], terms) }
            }
        }
        self.init(
            documents: documents,
            terms: postings.map { (term: $0.key, postings: $0.value) }.sorted { $0.term.utf16.lexicographicallyPrecedes($1.term.utf16) },
            weights: kept, changedTerms: nil)
    }

    init(
        documents: [SearchDocument], terms: [(term: String, postings: [Posting])],
        weights: [String: (document: SearchDocument, terms: [(String, UInt8)])], changedTerms: [String]?
    ) {
        self.documents = documents
        self.terms = terms
        self.weights = weights
        self.changedTerms = changedTerms
    }

    private static let blockSize = 1024

    /// The weight of each term of one page, facet values included (weight 1).
    static func weights(of document: SearchDocument) -> [(String, UInt8)] {
        var folder = SearchText()
        var counts: [String: Int] = [:]
        counts.reserveCapacity(document.body.utf8.count / 16 + 64)  // about one distinct term in three words
        folder.forEachTerm(in: document.title) { counts[$0, default: 0] += titleWeight }
        for name in document.names { folder.forEachTerm(in: name) { counts[$0, default: 0] += nameWeight } }
        folder.forEachTerm(in: document.summary) { counts[$0, default: 0] += 1 }
        folder.forEachTerm(in: document.body) { counts[$0, default: 0] += 1 }
        for facet in document.facets { counts[facet.key] = 1 }
        return counts.map { ($0.key, UInt8(min(255, $0.value))) }
    }
}
