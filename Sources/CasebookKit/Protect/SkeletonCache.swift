/// The skeletons of words read lately, by their letters: the words of a site recur page after page, and a
/// skeleton copied costs less than one worked out. Holds words of up to 16 bytes, whose skeletons have at most 32.
final class SkeletonCache {
    static let longestWord = 16
    static let longestSkeleton = 32

    /// A word's letters (zero-padded), its length (0: an empty slot) and its skeleton.
    private struct Slot {
        var letters: (UInt64, UInt64) = (0, 0)
        var count: UInt32 = 0
        var skeletonCount: UInt32 = 0
        var skeleton: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    }

    private static let slotBits = 12
    private let slots: UnsafeMutablePointer<Slot>

    init() {
        slots = .allocate(capacity: 1 << Self.slotBits)
        slots.initialize(repeating: Slot(), count: 1 << Self.slotBits)
    }

    deinit { slots.deallocate() }

    /// The letters of a word of at most 16 bytes as two numbers, zero-padded; `word` must be readable for 16 bytes.
    @inline(__always)
    static func letters(of word: UnsafePointer<UInt8>, count: Int) -> (UInt64, UInt64) {
        let raw = UnsafeRawPointer(word)
        let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        return (count >= 8 ? first : first & mask(count), count >= 16 ? second : count <= 8 ? 0 : second & mask(count - 8))
    }

    /// The low `bytes` bytes (fewer than 8) of a number.
    @inline(__always)
    private static func mask(_ bytes: Int) -> UInt64 { (1 << UInt64(bytes * 8)) &- 1 }

    @inline(__always)
    private func slot(for letters: (UInt64, UInt64), count: Int) -> UnsafeMutablePointer<Slot> {
        let hash = (letters.0 &* 0x9E37_79B9_7F4A_7C15) ^ (letters.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        return slots + Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.slotBits))
    }

    /// Copies the skeleton of the word to `keys` (writable for 32 bytes) and returns its length; nil when not held.
    @inline(__always)
    func copySkeleton(of letters: (UInt64, UInt64), count: Int, to keys: UnsafeMutablePointer<UInt8>) -> Int? {
        let slot = slot(for: letters, count: count)
        guard slot.pointee.count == count, slot.pointee.letters == letters else { return nil }
        withUnsafeBytes(of: slot.pointee.skeleton) { UnsafeMutableRawPointer(keys).copyMemory(from: $0.baseAddress!, byteCount: Self.longestSkeleton) }
        return Int(slot.pointee.skeletonCount)
    }

    /// Holds the skeleton of the word, `skeletonCount` bytes at `keys`, in place of the word in its slot.
    func hold(_ letters: (UInt64, UInt64), count: Int, skeleton keys: UnsafePointer<UInt8>, skeletonCount: Int) {
        let slot = slot(for: letters, count: count)
        slot.pointee = Slot(letters: letters, count: UInt32(count), skeletonCount: UInt32(skeletonCount))
        withUnsafeMutableBytes(of: &slot.pointee.skeleton) { $0.baseAddress!.copyMemory(from: keys, byteCount: skeletonCount) }
    }
}
