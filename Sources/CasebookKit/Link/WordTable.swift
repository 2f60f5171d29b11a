import Foundation

/// Values by word, looked up straight from a text's bytes with ASCII letters folded to lower case, so
/// that a scanner can ask about every word it reads without making a `String` of it.
///
/// Words match as `String`s do. An ASCII word is looked up by its bytes: no other spelling is canonically
/// equivalent to a lower-case ASCII word. So is a word of letters that compose with nothing (most of Latin,
/// Greek, Cyrillic, Arabic…), against the keys' composed forms: such a word is already composed, and
/// equal strings compose alike. Any other word is made into a `String` and looked up as one.
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
    /// Every word, for words with a letter that may compose with another.
    private let byString: [String: Value]
    /// The words whose composed form is of plain letters (`isPlain`), by that form's bytes.
    private let byPlainBytes: [[UInt8]: Value]

    /// A table of `values`, whose keys are folded words.
    init(_ values: [String: Value]) {
        byString = values
        var plain: [[UInt8]: Value] = [:]
        for (word, value) in values {
            let composed = Array(word.precomposedStringWithCanonicalMapping.utf8)
            if Self.isPlain(composed[...]) { plain[composed] = value }
        }
        byPlainBytes = plain
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
        guard token.isASCII else {
            let folded = Tokenizer.fold(text[range])
            return Self.isPlain(folded[...]) ? byPlainBytes[folded] : byString[String(decoding: folded, as: UTF8.self)]
        }
        var slot = Self.hash(text, range) & (slots.count - 1)
        while true {
            let candidate = slots[slot]
            if candidate.value < 0 { return nil }
            if token.reads(keyBytes[candidate.key], folding: true, in: text) { return values[candidate.value] }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Whether a word is ASCII and two-byte letters that compose with nothing: letters or numbers of
    /// combining class 0 that are their own composed form.
    static func isPlain(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard byte >= 0xC2, byte < 0xE0, index + 1 < bytes.endIndex else { return false }
            guard PlainLetters.twoByte[(Int(byte & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)) - 0x80] else { return false }
            index += 2
        }
        return true
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

/// The two-byte letters `WordTable.isPlain` allows, worked out once.
private enum PlainLetters {
    /// For each scalar from U+0080 to U+07FF, whether it is a plain letter in `isPlain`'s sense.
    static let twoByte: [Bool] = (0x80..<0x800).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.isLetterOrNumber && scalar.properties.canonicalCombiningClass.rawValue == 0
            && String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar])
    }
}
