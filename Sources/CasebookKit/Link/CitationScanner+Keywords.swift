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
        /// "paragraphe 1 de l'article 9", "пункт 3 статьи 9": a paragraph before its article.
        case paragraph
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
        }
        words["general"] = .general
        return words
    }()

    /// Words after "the" that stand for the instrument of that kind named last ("the Covenant").
    enum KindWord: String, CaseIterable, Sendable {
        case covenant, convention, declaration, charter
    }
}
