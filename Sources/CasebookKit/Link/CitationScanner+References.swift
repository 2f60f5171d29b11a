extension CitationScanner {
    /// An instrument named at `index`: where its words are, where scanning resumes, and a paragraph if given.
    struct Reference {
        var target: CitationTarget
        var range: Range<Int>
        var end: Int
        /// Paragraphs cited with a document symbol ("para 9", "paras 9 and 12"); empty if none.
        var paragraphs: [String] = []
    }

    /// Reads an instrument reference at `index`: a symbol, a name, a defined abbreviation or "the Covenant"
    /// ("du Pacte", "Пакта").
    mutating func instrumentReference(at index: Int) -> Reference? {
        if has(index, [.the, .ofThe]), let reference = instrumentReference(at: index + 1, afterThe: true) { return reference }
        return instrumentReference(at: index, afterThe: false)
    }

    /// Reads an instrument reference at `index`, which a definite article comes just before if `afterThe`.
    mutating func instrumentReference(at index: Int, afterThe: Bool) -> Reference? {
        guard let first = token(index) else { return nil }
        if first.kind == .symbol { return symbolReference(at: index) }
        if let (slug, end) = catalog.name(in: tokens, of: bytes, at: index, country: country) {
            return Reference(target: .instrument(slug), range: range(index, end), end: definedAbbreviation(after: end, for: slug))
        }
        if let slug = abbreviation(at: index) {
            return Reference(target: .instrument(slug), range: first.range, end: index + 1)
        }
        if let kind = catalog.firstWord(tokens, index, of: bytes)?.kindWord, afterThe || !kind.needsArticle,
            let target = lastOfKind[kind.word], isCapitalized(index), !startsLongerName(after: index)
        {
            return Reference(target: target, range: first.range, end: index + 1)
        }
        return nil
    }

    /// A UN document symbol, with a `(Vol. I)` part and a ", para 9" that follow it.
    private func symbolReference(at index: Int) -> Reference? {
        var symbol = text(index)
        guard UNSymbol.isWellFormed(symbol) else { return nil }
        var end = index + 1
        if isPunctuation(end, "("), isWord(end + 1, "vol"), isPunctuation(end + 2, "."), end + 3 < tokens.count,
            isPunctuation(end + 4, ")")
        {
            symbol += " (Vol. \(text(end + 3)))"
            end += 5
        }
        let linked = range(index, end)
        var paragraphs: [String] = []
        if isPunctuation(end, ","), has(end + 1, .paragraph) {
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
        guard isPunctuation(end, "("), token(end + 1)?.kind == .word, isPunctuation(end + 2, ")") else { return end }
        let word = text(end + 1)
        guard word.count >= 2, word.allSatisfy({ $0.isUppercase || $0.isNumber }) else { return end }
        abbreviations[word] = slug
        return end + 3
    }

    /// "Convention on Something": a connecting word then a capitalised one make "Convention" part of a name;
    /// in other languages the connecting word is enough ("Convention relative aux droits de l'enfant").
    private func startsLongerName(after index: Int) -> Bool {
        if has(index + 1, .nameContinues) { return true }
        guard has(index + 1, .nameJoins) else { return false }
        return isCapitalized(index + 2) || (isWord(index + 2, "the") && isCapitalized(index + 3))
    }

    /// Paragraph numbers: `9`, `9-10` and `9 and 10` (a range), or `9 and 12` (two paragraphs).
    func paragraphNumbers(at index: Int) -> ([String], Int)? {
        guard let first = token(index) else { return nil }
        let firstText = text(index)
        if first.kind == .number {
            guard has(index + 1, .and) || isPunctuation(index + 1, "-"), token(index + 2)?.kind == .number else {
                return ([firstText], index + 1)
            }
            let secondText = text(index + 2)
            let consecutive = Int(secondText) == Int(firstText).map { $0 + 1 }
            if isPunctuation(index + 1, "-") || consecutive { return (["\(firstText)-\(secondText)"], index + 3) }
            return ([firstText, secondText], index + 3)
        }
        let parts = firstText.split(separator: "-")
        if first.kind == .word, parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return ([firstText], index + 1) }
        return nil
    }
}
