/// A text reduced to what a reader would recognise a name by: the skeletons of its words, end to end.
///
/// Escapes are decoded (HTML entities, percent and `\u` escapes), markup is passed over (attribute values
/// are read as text of their own, after the text), compatibility forms, case and marks are folded, Cyrillic
/// and Greek are read in Latin letters, and whatever lies between the letters of a word (joiners, soft
/// hyphens, marks, inline tags) is dropped; between words there is nothing either, so a name is found
/// however it is split, spaced or joined. `starts` keeps where words began, for short names matched whole.
struct FoldedText: Sendable {
    /// Whether the bytes are markup (HTML, XML, SVG) or plain text (Markdown, JSON, CSV, YAML).
    enum Markup: Sendable {
        case markup, plain
    }

    /// The skeletons of the words, end to end.
    var keys: [UInt8] = []
    /// For each byte of `keys`, the offset in the source of the word it comes from; empty unless tracked
    /// (finding where a hit is costs a second reading, which only a hit needs).
    var origins: [Int32] = []
    /// Whether `origins` are kept.
    var tracksOrigins = true
    /// For each byte of `keys`, whether a word starts there.
    var starts: [Bool] = []

    /// Folds UTF-8 bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>, markup: Markup, tracksOrigins: Bool = true) {
        let buffer = FoldBuffer.take(capacity: bytes.count / 2, tracksOrigins: tracksOrigins)
        var reader = Reader(bytes, markup: markup, into: buffer)
        reader.read()
        self = buffer.text
        buffer.giveBack()
    }

    /// Folds a string as plain text.
    init(_ text: String) {
        var copy = text
        self = copy.withUTF8 { FoldedText($0, markup: .plain) }
    }

    /// Folds bytes.
    init(_ bytes: [UInt8], markup: Markup, tracksOrigins: Bool = true) {
        self = bytes.withUnsafeBufferPointer { FoldedText($0, markup: markup, tracksOrigins: tracksOrigins) }
    }

    init() {}

    /// Whether a match of `length` bytes ending at `end` starts and ends on word boundaries.
    func isWhole(end: Int, length: Int) -> Bool {
        starts[end - length + 1] && (end + 1 == keys.count || starts[end + 1])
    }

    /// The skeletons of each word, in order.
    var words: [[UInt8]] {
        var words: [[UInt8]] = []
        for (index, byte) in keys.enumerated() {
            if starts[index] { words.append([]) }
            words[words.count - 1].append(byte)
        }
        return words
    }
}
