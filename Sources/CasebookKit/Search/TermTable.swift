/// Distinct terms numbered in the order they are met, found by their UTF-8 bytes.
///
/// Pages repeat most of their words, and neighbouring pages most of each other's: a dictionary keyed
/// by `String` made a string and a SipHash for every word. Here a word costs an FNV-1a hash and a
/// probe, and a `String` is made once per distinct term. Terms are equal when their bytes are, as they
/// are for the script that looks them up.
struct TermTable {
    private struct Span {
        var start: Int
        var count: Int
        var hash: UInt64
    }

    /// Every distinct term's bytes, one after the other.
    private var arena: [UInt8] = []
    private var spans: [Span] = []
    /// Open addressing over `spans`: a term's id plus one, or 0 for an empty slot.
    private var slots: [Int32]

    /// A table sized for about `expected` distinct terms.
    init(expected: Int) {
        var size = 64
        while size < expected * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        spans.reserveCapacity(expected)
        arena.reserveCapacity(expected * 8)
    }

    /// How many distinct terms the table holds; their ids are `0..<count`.
    var count: Int { spans.count }

    /// The term's id, a new one if the term was not met before.
    mutating func id(of term: [UInt8]) -> Int {
        let hash = term.fnv1a
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let found = Int(slots[slot]) - 1
            if spans[found].hash == hash, holds(term, at: spans[found]) { return found }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(spans.count + 1)
        spans.append(Span(start: arena.count, count: term.count, hash: hash))
        arena.append(contentsOf: term)
        if spans.count * 2 > slots.count { grow() }
        return spans.count - 1
    }

    /// The term with id `id`.
    func term(_ id: Int) -> String {
        let span = spans[id]
        return arena.withUnsafeBufferPointer { arena in
            String(decoding: UnsafeBufferPointer(rebasing: arena[span.start..<span.start + span.count]), as: UTF8.self)
        }
    }

    private func holds(_ term: [UInt8], at span: Span) -> Bool {
        guard span.count == term.count else { return false }
        for offset in 0..<term.count where arena[span.start + offset] != term[offset] { return false }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, span) in spans.enumerated() {
            var slot = Int(truncatingIfNeeded: span.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }
}
