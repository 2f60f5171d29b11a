import Foundation

extension PostingsSpill {
    /// A term's UTF-16 code units: runs are sorted, and merged, in the order of JavaScript's `<`.
    static func units(of term: String) -> [UInt16] { Array(term.utf16) }

    /// Whether `first` sorts before `second`.
    static func precedes(_ first: [UInt16], _ second: [UInt16]) -> Bool { first.lexicographicallyPrecedes(second) }

    /// One term of a run: its code units, then its postings as pairs of id gap and weight.
    static func encode(_ units: [UInt16], _ postings: [SearchIndex.Posting], into record: inout [UInt8]) {
        record.appendVarint(units.count)
        for unit in units { record.appendVarint(Int(unit)) }
        record.appendVarint(postings.count)
        var last: Int32 = 0
        for posting in postings {
            record.appendVarint(Int(posting.document - last))
            record.append(posting.weight)
            last = posting.document
        }
    }

    /// Reads one run of a spill back, a term at a time, through a buffer of its own.
    struct Cursor {
        private let file: ScratchFile
        private var next: Int
        private let end: Int
        private var buffer: [UInt8] = []
        private var position = 0
        /// The term the cursor is at, or nil past the run's last.
        private(set) var term: [UInt16]?
        /// The postings of `term`, in page order.
        private(set) var postings: [SearchIndex.Posting] = []

        /// A cursor at the first term of `run`, the range of `file` the run fills.
        init(_ file: ScratchFile, run: Range<Int>) throws {
            (self.file, next, end) = (file, run.lowerBound, run.upperBound)
            try advance()
        }

        /// Moves to the run's next term.
        mutating func advance() throws {
            guard position < buffer.count || next < end else {
                term = nil
                return
            }
            try fill(Swift.min(10, buffer.count - position + end - next))
            let length = buffer.varint(at: &position)
            try fill(length)
            var cursor = position
            term = (0..<buffer.varint(at: &cursor)).map { _ in UInt16(buffer.varint(at: &cursor)) }
            var document: Int32 = 0
            postings = (0..<buffer.varint(at: &cursor)).map { _ in
                document += Int32(buffer.varint(at: &cursor))
                defer { cursor += 1 }
                return SearchIndex.Posting(document: document, weight: buffer[cursor])
            }
            position += length
        }

        /// Makes sure the buffer holds `count` bytes from `position`, reading what the run has next.
        private mutating func fill(_ count: Int) throws {
            guard buffer.count - position < count else { return }
            buffer.removeSubrange(0..<position)
            position = 0
            let wanted = Swift.min(end - next, Swift.max(count - buffer.count, Self.readSize))
            guard wanted >= count - buffer.count, let data = file.read(count: wanted, at: next) else {
                throw WriteFailure(EIO, path: PostingsSpill.fileName)
            }
            buffer += data
            next += wanted
        }

        private static let readSize = 256 * 1024
    }
}
