extension SearchIndex {
    /// Cuts terms given one at a time, in UTF-16 order, into term shards of bounded size: a shard closes
    /// once its JSON passes `termShardBytes` and another term comes. Each shard closed is handed back to
    /// be written; the writer keeps its bytes only when asked to (an index whose files are kept).
    struct TermShardWriter {
        /// The shards closed so far, in order.
        private(set) var shards: [TermShard] = []
        private let keepsBytes: Bool
        private var bytes: [UInt8] = []
        private var first = "", last = "", count = 0

        init(keepingBytes keepsBytes: Bool) { self.keepsBytes = keepsBytes }

        /// Whether the next term starts a shard, so that a whole shard of an earlier index may come instead.
        var startsShard: Bool { count == 0 || bytes.count >= SearchIndex.termShardBytes }

        /// Adds a term with its postings; returns the shard this closed, if any.
        mutating func add(_ term: String, _ postings: [Posting]) -> OutputFile? {
            let closed = count > 0 && bytes.count >= SearchIndex.termShardBytes ? close(full: true) : nil
            if count == 0 {
                bytes = Array("{\n".utf8)
                bytes.reserveCapacity(SearchIndex.termShardBytes + 4096)
                first = term
            } else {
                bytes += ",\n".utf8
            }
            SearchIndex.append(term, postings, to: &bytes)
            (last, count) = (term, count + 1)
            return closed
        }

        /// Puts an earlier index's shard next, unchanged; returns the shard this closed, if any.
        mutating func reuse(_ shard: TermShard) -> OutputFile? {
            let closed = count > 0 ? close(full: true) : nil
            shards.append(shard)
            return closed
        }

        /// Closes the last shard, or makes an empty one for an index without terms; returns it, if any.
        mutating func finish() -> OutputFile? {
            if count > 0 { return close(full: false) }
            guard shards.isEmpty else { return nil }
            bytes = Array("{\n".utf8)
            return close(full: false)
        }

        private mutating func close(full: Bool) -> OutputFile {
            bytes += "\n}\n".utf8
            let file = OutputFile(path: SearchIndex.shardPath("terms", shards.count), contents: bytes)
            shards.append(TermShard(first: first, last: last, count: count, full: full, bytes: keepsBytes ? bytes : []))
            (bytes, first, last, count) = ([], "", "", 0)
            return file
        }
    }
}
