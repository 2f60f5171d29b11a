extension SearchIndex {
    /// The index being built from pages given a block at a time, in id order: the pages, every term's
    /// postings so far, and the weights kept for the next build.
    ///
    /// Each chunk of a block gathers its own postings on its thread, so the one thread that joins them
    /// looks each term up once a chunk rather than once a page.
    struct Postings {
        private var documents: [SearchDocument] = []
        private var postings: [String: [Posting]] = [:]
        private var kept: [String: (document: SearchDocument, terms: [(String, UInt8)])] = [:]
        private let reusable: [String: (document: SearchDocument, terms: [(String, UInt8)])]
        private let keepingWeights: Bool

        /// An empty index; pages equal to one of `reusable` take its weights, and with `keepingWeights`
        /// the index keeps its own for the next build to reuse.
        init(reusing reusable: [String: (document: SearchDocument, terms: [(String, UInt8)])] = [:], keepingWeights: Bool) {
            (self.reusable, self.keepingWeights) = (reusable, keepingWeights)
        }

        /// Weighs the next pages, which take the next ids, and adds their postings; with `droppingBodies`
        /// the index keeps each page without its text (a build that writes the texts as it goes).
        mutating func add(_ block: some Collection<SearchDocument>, droppingBodies: Bool = false) {
            let start = documents.count
            documents += block
            let (end, reusable, keepingWeights, documents) = (documents.count, reusable, keepingWeights, documents)
            let ticker = StageTicker.current
            ticker?.expect(block.count)
            let firsts = Array(stride(from: start, to: end, by: SearchIndex.chunkSize))
            let chunks = firsts.parallelMap(counted: false) { first in
                PostingsChunk(documents[first..<min(first + SearchIndex.chunkSize, end)], reusing: reusable, keepingWeights: keepingWeights) {
                    ticker?.tick()
                }
            }
            for (first, chunk) in zip(firsts, chunks) {
                for (id, term) in chunk.terms.enumerated() { postings[term, default: []] += chunk.postings[id] }
                for (offset, terms) in chunk.weighed.enumerated() where kept[documents[first + offset].path] == nil {
                    kept[documents[first + offset].path] = (documents[first + offset], terms)
                }
            }
            if droppingBodies { for id in start..<end { self.documents[id].body = "" } }
        }

        /// The index of every page added.
        func index() -> SearchIndex {
            SearchIndex(
                documents: documents,
                terms: postings.map { (term: $0.key, postings: $0.value) }.sorted { $0.term.utf16.lexicographicallyPrecedes($1.term.utf16) },
                weights: kept, changedTerms: nil)
        }
    }
}
