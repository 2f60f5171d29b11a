extension SearchIndex {
    /// Writes the display records (`search/docs/<n>.json`) of pages given a block at a time, in id order,
    /// as each file fills: a build that writes as it goes then holds no page's title or summary for them.
    struct RecordShards {
        private let strings: InterfaceStrings
        private var lines: [String] = []
        private var written = 0

        /// Records showing dates and labels with `strings`.
        init(strings: InterfaceStrings) { self.strings = strings }

        /// Adds the next pages' records, writing into `output` each file they fill.
        mutating func add(_ documents: some Sequence<SearchDocument>, into output: StagingFolder) throws {
            for document in documents {
                lines.append(SearchIndex.record(document, strings: strings))
                if lines.count == SearchIndex.docShardSize { try flush(into: output) }
            }
        }

        /// Writes the last file, if records are left.
        mutating func finish(into output: StagingFolder) throws {
            if !lines.isEmpty { try flush(into: output) }
        }

        private mutating func flush(into output: StagingFolder) throws {
            try output.write(OutputFile(path: SearchIndex.shardPath("docs", written), contents: SearchIndex.entries(lines)))
            (lines, written) = ([], written + 1)
        }
    }
}
