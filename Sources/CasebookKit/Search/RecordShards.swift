extension SearchIndex {
    /// Writes the display records (`search/docs/<n>.json`) of pages given a block at a time, in id order,
    /// as each file fills: a build that writes as it goes then holds no page's title or summary for them.
    struct RecordShards {
        private var lines: [String] = []
        private var written = 0

        /// Adds the next pages' records (`SearchIndex.record`), writing into `output` each file they fill.
        mutating func add(_ records: some Sequence<String>, into output: StagingFolder) throws {
            for record in records {
                lines.append(record)
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
