import Foundation

/// Postings set down in a scratch file a run at a time while an index is built, and merged back term by
/// term when its shards are written: a build holds one run's postings at a time rather than all of them
/// (about 170 million at 100,000 cases).
///
/// A run is a block of consecutive pages' postings, its terms in UTF-16 order. Runs are made in page
/// order, so a term's postings from each run, taken in run order, are in page order.
struct PostingsSpill {
    let file: ScratchFile
    /// The ranges of `file` the runs fill, in page order.
    private(set) var runs: [Range<Int>] = []

    /// A spill into a scratch file in the first of `folders` that takes one, or nil where none does.
    init?(in folders: [URL]) {
        guard let file = ScratchFile(in: folders, named: "postings") else { return nil }
        self.file = file
    }

    /// Whether no run was set down.
    var isEmpty: Bool { runs.isEmpty }

    /// Sets `postings` down as the next run.
    mutating func add(_ postings: [String: [SearchIndex.Posting]]) throws {
        let start = file.size
        var bytes: [UInt8] = []
        var record: [UInt8] = []
        let terms = postings.keys.map { (key: $0, units: Self.units(of: $0)) }.sorted { Self.precedes($0.units, $1.units) }
        for term in terms {
            record.removeAll(keepingCapacity: true)
            Self.encode(term.units, postings[term.key]!, into: &record)
            bytes.appendVarint(record.count)
            bytes += record
            if bytes.count >= Self.writeSize { try append(&bytes) }
        }
        try append(&bytes)
        runs.append(start..<file.size)
    }

    private mutating func append(_ bytes: inout [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        guard file.append(bytes) != nil else { throw WriteFailure(errno, path: Self.fileName) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// The scratch file as a failure to write or read it names it.
    static let fileName = "the search index's scratch file"

    /// Bytes gathered before each write to the file.
    private static let writeSize = 1 << 20
}
