/// Finds the sentence around a range of a paragraph's text, so that an instrument page shows a citation with the
/// sentence it stands in, and no other.
enum Sentence {
    /// The most characters a sentence or a citation's words keep: a longer one is cut and ends in `…`.
    static let maximumLength = 600

    /// The sentence of `text` containing `range`, with line breaks as spaces, at most `maximumLength` characters.
    /// `hardBreaks` are the offsets of line breaks the writer forced (in Markdown, a line ending in two spaces or a
    /// backslash): each ends a sentence.
    static func around(_ range: Range<Int>, in text: [UInt8], hardBreaks: Set<Int> = []) -> String {
        var start = range.lowerBound
        while start > 0, !endsSentence(text, at: start - 1, hardBreaks: hardBreaks) { start -= 1 }
        var end = range.upperBound
        while end < text.count, !endsSentence(text, at: end, hardBreaks: hardBreaks) { end += 1 }
        if end < text.count { end += 1 }
        var words: [UInt8] = []
        words.reserveCapacity(end - start)
        var spaceBefore = false
        for byte in text[start..<end] {
            if byte == 0x20 || byte == 0x0A {
                spaceBefore = !words.isEmpty
                continue
            }
            if spaceBefore { words.append(0x20) }
            spaceBefore = false
            words.append(byte)
        }
        return clipped(String(decoding: words, as: UTF8.self))
    }

    /// Whether a sentence ends between the offsets `start` and `end` of `text`.
    static func ends(in text: [UInt8], between start: Int, and end: Int, hardBreaks: Set<Int> = []) -> Bool {
        (start..<min(end, text.count)).contains { endsSentence(text, at: $0, hardBreaks: hardBreaks) }
    }

    /// `text` cut to `maximumLength` characters, the last being `…`, if it is longer.
    static func clipped(_ text: String) -> String {
        text.utf8.count > maximumLength && text.count > maximumLength ? String(text.prefix(maximumLength - 1)) + "…" : text
    }

    /// Whether a sentence ends with the byte at `index`: a full stop, `!`, `?` or `…` (and the quotes or brackets
    /// that close after it) before a space or the end of a line; or a line break that starts a list item, follows
    /// a heading-like line or a `:` before a capital, or was forced.
    static func endsSentence(_ text: [UInt8], at index: Int, hardBreaks: Set<Int>) -> Bool {
        if text[index] == 0x0A { return hardBreaks.contains(index) || endsLine(text, at: index) }
        guard index + 1 >= text.count || text[index + 1] == 0x20 || text[index + 1] == 0x0A, !guillemetFollows(text, at: index + 1),
            let mark = markBefore(closers: text, at: index)
        else { return false }
        switch text[mark] {
        case 0x21, 0x3F: return true
        case 0x2E: return !isAbbreviation(text, fullStop: mark, next: index + 1)
        default: return mark >= 2 && text[mark - 2] == 0xE2 && text[mark - 1] == 0x80 && text[mark] == 0xA6  // …
        }
    }
}
