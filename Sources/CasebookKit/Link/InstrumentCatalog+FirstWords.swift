extension InstrumentCatalog {
    /// What a word of a text can begin, so that the scanner tries only those patterns.
    struct FirstWord: Sendable {
        /// The pattern of the scanner's own that the word begins ("article", "resolution", "the"…), if any.
        var keyword: CitationScanner.Keyword?
        /// The instrument names that begin with the word, as their group in `names`.
        var names: Range<Int> = 0..<0
        /// The kind of instrument that "the <word>" stands for ("the Covenant", "Пакта"), if any.
        var kindWord: CitationGrammar.Kind?
    }

    /// One table of every word that begins something: the scanner's keywords, kind words and the first
    /// words of names (with where their names are), so that each word of a text costs one lookup.
    static func firstWords(_ names: [String: Range<Int>]) -> WordTable<FirstWord> {
        var words = names.mapValues { FirstWord(names: $0) }
        for (word, keyword) in CitationScanner.keywords { words[word, default: FirstWord()].keyword = keyword }
        for (word, kind) in CitationGrammar.kindWords { words[word, default: FirstWord()].kindWord = kind }
        return WordTable(words)
    }

    /// What the word `tokens[index]` of `text` can begin; nil for most words, and for tokens that are not words.
    func firstWord(_ tokens: [Token], _ index: Int, of text: [UInt8]) -> FirstWord? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        return firstWords.value(of: tokens[index], in: text)
    }

    /// The longest instrument name starting at `tokens[start]` of `text`, with the index after it.
    func name(in tokens: [Token], of text: [UInt8], at start: Int, country: String?) -> (slug: String, end: Int)? {
        guard let group = firstWord(tokens, start, of: text)?.names else { return nil }
        return names.longest(group, in: text, tokens, at: start, country: country)
    }
}
