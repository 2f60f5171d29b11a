#if canImport(Glibc)
import Glibc
#endif

/// Finding bytes in bytes with `memchr` and `memcmp`: Foundation's `range(of:)` bridges to `NSString`, and
/// the standard library's generic `firstRange(of:)` compares element by element through indexes.
enum ByteSearch {
    /// The offset of the first `needle` in `haystack` at or after `start`.
    static func firstOffset(of needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int = 0) -> Int? {
        guard !needle.isEmpty, start >= 0, haystack.count - start >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let base = hay.baseAddress!
                var offset = start
                let last = hay.count - pin.count
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(pin[0]), last - offset + 1) else { return nil }
                    offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, pin.baseAddress!, pin.count) == 0 { return offset }
                    offset += 1
                }
                return nil
            }
        }
    }

    /// Whether `text` holds `needle`.
    static func contains(_ needle: String, in text: String) -> Bool {
        firstOffset(of: Array(needle.utf8), in: Array(text.utf8)[...]) != nil
    }
}
