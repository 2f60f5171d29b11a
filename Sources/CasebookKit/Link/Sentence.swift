/// Finds the sentence around a range of a paragraph's text.
enum Sentence {
    /// Words ending in a full stop that do not end a sentence, folded: English, French (`par.`), Spanish (`párr.`,
    /// `núm.`) and Russian (`ст.`, `см.`).
    static let abbreviations: Set<String> = [
        "no", "nos", "ms", "mses", "mr", "mrs", "dr", "para", "paras", "art", "arts", "vol", "e.g", "i.e", "h.e", "st",
        "cf", "p", "pp", "u.n", "u.s", "e.u", "ibid", "op", "cit", "ref", "res", "rev", "add", "corr",
        "par", "parr", "parrs", "num", "ст", "см", "пп",
    ]

    /// The most characters a sentence or a citation's words keep: a longer one is cut and ends in `…`.
    static let maximumLength = 600

    /// The sentence of `text` containing `range`, with line breaks as spaces, at most `maximumLength` characters.
    static func around(_ range: Range<Int>, in text: [UInt8]) -> String {
        var start = range.lowerBound
        while start > 0, !endsSentence(text, at: start - 1) { start -= 1 }
        var end = range.upperBound
        while end < text.count, !endsSentence(text, at: end) { end += 1 }
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

    /// `text` cut to `maximumLength` characters, the last being `…`, if it is longer.
    static func clipped(_ text: String) -> String {
        text.utf8.count > maximumLength && text.count > maximumLength ? String(text.prefix(maximumLength - 1)) + "…" : text
    }

    /// Whether the byte at `index` is a `.`, `!` or `?` followed by a space and not closing an abbreviation.
    private static func endsSentence(_ text: [UInt8], at index: Int) -> Bool {
        guard [0x2E, 0x21, 0x3F].contains(text[index]) else { return false }
        guard index + 1 >= text.count || text[index + 1] == 0x20 || text[index + 1] == 0x0A else { return false }
        guard text[index] == 0x2E else { return true }
        var wordStart = index
        while wordStart > 0, text[wordStart - 1] != 0x20, text[wordStart - 1] != 0x0A, text[wordStart - 1] != 0x28 { wordStart -= 1 }
        let word = Tokenizer.fold(String(decoding: text[wordStart..<index], as: UTF8.self))
        return !abbreviations.contains(word) && !(word.count == 1 && word.first?.isLetter == true)
    }
}
