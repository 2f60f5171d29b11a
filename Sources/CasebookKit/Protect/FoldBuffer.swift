import Foundation

/// The growing output of a reading, and its word buffers, in memory it manages itself: the sweep reads
/// every byte of a site, and array appends (a uniqueness and a capacity check each) were most of its time.
/// Buffers are reused from reading to reading, keeping their memory and their `cache` of skeletons.
final class FoldBuffer {
    private(set) var keys: UnsafeMutablePointer<UInt8>
    private(set) var starts: UnsafeMutablePointer<Bool>
    private(set) var origins: UnsafeMutablePointer<Int32>
    /// Whether `origins` are written.
    private(set) var tracksOrigins = false
    private(set) var count = 0
    private var capacity = 64
    /// The letters of the word being read.
    let word: UnsafeMutablePointer<UInt8>
    static let wordCapacity = 4096
    /// The word with its digraphs and letters mapped, before glides and doubles go.
    let mapped: UnsafeMutablePointer<UInt8>
    let cache = SkeletonCache()

    /// Buffers given back, and the largest capacity worth keeping (a few large files should not hold memory).
    nonisolated(unsafe) private static var spare: [FoldBuffer] = []
    private static let spareLock = NSLock()
    private static let largestKept = 1 << 22

    private init() {
        keys = .allocate(capacity: capacity)
        starts = .allocate(capacity: capacity)
        origins = .allocate(capacity: capacity)
        word = .allocate(capacity: Self.wordCapacity)
        word.initialize(repeating: 0, count: Self.wordCapacity)
        mapped = .allocate(capacity: Self.wordCapacity * 2 + 8)
    }

    /// An empty buffer with room for `capacity` keys: one given back earlier, or a new one.
    static func take(capacity: Int, tracksOrigins: Bool) -> FoldBuffer {
        let buffer = spareLock.withLock { spare.popLast() } ?? FoldBuffer()
        buffer.count = 0
        buffer.tracksOrigins = tracksOrigins
        if capacity > buffer.capacity { buffer.grow(to: capacity) }
        return buffer
    }

    /// Gives the buffer back for another reading; it must not be used after.
    func giveBack() {
        guard capacity <= Self.largestKept else { return }
        Self.spareLock.withLock { Self.spare.append(self) }
    }

    deinit {
        keys.deallocate()
        starts.deallocate()
        origins.deallocate()
        word.deallocate()
        mapped.deallocate()
    }

    private func grow(to grown: Int) {
        keys = Self.moved(keys, count: count, to: grown)
        starts = Self.moved(starts, count: count, to: grown)
        origins = Self.moved(origins, count: count, to: grown)
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
        if tracksOrigins {
            for offset in 0..<written { origins[count + offset] = Int32(clamping: origin) }
        }
        count += written
    }

    /// The reading as values.
    var text: FoldedText {
        var text = FoldedText()
        text.keys = Array(UnsafeBufferPointer(start: keys, count: count))
        text.starts = Array(UnsafeBufferPointer(start: starts, count: count))
        text.origins = tracksOrigins ? Array(UnsafeBufferPointer(start: origins, count: count)) : []
        text.tracksOrigins = tracksOrigins
        return text
    }

    private static func moved<T>(_ old: UnsafeMutablePointer<T>, count: Int, to capacity: Int) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: count)
        old.deallocate()
        return new
    }
}
