extension CitationScanner {
    /// An instrument named at `index`: where its words are, where scanning resumes, and a paragraph if given.
    struct Reference {
        var target: CitationTarget
        var range: Range<Int>
        var end: Int
        var paragraph: String?
    }

    /// Reads an instrument reference at `index`: a symbol, a name, a defined abbreviation or "the Covenant".
    mutating func instrumentReference(at index: Int) -> Reference? {
        guard let first = token(index) else { return nil }
        if first.isWord("the"), let reference = instrumentReference(at: index + 1, afterThe: true) { return reference }
        return instrumentReference(at: index, afterThe: false)
    }

    private mutating func instrumentReference(at index: Int, afterThe: Bool) -> Reference? {
        guard let first = token(index) else { return nil }
        if first.kind == .symbol { return symbolReference(at: index) }
        if let (slug, end) = catalog.name(in: tokens, at: index, country: country) {
            return Reference(target: .instrument(slug), range: range(index, end), end: definedAbbreviation(after: end, for: slug))
        }
        if first.kind == .word, let slug = abbreviations[first.text] {
            return Reference(target: .instrument(slug), range: first.range, end: index + 1)
        }
        if afterThe, first.kind == .word, first.text.first?.isUppercase == true, let target = lastOfKind[first.folded] {
            return Reference(target: target, range: first.range, end: index + 1)
        }
        return nil
    }

    /// A UN document symbol, with a `(Vol. I)` part and a ", para 9" that follow it.
    private func symbolReference(at index: Int) -> Reference? {
        var symbol = tokens[index].text
        guard UNSymbol.isWellFormed(symbol) else { return nil }
        var end = index + 1
        if isPunctuation(end, "("), isWord(end + 1, ["vol"]), isPunctuation(end + 2, "."), let volume = token(end + 3),
            isPunctuation(end + 4, ")")
        {
            symbol += " (Vol. \(volume.text))"
            end += 5
        }
        let linked = range(index, end)
        var paragraph: String?
        if isPunctuation(end, ","), isWord(end + 1, ["para", "paras", "paragraph", "paragraphs"]) {
            let numberStart = end + 2 + (isPunctuation(end + 2, ".") ? 1 : 0)
            if let (number, after) = paragraphNumber(at: numberStart) {
                paragraph = number
                end = after
            }
        }
        let target: CitationTarget = catalog.slug(forSymbol: symbol).map { .instrument($0) } ?? .external(symbol: symbol)
        return Reference(target: target, range: paragraph == nil ? linked : range(index, end), end: end, paragraph: paragraph)
    }

    /// "(ICCPR)" right after a full name defines an abbreviation for the rest of the text.
    private mutating func definedAbbreviation(after end: Int, for slug: String) -> Int {
        guard isPunctuation(end, "("), let word = token(end + 1), word.kind == .word, isPunctuation(end + 2, ")"),
            word.text.count >= 2, word.text.allSatisfy({ $0.isUppercase || $0.isNumber })
        else { return end }
        abbreviations[word.text] = slug
        return end + 3
    }

    /// A paragraph number: `9`, `9-10`, or `9 and 10` (read as `9-10`).
    func paragraphNumber(at index: Int) -> (String, Int)? {
        guard let first = token(index) else { return nil }
        if first.kind == .number {
            if isWord(index + 1, ["and"]) || isPunctuation(index + 1, "-"), let second = token(index + 2), second.kind == .number {
                return ("\(first.text)-\(second.text)", index + 3)
            }
            return (first.text, index + 1)
        }
        let parts = first.text.split(separator: "-")
        if first.kind == .word, parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return (first.text, index + 1) }
        return nil
    }
}
