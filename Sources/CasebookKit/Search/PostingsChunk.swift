/// The postings of a run of consecutive pages, gathered on one thread for `SearchIndex` to join.
///
/// The run numbers its terms in a table of its own, so its pages are weighed without a `String` a
/// word, and joining the runs looks each term up once a run rather than once a page.
struct PostingsChunk: Sendable {
    /// The run's distinct terms, by id.
    private(set) var terms: [String] = []
    /// Each term's postings, by id, in page order.
    private(set) var postings: [[SearchIndex.Posting]] = []
    /// Each page's terms and weights, when they are kept.
    private(set) var weighed: [[(String, UInt8)]] = []

    /// Weighs `documents`, whose positions are their ids; a page equal to its entry in `reusable` takes
    /// the weights found there. `tick` is called once a page.
    init(
        _ documents: ArraySlice<SearchDocument>, reusing reusable: [String: (document: SearchDocument, terms: [(String, UInt8)])],
        keepingWeights: Bool, tick: () -> Void
    ) {
        var weights = TermWeights(expected: 4096)
        var folder = SearchText()
        for id in documents.indices {
            let document = documents[id]
            if let memo = reusable[document.path], memo.document == document {
                for (term, weight) in memo.terms { weights.set(Array(term.utf8), Int(weight)) }
            } else {
                weights.weigh(document, folding: &folder)
            }
            let page = weights.take()
            while terms.count < weights.table.count {
                terms.append(weights.table.term(terms.count))
                postings.append([])
            }
            for (term, weight) in page { postings[term].append(SearchIndex.Posting(document: Int32(id), weight: weight)) }
            if keepingWeights { weighed.append(page.map { (terms[$0.id], $0.weight) }) }
            tick()
        }
    }
}
