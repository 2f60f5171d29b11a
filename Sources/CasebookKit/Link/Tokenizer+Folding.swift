extension Tokenizer {
    /// A word as matching compares it: lower case, Latin letters without accents (é as e), ё as е, ’ as '.
    static func fold(_ text: String) -> String { String(decoding: fold(Array(text.utf8)[...]), as: UTF8.self) }

    /// `fold` of UTF-8 bytes, a byte or a table lookup per character: every non-ASCII word of a text is folded
    /// to be looked up. Two-byte characters (Latin, Greek, Cyrillic, combining accents) fold fully; longer ones
    /// are kept as they are, but for the curly apostrophes.
    static func fold(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count * TwoByteFolds.growth) { buffer, count in count = fold(bytes, into: buffer) }
    }

    /// Calls `body` with `fold` of `bytes` in a buffer of the stack: a word looked up allocates nothing.
    static func withFolded<Result>(_ bytes: ArraySlice<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * TwoByteFolds.growth) { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[..<fold(bytes, into: buffer)]))
        }
    }

    /// Writes `fold` of `bytes` into `buffer`, at least `TwoByteFolds.growth` times as long; returns its length.
    private static func fold(_ bytes: ArraySlice<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        // The tables are taken once: a static's every use checks that it was made, and this runs for every letter.
        TwoByteFolds.bytes.withUnsafeBufferPointer { folds in
            TwoByteFolds.ends.withUnsafeBufferPointer { ends in
                bytes.withUnsafeBufferPointer { bytes in
                    var count = 0
                    var index = 0
                    while index < bytes.count {
                        let byte = bytes[index]
                        let length = min(byte.utf8SequenceLength, bytes.count - index)
                        if byte < 0x80 {
                            buffer[count] = fold(byte)
                            count += 1
                        } else if length == 2, byte >= 0xC2 {
                            let offset = (Int(byte & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)) - 0x80
                            for position in (offset == 0 ? 0 : ends[offset - 1])..<ends[offset] {
                                buffer[count] = folds[position]
                                count += 1
                            }
                        } else if length == 3, byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99 {
                            buffer[count] = 0x27
                            count += 1
                        } else {
                            for offset in 0..<length { buffer[count + offset] = bytes[index + offset] }
                            count += length
                        }
                        index += length
                    }
                    return count
                }
            }
        }
    }

    /// Letters that fold to another: accented Latin letters to plain ones, `ё` to `е`, the modifier apostrophe to `'`.
    static let plainLetters: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåā", "a"), ("çćč", "c"), ("èéêëēę", "e"), ("ìíîïī", "i"), ("ñń", "n"), ("òóôõöøō", "o"),
            ("ùúûüū", "u"), ("ýÿ", "y"), ("ё", "е"), ("ʼ", "'"),
        ]
        var letters: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (accented, plain) in groups {
            for scalar in accented.unicodeScalars { letters[scalar] = plain }
        }
        return letters
    }()

    /// The length of the apostrophe at `index` (`'` or `’`) if a word follows it; nil otherwise.
    static func apostropheWidth(_ text: [UInt8], _ index: Int) -> Int? {
        let width = text[index] == 0x27 ? 1 : text[index] == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80
            && text[index + 2] == 0x99 ? 3 : 0
        return width > 0 && index + width < text.count && isWordStart(text, index + width) ? width : nil
    }

    /// Whether `word` is a French elided word that an apostrophe joins to the next: `l'`, `d'`, `qu'`.
    static func isElision(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count <= 7, word.allSatisfy({ $0 < 0x80 }) else { return false }
        return elisions.contains(String(decoding: word.lazy.map(fold), as: UTF8.self))
    }

    private static let elisions: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu"]
}

/// Each two-byte character (U+0080 to U+07FF) folded, as UTF-8, end to end in one array; where the
/// `n`th ends is `ends[n]`.
private enum TwoByteFolds {
    static let (bytes, ends): ([UInt8], [Int]) = {
        var bytes: [UInt8] = [], ends: [Int] = []
        for value in 0x80..<0x800 {
            var scalars = String.UnicodeScalarView()
            // `й` keeps its breve: it is a letter of its own, not an accented `и`.
            for scalar in String(Unicode.Scalar(UInt32(value))!).lowercased().unicodeScalars
            where !(0x300...0x36F).contains(scalar.value) || scalar.value == 0x306 {
                scalars.append(Tokenizer.plainLetters[scalar] ?? scalar)
            }
            bytes += String(scalars).utf8
            ends.append(bytes.count)
        }
        return (bytes, ends)
    }()

    /// How many times longer than its UTF-8 a text may be folded: a two-byte character's fold is at most this many pairs.
    static let growth = max(1, zip([0] + ends, ends).map { ($1 - $0 + 1) / 2 }.max() ?? 1)
}
