/// The search index of the site: every published page's terms with their postings, built in parallel.
public struct SearchIndex: Sendable {
    /// One page a term occurs in, and how much it weighs there (1–255).
    ///
    /// Both live in four bytes, the page's id in the upper 24 bits (up to 16,777,215 pages): an index
    /// holds about 17 million postings at 10,000 cases, which two fields would make eight bytes each.
    public struct Posting: Sendable, Hashable {
        private var packed: UInt32

        public init(document: Int32, weight: UInt8) {
            precondition(document >= 0 && document < 1 << 24, "a search index holds at most 16,777,215 pages")
            packed = UInt32(document) << 8 | UInt32(weight)
        }

        public var document: Int32 {
            get { Int32(packed >> 8) }
            set { self = Posting(document: newValue, weight: weight) }
        }

        public var weight: UInt8 {
            get { UInt8(truncatingIfNeeded: packed) }
            set { packed = packed & ~0xFF | UInt32(newValue) }
        }
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
    /// Pages are weighed a block at a time, so only one block's term lists exist at once next to the
    /// postings (see `Postings`).
    public init(_ documents: [SearchDocument], reusing previous: SearchIndex? = nil, keepingWeights: Bool = true) {
        if keepingWeights, let previous, let patched = Self.patched(previous, to: documents) {
            self = patched
            return
        }
        var postings = Postings(reusing: previous?.weights ?? [:], keepingWeights: keepingWeights)
        for start in stride(from: 0, to: documents.count, by: Self.blockSize) {
            postings.add(documents[start..<min(start + Self.blockSize, documents.count)])
        }
        self = postings.index()
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

    static let blockSize = 1024, chunkSize = 128

    /// The weight of each term of one page, facet values included (weight 1).
    static func weights(of document: SearchDocument) -> [(String, UInt8)] {
        var weights = TermWeights(expected: document.body.utf8.count / 16 + 64)  // about one distinct term in three words
        var folder = SearchText()
        weights.weigh(document, folding: &folder)
        return weights.take().map { (weights.table.term($0.id), $0.weight) }
    }
}
