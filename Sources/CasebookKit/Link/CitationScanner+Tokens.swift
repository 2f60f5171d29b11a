extension CitationScanner {
    /// The token at `index`; nil past the end of the paragraph.
    func token(_ index: Int) -> Token? { index < tokens.count ? tokens[index] : nil }

    /// The text of the token at `index`, as written.
    func text(_ index: Int) -> String { tokens[index].text(in: bytes) }

    /// The text of the token at `index`, lower-cased if it is a word.
    func folded(_ index: Int) -> String { tokens[index].folded(in: bytes) }

    /// Whether the token at `index` begins with a capital letter.
    func isCapitalized(_ index: Int) -> Bool { index < tokens.count && text(index).first?.isUppercase == true }

    /// Whether the token at `index` is the word `word` (lower case), in any case.
    func isWord(_ index: Int, _ word: String) -> Bool { index < tokens.count && tokens[index].isWord(word, in: bytes) }

    /// Whether the token at `index` is one of `words` (lower case), in any case.
    func isWord(_ index: Int, _ words: [String]) -> Bool { words.contains { isWord(index, $0) } }

    /// Whether the token at `index` is the punctuation mark `mark` (ASCII).
    func isPunctuation(_ index: Int, _ mark: Unicode.Scalar) -> Bool { token(index)?.isPunctuation(mark, in: bytes) ?? false }

    /// Whether the token at `index` is a word with one of `roles` in some language's citations ("of", "du", "de").
    func has(_ index: Int, _ role: CitationGrammar.Role) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return CitationGrammar.roles.value(of: tokens[index], in: bytes).map { !$0.isDisjoint(with: role) } ?? false
    }

    /// Where the next item of a list starts after ",", "and", "or", ", and" or ", or" (or "et", "y", "и"…);
    /// nil if no separator.
    func listSeparatorEnd(at index: Int) -> Int? {
        if isPunctuation(index, ",") { return has(index + 1, .and) ? index + 2 : index + 1 }
        return has(index, .and) ? index + 1 : nil
    }

    /// Where an instrument's words start after a list: after "of", "de", "du", "of the", "de la", or right
    /// there (Russian puts the instrument in the genitive, with no word between); and whether a definite
    /// article came before it. `connector` is set if a word such as "of" was there.
    func instrumentStart(at index: Int) -> (start: Int, afterThe: Bool, connector: Bool) {
        if has(index, .ofThe) { return (index + 1, true, true) }
        guard has(index, .of) else { return (index, false, false) }
        return has(index + 1, .the) ? (index + 2, true, true) : (index + 1, false, true)
    }

    /// The bytes of the tokens from `start` up to `end`.
    func range(_ start: Int, _ end: Int) -> Range<Int> { tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound }
}
