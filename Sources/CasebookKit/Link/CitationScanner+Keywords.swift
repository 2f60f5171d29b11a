extension CitationScanner {
    /// The scanner's own patterns, which begin with words of their own whatever instruments the library has.
    enum Keyword: Sendable {
        /// "article 19 of the ICCPR", "arts. 7 and 9".
        case article
        /// "resolutions 33/30 and 34/18 of the Human Rights Council".
        case resolution
        /// "general comment No. 35", "General Assembly resolution 60/147", or a name beginning "General".
        case general
        /// "the ICCPR", "the Covenant".
        case the
        /// The first word of another body's resolutions: "Human Rights Council resolution 43/16".
        case resolutionBody
    }

    /// The words that begin each of the scanner's own patterns.
    static let keywords: [String: Keyword] = {
        var words = Dictionary(resolutionBodies.map { ($0.words[0], Keyword.resolutionBody) }, uniquingKeysWith: { a, _ in a })
        for word in ["article", "articles", "art", "arts"] { words[word] = .article }
        for word in ["resolution", "resolutions"] { words[word] = .resolution }
        words["general"] = .general
        words["the"] = .the
        return words
    }()

    /// Words after "the" that stand for the instrument of that kind named last ("the Covenant").
    enum KindWord: String, CaseIterable, Sendable {
        case covenant, convention, declaration, charter
    }
}
