/// The growing output of a reading, and its word buffers, in memory it manages itself: the sweep reads
/// every byte of a site, and array appends (a uniqueness and a capacity check each) were most of its time.
final class FoldBuffer {
    private(set) var keys: UnsafeMutablePointer<UInt8>
    private(set) var starts: UnsafeMutablePointer<Bool>
    private(set) var origins: UnsafeMutablePointer<Int32>?
    private(set) var count = 0
    private var capacity: Int
    /// The letters of the word being read.
    let word: UnsafeMutablePointer<UInt8>
    static let wordCapacity = 4096
    /// The word with its digraphs and letters mapped, before glides and doubles go.
    let mapped: UnsafeMutablePointer<UInt8>

    init(capacity: Int, tracksOrigins: Bool) {
        self.capacity = max(64, capacity)
        keys = .allocate(capacity: self.capacity)
        starts = .allocate(capacity: self.capacity)
        origins = tracksOrigins ? .allocate(capacity: self.capacity) : nil
        word = .allocate(capacity: Self.wordCapacity)
        mapped = .allocate(capacity: Self.wordCapacity * 2 + 8)
    }

    deinit {
        keys.deallocate()
        starts.deallocate()
        origins?.deallocate()
        word.deallocate()
        mapped.deallocate()
    }

    private func grow(to grown: Int) {
        keys = Self.moved(keys, count: count, to: grown)
        starts = Self.moved(starts, count: count, to: grown)
        origins = origins.map { Self.moved($0, count: count, to: grown) }
        capacity = grown
    }

    /// Where the keys of a word of at most `limit` keys go: `commitWord` then counts those written there.
    @inline(__always)
    func wordKeys(limit: Int) -> UnsafeMutablePointer<UInt8> {
        if count + limit > capacity { grow(to: max(capacity * 2, count + limit)) }
        return keys + count
    }

    /// Counts the `written` keys of a word from `origin` in the source.
    @inline(__always)
    func commitWord(_ written: Int, origin: Int) {
        for offset in 0..<written { starts[count + offset] = offset == 0 }
        if let origins {
            for offset in 0..<written { origins[count + offset] = Int32(clamping: origin) }
        }
        count += written
    }

    /// The reading as values.
    var text: FoldedText {
        var text = FoldedText()
        text.keys = Array(UnsafeBufferPointer(start: keys, count: count))
        text.starts = Array(UnsafeBufferPointer(start: starts, count: count))
        text.origins = origins.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        text.tracksOrigins = origins != nil
        return text
    }

    private static func moved<T>(_ old: UnsafeMutablePointer<T>, count: Int, to capacity: Int) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: count)
        old.deallocate()
        return new
    }
}
