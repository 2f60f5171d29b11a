extension CitationScanner {
    /// An instrument named at `index`: where its words are, where scanning resumes, and a paragraph if given.
    struct Reference {
        /// What a reference names: an instrument of the library or a UN document, or one the library lacks.
        enum Named: Sendable, Hashable {
            case cited(CitationTarget)
            case missing(MissingInstrument)
        }

        var named: Named
        var range: Range<Int>
        var end: Int
        /// Paragraphs cited with a document symbol ("para 9", "paras 9 and 12"); empty if none.
        var paragraphs: [String] = []

        init(_ target: CitationTarget, range: Range<Int>, end: Int, paragraphs: [String] = []) {
            self.init(named: .cited(target), range: range, end: end, paragraphs: paragraphs)
        }

        init(named: Named, range: Range<Int>, end: Int, paragraphs: [String] = []) {
            (self.named, self.range, self.end, self.paragraphs) = (named, range, end, paragraphs)
        }
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
            return Reference(.instrument(slug), range: range(index, end), end: definedAbbreviation(after: end, for: slug))
        }
        if let slug = abbreviation(at: index) {
            return Reference(.instrument(slug), range: first.range, end: index + 1)
        }
        if let kind = catalog.firstWord(tokens, index, of: bytes)?.kindWord, afterThe || !kind.needsArticle,
            let target = lastOfKind[kind.word], isCapitalized(index), !startsLongerName(after: index)
        {
            return Reference(target, range: first.range, end: index + 1)
        }
        return first.kind == .word ? regionalReference(at: index) ?? generalCommentReference(at: index) : nil
    }

    /// Whether an instrument reference starts at `index`, read without recording anything: a symbol, a name, a
    /// defined abbreviation, or a kind word standing for one the text named ("Пакта").
    func startsReference(at index: Int) -> Bool {
        guard let first = token(index) else { return false }
        if first.kind == .symbol { return true }
        if catalog.name(in: tokens, of: bytes, at: index, country: country) != nil || isAbbreviation(index) { return true }
        guard let kind = catalog.firstWord(tokens, index, of: bytes)?.kindWord, !kind.needsArticle else { return false }
        return lastOfKind[kind.word] != nil && isCapitalized(index)
    }

    /// A UN document symbol, with a `(Vol. I)` part and a ", para 9" that follow it; or a regional body's.
    private func symbolReference(at index: Int) -> Reference? {
        var symbol = text(index)
        guard UNSymbol.isWellFormed(symbol) else { return regionalReference(at: index) }
        var end = index + 1
        if isPunctuation(end, "("), isWord(end + 1, "vol"), isPunctuation(end + 2, "."), end + 3 < tokens.count,
            isPunctuation(end + 4, ")")
        {
            symbol += " (Vol. \(text(end + 3)))"
            end += 5
        }
        let target: CitationTarget = catalog.slug(forSymbol: symbol).map { .instrument($0) } ?? .external(symbol: symbol)
        return documentReference(.cited(target), from: index, end: end)
    }

    /// A document named from `start` to `end`, with the paragraphs cited right after it.
    func documentReference(_ named: Reference.Named, from start: Int, end: Int) -> Reference {
        guard let (paragraphs, after) = paragraphsCited(after: end) else {
            return Reference(named: named, range: range(start, end), end: end)
        }
        return Reference(named: named, range: range(start, after), end: after, paragraphs: paragraphs.map(\.text))
    }

    /// ", para 9", ", paras. 9-10", " (paragraph 58)", "; п. 64": the paragraphs cited right after a document, and
    /// where they end.
    func paragraphsCited(after end: Int) -> ([ParagraphNumber], Int)? {
        let opens = isPunctuation(end, "(")
        let wordIndex = opens || isPunctuation(end, ",") ? end + 1 : end
        guard has(wordIndex, .paragraph) else { return nil }
        let numberStart = wordIndex + 1 + (isPunctuation(wordIndex + 1, ".") ? 1 : 0)
        guard let (numbers, after) = paragraphNumbers(at: numberStart) else { return nil }
        guard opens else { return (numbers, after) }
        return isPunctuation(after, ")") ? (numbers, after + 1) : nil
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
    func startsLongerName(after index: Int) -> Bool {
        if has(index + 1, .nameContinues) { return true }
        guard has(index + 1, .nameJoins) else { return false }
        return isCapitalized(index + 2) || (isWord(index + 2, "the") && isCapitalized(index + 3))
    }
}
