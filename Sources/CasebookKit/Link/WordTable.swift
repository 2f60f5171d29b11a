import Foundation

/// Values by word, looked up straight from a text's bytes with ASCII letters folded to lower case, so
/// that a scanner can ask about every word it reads without making a `String` of it.
///
/// Words match as `String`s do. An ASCII word is looked up by its bytes: no other spelling is canonically
/// equivalent to a lower-case ASCII word. So is a word of letters that compose with nothing (most of Latin,
/// Greek, Cyrillic, Arabic…), against the keys' composed forms: such a word is already composed, and
/// equal strings compose alike. Any other word is made into a `String` and looked up as one.
///
/// A class: the scanner asks a shared table about every word, and a struct of five arrays was copied,
/// five retains and releases, at each question.
final class WordTable<Value: Sendable>: Sendable {
    /// Where a key's bytes are in `keyBytes`, and its value's index; `value` is -1 for an empty slot.
    private struct Slot: Sendable {
        var key: Range<Int> = 0..<0
        var value = -1
    }

    /// Open addressing with linear probing, a power of two long and at most an eighth full, so that most
    /// words not in the table stop at the first slot they look at. The ASCII keys and the other plain keys
    /// have a table each: a Russian name's many case forms do not spread the ASCII one out of cache.
    private let asciiSlots: [Slot]
    private let plainSlots: [Slot]
    private let keyBytes: [UInt8]
    private let values: [Value]
    /// Every word, for words with a letter that may compose with another.
    private let byString: [String: Value]

    /// A table of `values`, whose keys are folded words.
    init(_ values: [String: Value]) {
        byString = values
        var ascii: [([UInt8], Value)] = [], plain: [([UInt8], Value)] = []
        for (word, value) in values where !word.isEmpty {
            let composed = Array(word.precomposedStringWithCanonicalMapping.utf8)
            if composed.allSatisfy({ $0 < 0x80 }) {
                ascii.append((composed, value))
            } else if Self.isPlain(composed[...]) {
                plain.append((composed, value))
            }
        }
        var (keyBytes, values): ([UInt8], [Value]) = ([], [])
        asciiSlots = Self.slots(of: ascii, keyBytes: &keyBytes, values: &values)
        plainSlots = Self.slots(of: plain, keyBytes: &keyBytes, values: &values)
        (self.keyBytes, self.values) = (keyBytes, values)
    }

    /// The slots of `keys`, whose bytes and values are added to `keyBytes` and `values`.
    private static func slots(of keys: [([UInt8], Value)], keyBytes: inout [UInt8], values: inout [Value]) -> [Slot] {
        var capacity = 8
        while capacity < keys.count * 8 { capacity *= 2 }
        var slots = Array(repeating: Slot(), count: capacity)
        for (word, value) in keys {
            let key = keyBytes.count..<keyBytes.count + word.count
            keyBytes += word
            var slot = Self.hash(count: word.count) { Tokenizer.fold(word[$0]) } & (capacity - 1)
            while slots[slot].value >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: key, value: values.count)
            values.append(value)
        }
        return slots
    }

    /// The value of the word `token` of `text`, folded; nil if the table does not have it.
    func value(of token: Token, in text: [UInt8]) -> Value? {
        let range = token.range
        guard token.isASCII else {
            return Tokenizer.withFolded(text[range]) { folded in
                guard Self.isPlain(folded) else { return byString[String(decoding: folded, as: UTF8.self)] }
                let hash = Self.hash(count: folded.count) { folded[$0] }
                if folded.allSatisfy({ $0 < 0x80 }) { return value(in: asciiSlots, hash: hash) { $0.elementsEqual(folded) } }
                return value(in: plainSlots, hash: hash) { $0.elementsEqual(folded) }
            }
        }
        let hash = Self.hash(count: range.count) { Tokenizer.fold(text[range.lowerBound + $0]) }
        return value(in: asciiSlots, hash: hash) { token.reads($0, folding: true, in: text) }
    }

    /// The value of the first key from slot `hash` on that `matches`, until an empty slot.
    private func value(in slots: [Slot], hash: Int, where matches: (ArraySlice<UInt8>) -> Bool) -> Value? {
        var slot = hash & (slots.count - 1)
        while true {
            let candidate = slots[slot]
            if candidate.value < 0 { return nil }
            if matches(keyBytes[candidate.key]) { return values[candidate.value] }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Whether a word is ASCII and two-byte letters that compose with nothing: letters or numbers of
    /// combining class 0 that are their own composed form.
    static func isPlain<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        PlainLetters.twoByte.withUnsafeBufferPointer { twoByte in
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                guard byte >= 0xC2, byte < 0xE0, index + 1 < bytes.endIndex else { return false }
                guard twoByte[(Int(byte & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)) - 0x80] else { return false }
                index += 2
            }
            return true
        }
    }

    /// A hash of a folded word of `count` bytes, `byte(i)` its `i`th, from its length and its first two and
    /// last two bytes, which tell most words apart without reading all of them.
    private static func hash(count: Int, _ byte: (Int) -> UInt8) -> Int {
        let last = count - 1
        let start = UInt64(byte(0)) << 8 | UInt64(byte(min(1, last))), end = UInt64(byte(max(last - 1, 0))) << 8 | UInt64(byte(last))
        let key = UInt64(count) << 32 | start << 16 | end
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}

/// The two-byte letters `WordTable.isPlain` allows, worked out once.
private enum PlainLetters {
    /// For each scalar from U+0080 to U+07FF, whether it is a plain letter in `isPlain`'s sense.
    static let twoByte: [Bool] = (0x80..<0x800).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.isLetterOrNumber && scalar.properties.canonicalCombiningClass.rawValue == 0
            && String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar])
    }
}
