extension CitationScanner {
    /// An instrument named at `index`: where its words are, where scanning resumes, and a paragraph if given.
    struct Reference {
        var target: CitationTarget
        var range: Range<Int>
        var end: Int
        /// Paragraphs cited with a document symbol ("para 9", "paras 9 and 12"); empty if none.
        var paragraphs: [String] = []
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
        if afterThe, first.kind == .word, first.text.first?.isUppercase == true, let target = lastOfKind[first.folded],
            !startsLongerName(after: index)
        {
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
        var paragraphs: [String] = []
        if isPunctuation(end, ","), isWord(end + 1, ["para", "paras", "paragraph", "paragraphs"]) {
            let numberStart = end + 2 + (isPunctuation(end + 2, ".") ? 1 : 0)
            if let (numbers, after) = paragraphNumbers(at: numberStart) {
                paragraphs = numbers
                end = after
            }
        }
        let target: CitationTarget = catalog.slug(forSymbol: symbol).map { .instrument($0) } ?? .external(symbol: symbol)
        return Reference(target: target, range: paragraphs.isEmpty ? linked : range(index, end), end: end, paragraphs: paragraphs)
    }

    /// "(ICCPR)" right after a full name defines an abbreviation for the rest of the text.
    private mutating func definedAbbreviation(after end: Int, for slug: String) -> Int {
        guard isPunctuation(end, "("), let word = token(end + 1), word.kind == .word, isPunctuation(end + 2, ")"),
            word.text.count >= 2, word.text.allSatisfy({ $0.isUppercase || $0.isNumber })
        else { return end }
        abbreviations[word.text] = slug
        return end + 3
    }

    /// "Convention on Something": a connecting word then a capitalised one make "Convention" part of a name.
    private func startsLongerName(after index: Int) -> Bool {
        guard isWord(index + 1, ["on", "against", "for", "of", "to", "relating"]), let next = token(index + 2) else { return false }
        return next.text.first?.isUppercase == true || (isWord(index + 2, ["the"]) && token(index + 3)?.text.first?.isUppercase == true)
    }

    /// Paragraph numbers: `9`, `9-10` and `9 and 10` (a range), or `9 and 12` (two paragraphs).
    func paragraphNumbers(at index: Int) -> ([String], Int)? {
        guard let first = token(index) else { return nil }
        if first.kind == .number {
            guard isWord(index + 1, ["and"]) || isPunctuation(index + 1, "-"), let second = token(index + 2), second.kind == .number else {
                return ([first.text], index + 1)
            }
            let consecutive = Int(second.text) == Int(first.text).map { $0 + 1 }
            if isPunctuation(index + 1, "-") || consecutive { return (["\(first.text)-\(second.text)"], index + 3) }
            return ([first.text, second.text], index + 3)
        }
        let parts = first.text.split(separator: "-")
        if first.kind == .word, parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return ([first.text], index + 1) }
        return nil
    }
}
