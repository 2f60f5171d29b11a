import Foundation

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
        /// Whether the index is a build's that writes as it goes (see `init(spillingInto:after:)`).
        private let writesAsItGoes: Bool
        private var spill: PostingsSpill?
        private let spillSize: Int
        private var held = 0
        private var failure: (any Error)?

        /// An empty index; pages equal to one of `reusable` take its weights, and with `keepingWeights`
        /// the index keeps its own for the next build to reuse.
        init(reusing reusable: [String: (document: SearchDocument, terms: [(String, UInt8)])] = [:], keepingWeights: Bool) {
            (self.reusable, self.keepingWeights, writesAsItGoes, spillSize) = (reusable, keepingWeights, false, 0)
        }

        /// An empty index for a build that writes as it goes: it sets its postings down in a scratch file
        /// in the first of `folders` that takes one, each time it holds `spillSize` of them, for `write` to
        /// merge back; it keeps of each page only its date and filter values, and leaves the display
        /// records to `RecordShards`.
        init(spillingInto folders: [URL], after spillSize: Int = Self.spillSize) {
            (reusable, keepingWeights, writesAsItGoes, self.spillSize) = ([:], false, true, spillSize)
            spill = PostingsSpill(in: folders)
        }

        /// Postings held before they are set down: 64 MB of them, a sixth of a 100,000-case build's.
        static let spillSize = 1 << 24

        /// Weighs the next pages, which take the next ids, and adds their postings.
        mutating func add(_ block: some Collection<SearchDocument>) {
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
                for (id, term) in chunk.terms.enumerated() {
                    postings[term, default: []] += chunk.postings[id]
                    held += chunk.postings[id].count
                }
                for (offset, terms) in chunk.weighed.enumerated() where kept[documents[first + offset].path] == nil {
                    kept[documents[first + offset].path] = (documents[first + offset], terms)
                }
            }
            if writesAsItGoes { for id in start..<end { self.documents[id] = self.documents[id].filters } }
            if held >= spillSize, failure == nil, spill != nil { setDown() }
        }

        /// Sets the postings held down as a run; a failure is thrown by `write`, and nothing more is set down.
        private mutating func setDown() {
            do {
                try spill?.add(postings)
                (postings, held) = ([:], 0)
            } catch {
                failure = error
            }
        }

        /// Writes the index's files but the display records into `output`, each term shard as soon as it
        /// is made, merging the postings set down with those held.
        mutating func write(strings: InterfaceStrings, into output: StagingFolder) throws {
            var writer = TermShardWriter(keepingBytes: false)
            func add(_ term: String, _ postings: [Posting]) throws {
                if let closed = writer.add(term, postings) { try output.write(closed) }
            }
            if spill?.isEmpty == false {
                // Setting down the postings held adds the last run: the spill is read only after it.
                setDown()
                if let failure { throw failure }
                try spill?.merge(add)
            } else {
                for (term, postings) in index().terms { try add(term, postings) }
            }
            if let closed = writer.finish() { try output.write(closed) }
            let index = SearchIndex(documents: documents, terms: [], weights: [:], changedTerms: nil)
            try output.write(index.files(shards: writer.shards, strings: strings, reusing: nil, texts: false, records: false).files)
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
