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

    /// Where the next item of a list starts after ",", "and", "or", ", and" or ", or"; nil if no separator.
    func listSeparatorEnd(at index: Int) -> Int? {
        if isPunctuation(index, ",") { return isWord(index + 1, ["and", "or"]) ? index + 2 : index + 1 }
        return isWord(index, ["and", "or"]) ? index + 1 : nil
    }

    /// The bytes of the tokens from `start` up to `end`.
    func range(_ start: Int, _ end: Int) -> Range<Int> { tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound }
}
