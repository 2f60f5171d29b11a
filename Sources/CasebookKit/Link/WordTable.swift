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

    /// Open addressing with linear probing; a power of two long and at most half full, so that most
    /// words not in the table stop at the first slot they look at.
    private var slots: [Slot]
    private var keyBytes: [UInt8] = []
    private var values: [Value] = []
    /// Every word, for words that are not ASCII.
    private let byString: [String: Value]

    /// A table of `values`, whose keys are folded words.
    init(_ values: [String: Value]) {
        byString = values
        var capacity = 8
        while capacity < values.count * 2 { capacity *= 2 }
        slots = Array(repeating: Slot(), count: capacity)
        for (word, value) in values where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let key = keyBytes.count..<keyBytes.count + word.utf8.count
            keyBytes += word.utf8
            var slot = Self.hash(keyBytes, key)! & (capacity - 1)
            while slots[slot].value >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: key, value: self.values.count)
            self.values.append(value)
        }
    }

    /// The value of the word `text[range]`, folded; nil if the table does not have it.
    func value(of text: [UInt8], _ range: Range<Int>) -> Value? {
        guard let hash = Self.hash(text, range) else {
            return byString[Tokenizer.fold(String(decoding: text[range], as: UTF8.self))]
        }
        var slot = hash & (slots.count - 1)
        while true {
            let candidate = slots[slot]
            if candidate.value < 0 { return nil }
            if candidate.key.count == range.count, zip(keyBytes[candidate.key], text[range]).allSatisfy({ $0 == Tokenizer.fold($1) }) {
                return values[candidate.value]
            }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// FNV-1a of the folded bytes; nil if they are not all ASCII.
    private static func hash(_ text: [UInt8], _ range: Range<Int>) -> Int? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            let byte = text[index]
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(Tokenizer.fold(byte))) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ hash >> 32)
    }
}
