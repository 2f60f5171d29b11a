/// Finds citations of legal instruments in the paragraphs of one text, in order.
///
/// It keeps what the text has said so far: abbreviations it defined ("… Political Rights (ICCPR)"),
/// the instrument each of "the Covenant", "the Convention"… last meant, and, within a paragraph,
/// the instrument last cited, which a bare "articles 7, 9 and 10" refers to.
struct CitationScanner {
    let catalog: InstrumentCatalog
    /// The country the text is about, for names of national law such as "the Criminal Code".
    let country: String?
    /// Abbreviations the text defined, as written.
    var abbreviations: [String: String] = [:]
    /// "covenant", "convention"… to the instrument of that kind named last.
    var lastOfKind: [KindWord: CitationTarget] = [:]
    /// The instrument cited last in the current paragraph, the library's or one it lacks.
    var lastInParagraph: Reference.Named?
    /// The current paragraph's text, and its tokens without line breaks: a citation may wrap onto the next line.
    var bytes: [UInt8] = []
    var tokens: [Token] = []
    var result = ScanResult()

    init(catalog: InstrumentCatalog, country: String? = nil) {
        self.catalog = catalog
        self.country = country
    }

    /// Scans one paragraph's text.
    mutating func scan(_ text: [UInt8]) -> ScanResult {
        bytes = text
        tokens = Tokenizer.tokens(text, newlines: false)
        result = ScanResult()
        lastInParagraph = nil
        var index = 0
        while index < tokens.count {
            index = scanPattern(at: index) ?? index + 1
        }
        return result
    }

    /// Tries only the patterns that the token at `index` can start, found with one lookup; most words start none.
    private mutating func scanPattern(at index: Int) -> Int? {
        switch tokens[index].kind {
        case .symbol: return scanMention(at: index)
        case .word: break
        default: return nil
        }
        let word = catalog.firstWord(tokens, index, of: bytes)
        switch word?.keyword {
        case .article: return scanArticles(at: index)
        case .resolution: return scanResolutions(at: index) ?? scanNumberedTexts(at: index) ?? scanMention(at: index)
        case .general: return scanGeneralComment(at: index) ?? scanResolutions(at: index) ?? scanMention(at: index)
        case .the: return mayFollowThe(index + 1) ? scanMention(at: index) : nil
        case .resolutionBody: if let end = scanResolutions(at: index) { return end }
        case .paragraph: return scanParagraphs(at: index)
        case .regional: return scanNumberedTexts(at: index) ?? scanMention(at: index)
        case nil: break
        }
        guard word?.names.isEmpty == false || isAbbreviation(index) || standsForLastOfKind(word, afterThe: false) else {
            return nil
        }
        return scanMention(at: index)
    }

    /// Whether the word is a kind word ("Covenant", "Пакта") whose instrument the text has named, and can stand for
    /// it where it stands (`afterThe` if a definite article comes before it).
    private func standsForLastOfKind(_ word: InstrumentCatalog.FirstWord?, afterThe: Bool) -> Bool {
        guard let kind = word?.kindWord, afterThe || !kind.needsArticle else { return false }
        return lastOfKind[kind.word] != nil
    }

    /// Whether the word after "the" ("le", "del"…) can begin an instrument reference.
    private func mayFollowThe(_ index: Int) -> Bool {
        guard let next = token(index) else { return false }
        if next.kind == .symbol { return true }
        guard next.kind == .word else { return false }
        let word = catalog.firstWord(tokens, index, of: bytes)
        return word?.names.isEmpty == false || isAbbreviation(index) || standsForLastOfKind(word, afterThe: true)
    }

    /// Whether the word at `index` is an abbreviation the text defined.
    func isAbbreviation(_ index: Int) -> Bool { abbreviation(at: index) != nil }

    /// The instrument of the abbreviation at `index` that the text defined, if it is one.
    func abbreviation(at index: Int) -> String? {
        // Defined abbreviations begin with a capital or a digit: most words need no lookup.
        guard !abbreviations.isEmpty, let token = token(index), token.kind == .word,
            !Tokenizer.isLower(bytes[token.range.lowerBound])
        else { return nil }
        return abbreviations[text(index)]
    }

    /// A mention of an instrument without an article: its name, abbreviation, symbol or "the Covenant"; with the
    /// articles that follow it if they do ("PIDCP articles 9 and 19").
    mutating func scanMention(at index: Int) -> Int? {
        guard let reference = instrumentReference(at: index) else { return nil }
        if let end = scanArticles(after: reference) { return end }
        citeMention(reference)
        return reference.end
    }

    /// Cites a reference as it stands: the instrument, or each paragraph of it cited.
    mutating func citeMention(_ reference: Reference) {
        for paragraph in reference.paragraphs.isEmpty ? [nil] : reference.paragraphs.map(Optional.some) {
            record(reference.named, article: nil, paragraph: paragraph, range: reference.range, link: reference.range)
        }
    }

    /// Records a citation of what a reference names: of the library or a UN document, with its link, or of an
    /// instrument the library lacks, to report.
    mutating func record(_ named: Reference.Named, article: String?, paragraph: String?, range: Range<Int>, link: Range<Int>) {
        switch named {
        case .cited(let target): cite(target, article: article, paragraph: paragraph, range: range, link: link)
        case .missing(let missing):
            result.unknown.append(UnresolvedMatch(target: missing, article: article, paragraph: paragraph, range: range, link: link))
            lastInParagraph = named
        }
    }

    /// Records a citation and its link, and remembers the instrument for later references.
    mutating func cite(_ target: CitationTarget, article: String?, paragraph: String?, range: Range<Int>, link: Range<Int>) {
        result.citations.append(CitationMatch(target: target, article: article, paragraph: paragraph, range: range, link: link))
        result.links.append(LinkSpan(range: link, target: target, article: article ?? paragraph))
        remember(target)
    }

    mutating func remember(_ target: CitationTarget) {
        lastInParagraph = .cited(target)
        guard case .instrument(let slug) = target else { return }
        for word in catalog.kindWords(of: slug) { lastOfKind[word] = target }
    }
}
