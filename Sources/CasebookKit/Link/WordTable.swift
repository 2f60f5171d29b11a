/// Values by word, looked up straight from a text's bytes with ASCII letters folded to lower case, so
/// that a scanner can ask about every word it reads without making a `String` of it.
///
/// Words match as `String`s do. An ASCII word is looked up by its bytes: no other spelling is canonically
/// equivalent to a lower-case ASCII word. Any other word is made into a `String` and looked up as one.
struct WordTable<Value: Sendable>: Sendable {
    /// Where an ASCII key's bytes are in `keyBytes`, and its value's index; `value` is -1 for an empty slot.
    private struct Slot: Sendable {
        var key: Range<Int> = 0..<0
        var value = -1
    }

    /// Open addressing with linear probing; a power of two long and at most an eighth full, so that most
    /// words not in the table stop at the first slot they look at.
    private var slots: [Slot]
    private var keyBytes: [UInt8] = []
    private var values: [Value] = []
    /// Every word, for words that are not ASCII.
    private let byString: [String: Value]

    /// A table of `values`, whose keys are folded words.
    init(_ values: [String: Value]) {
        byString = values
        let asciiKeys = values.keys.filter { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }
        var capacity = 8
        // Sized for the ASCII keys only, which it holds: a Russian name's many case forms do not spread it out of cache.
        while capacity < asciiKeys.count * 8 { capacity *= 2 }
        slots = Array(repeating: Slot(), count: capacity)
        for word in asciiKeys {
            let value = values[word]!
            let key = keyBytes.count..<keyBytes.count + word.utf8.count
            keyBytes += word.utf8
            var slot = Self.hash(keyBytes, key) & (capacity - 1)
            while slots[slot].value >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: key, value: self.values.count)
            self.values.append(value)
        }
    }

    /// The value of the word `token` of `text`, folded; nil if the table does not have it.
    func value(of token: Token, in text: [UInt8]) -> Value? {
        let range = token.range
        guard token.isASCII else { return byString[String(decoding: Tokenizer.fold(text[range]), as: UTF8.self)] }
        var slot = Self.hash(text, range) & (slots.count - 1)
        while true {
            let candidate = slots[slot]
            if candidate.value < 0 { return nil }
            if token.reads(keyBytes[candidate.key], folding: true, in: text) { return values[candidate.value] }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// A hash of the folded word from its length and its first two and last two bytes, which tell most words
    /// apart without reading all of them.
    private static func hash(_ text: [UInt8], _ range: Range<Int>) -> Int {
        func byte(_ index: Int) -> UInt64 { UInt64(Tokenizer.fold(text[index])) }
        let first = range.lowerBound, last = range.upperBound - 1
        let start = byte(first) << 8 | byte(min(first + 1, last)), end = byte(max(last - 1, first)) << 8 | byte(last)
        let key = UInt64(range.count) << 32 | start << 16 | end
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}
