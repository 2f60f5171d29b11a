extension Sentence {
    /// Words ending in a full stop that never end a sentence, folded: titles and Latin abbreviations that a name or
    /// an example follows ("Ms. Serzhan", "e.g. Kazakhstan").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "mses", "messrs", "dr", "prof", "h.e", "st", "e.g", "i.e", "cf", "viz", "v", "vs", "u.n", "u.s",
        "e.u", "mme", "mlle", "sr", "sra", "srta", "dra", "см", "им", "ул", "т.е",
    ]

    /// Words ending in a full stop that a number follows ("No. 35", "para. 9", "art. 19", "Vol. I", "п. 3", "ч. 2"):
    /// before a number they do not end a sentence; before a capitalised word they may ("… said no. The State …").
    static let beforeNumbers: Set<String> = [
        "no", "nos", "nr", "para", "paras", "art", "arts", "vol", "vols", "p", "pp", "par", "parr", "parrs", "num", "doc", "docs",
        "ser", "res", "rec", "rev", "add", "corr", "supp", "sess", "ch", "chap", "sect", "fig", "ref", "op", "cit", "ibid",
        "ст", "п", "пп", "ч", "гл", "стр",
    ]

    /// The index of the mark a sentence would end with at `index`, stepping back over the quotes and brackets
    /// that close after it (`."`, `.)`, `.”`, `.»`); nil at the start of the text.
    static func markBefore(closers text: [UInt8], at index: Int) -> Int? {
        var mark = index
        for _ in 0..<3 {
            guard mark >= 0 else { return nil }
            if [0x22, 0x27, 0x29, 0x5D].contains(text[mark]) {
                mark -= 1
            } else if mark >= 2, text[mark - 2] == 0xE2, text[mark - 1] == 0x80, [0x99, 0x9D].contains(text[mark]) {
                mark -= 3  // ’ ”
            } else if mark >= 1, text[mark - 1] == 0xC2, text[mark] == 0xBB {
                mark -= 2  // », which French sets after a space
                while mark >= 0, let width = spaceWidth(endingAt: mark, in: text) { mark -= width }
            } else {
                break
            }
        }
        return mark >= 0 ? mark : nil
    }

    /// Whether a French closing guillemet follows `index` after spaces ("s'applique. » L'État"): the sentence ends
    /// after it, not before.
    static func guillemetFollows(_ text: [UInt8], at index: Int) -> Bool {
        var next = index
        while next < text.count, text[next] == 0x20 || (text[next] == 0xC2 && next + 1 < text.count && text[next + 1] == 0xA0)
            || (text[next] == 0xE2 && next + 2 < text.count && [0xAF, 0x89].contains(text[next + 2])) {
            next += text[next] == 0x20 ? 1 : text[next] == 0xC2 ? 2 : 3
        }
        return next > index && next + 1 < text.count && text[next] == 0xC2 && text[next + 1] == 0xBB
    }

    /// The width of a space (plain, no-break, narrow no-break or thin) whose last byte is at `index`; nil if none.
    private static func spaceWidth(endingAt index: Int, in text: [UInt8]) -> Int? {
        if text[index] == 0x20 { return 1 }
        if index >= 1, text[index - 1] == 0xC2, text[index] == 0xA0 { return 2 }
        if index >= 2, text[index - 2] == 0xE2, text[index - 1] == 0x80, [0xAF, 0x89].contains(text[index]) { return 3 }
        return nil
    }

    /// Whether the full stop at `fullStop` closes an abbreviation rather than a sentence, from the word before it and
    /// the first character of the text from `next` on.
    static func isAbbreviation(_ text: [UInt8], fullStop: Int, next: Int) -> Bool {
        var wordStart = fullStop
        while wordStart > 0, ![0x20, 0x0A, 0x28, 0x2F].contains(text[wordStart - 1]) { wordStart -= 1 }
        let word = Tokenizer.fold(String(decoding: text[wordStart..<fullStop], as: UTF8.self).drop { !$0.isLetter }.description)
        guard !word.isEmpty else { return false }
        if (word.count == 1 && word.first?.isLetter == true) || titles.contains(word) { return true }
        let following = nextCharacters(text, from: next)
        guard let first = following.first else { return false }
        if first.isLowercase { return true }
        guard beforeNumbers.contains(word) else { return false }
        // A number, a roman numeral ("Vol. I", "Ser. L") or a bracket follows a number's abbreviation.
        let letters = following.prefix { $0.isLetter }
        return first.isNumber || first == "(" || (!letters.isEmpty && letters.allSatisfy { "IVXLC".contains($0) })
    }

    /// The characters of the next word from `index` on, after spaces, line breaks and opening quotes.
    private static func nextCharacters(_ text: [UInt8], from index: Int) -> Substring {
        var start = index
        while start < text.count, [0x20, 0x0A, 0x22, 0x27].contains(text[start]) { start += 1 }
        let word = String(decoding: text[start..<min(text.count, start + 16)], as: UTF8.self)
        return word.drop { "“‘«".contains($0) }.prefix { $0 != " " && $0 != "\n" }
    }

    /// Whether the line break at `index` ends a sentence although no full stop does: the next line starts a list
    /// item ("- ", "• ", "(a) ", "b) "), or the line before ends in a colon ("REFERENCE:") or reads as a heading (a
    /// few words with no closing punctuation), and the line after begins with a capital.
    static func endsLine(_ text: [UInt8], at index: Int) -> Bool {
        let lineStart = (text[..<index].lastIndex(of: 0x0A) ?? -1) + 1
        let nextEnd = text[(index + 1)...].firstIndex(of: 0x0A) ?? text.count
        let line = String(decoding: text[lineStart..<index], as: UTF8.self).trimmingTrailingSpaces
        let next = String(decoding: text[(index + 1)..<nextEnd], as: UTF8.self).drop { $0 == " " }
        guard let last = line.last, let first = next.first else { return true }
        // "article 9\n(2)", "(par.\n1)": a sub-paragraph wrapped onto the next line is no list item.
        let opened = line.filter { $0 == "(" }.count > line.filter { $0 == ")" }.count
        if !last.isNumber, !opened, startsListItem(next) { return true }
        guard first.isUppercase else { return false }
        if last == ":" { return true }
        guard !".!?;:,".contains(last) else { return false }
        let words = line.split(separator: " ")
        guard words.count <= 10, let lastWord = words.last, !(lastWord.count <= 3 && lastWord.allSatisfy(\.isLowercase)) else { return false }
        return line.count * 4 <= next.count * 3
    }

    /// Whether a line starts with a list marker: a bullet or dash and a space, or `(a)`, `a)`, `(iv)`, `(2)`, `2)` and a space.
    private static func startsListItem(_ line: Substring) -> Bool {
        if let first = line.first, "-*+•–—".contains(first), line.dropFirst().first == " " { return true }
        let body = line.first == "(" ? line.dropFirst() : line
        let label = body.prefix { $0.isLetter || $0.isNumber }
        guard (1...4).contains(label.count), label.allSatisfy(\.isLetter) || (label.count <= 2 && label.allSatisfy(\.isNumber)),
            label.allSatisfy({ $0.isNumber || $0.isLowercase || "IVX".contains($0) }) || label.count == 1
        else { return false }
        return body.dropFirst(label.count).starts(with: ") ")
    }
}

extension String {
    /// The string without the spaces that end it.
    fileprivate var trimmingTrailingSpaces: Substring { self[..<(lastIndex { $0 != " " }.map { index(after: $0) } ?? startIndex)] }
}
