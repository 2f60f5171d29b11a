#if canImport(Glibc)
import Glibc
#endif

/// Finding bytes in bytes with `memchr` and `memcmp`: Foundation's `range(of:)` bridges to `NSString`, and
/// the standard library's generic `firstRange(of:)` compares element by element through indexes.
enum ByteSearch {
    /// The offset of the first `needle` in `haystack` at or after `start`.
    static func firstOffset(of needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { firstOffset(of: needle, in: $0, from: start) }
    }

    /// Whether `text` holds `needle`, searched in the string's own UTF-8 storage.
    static func contains(_ needle: String, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { firstOffset(of: Array(needle.utf8), in: $0, from: 0) } != nil
    }

    private static func firstOffset(of needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0, hay.count - start >= needle.count else { return nil }
        return needle.withUnsafeBufferPointer { pin in
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
