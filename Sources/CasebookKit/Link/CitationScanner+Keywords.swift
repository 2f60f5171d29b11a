extension CitationScanner {
    /// The scanner's own patterns, which begin with words of their own whatever instruments the library has.
    enum Keyword: Sendable {
        /// "article 19 of the ICCPR", "arts. 7 and 9".
        case article
        /// "resolutions 33/30 and 34/18 of the Human Rights Council".
        case resolution
        /// "general comment No. 35", "General Assembly resolution 60/147", or a name beginning "General".
        case general
        /// "the ICCPR", "the Covenant", "du Pacte", "la Convención".
        case the
        /// The first word of another body's resolutions: "Human Rights Council resolution 43/16".
        case resolutionBody
        /// "paragraphe 1 de l'article 9", "пункт 3 статьи 9", "paragraph 58 of A/HRC/26/29": paragraphs before what they
        /// belong to.
        case paragraph
        /// A regional body's document cited by a word and a number: "CETS No. 005", "Rec(2004)20", "Series C No. 123",
        /// "Communication 245/02", "Recommendation 2085 (2016)".
        case regional
    }

    /// The words that begin each of the scanner's own patterns, in every language.
    static let keywords: [String: Keyword] = {
        var words = Dictionary(CitationGrammar.resolutionBodies.map { ($0.words[0], Keyword.resolutionBody) }, uniquingKeysWith: { a, _ in a })
        for grammar in CitationGrammar.languages {
            let lists: [(Keyword, [String])] = [
                (.article, grammar.article), (.resolution, grammar.resolution), (.paragraph, grammar.paragraph),
                (.the, grammar.the + grammar.ofThe),
            ]
            for (keyword, list) in lists {
                for word in list { words[Tokenizer.fold(word)] = keyword }
            }
            for word in grammar.series + grammar.communication + grammar.recommendation { words[Tokenizer.fold(word)] = .regional }
        }
        for word in RegionalSymbol.treatySeries.map(Tokenizer.fold) + ["rec", "res"] { words[word] = .regional }
        words["general"] = .general
        return words
    }()

    /// Words after "the" that stand for the instrument of that kind named last ("the Covenant").
    enum KindWord: String, CaseIterable, Sendable {
        case covenant, convention, declaration, charter
    }
}
