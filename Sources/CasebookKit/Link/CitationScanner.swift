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
    var lastOfKind: [String: CitationTarget] = [:]
    /// The instrument cited last in the current paragraph.
    var lastInParagraph: CitationTarget?
    var tokens: [Token] = []
    var result = ScanResult()

    init(catalog: InstrumentCatalog, country: String? = nil) {
        self.catalog = catalog
        self.country = country
    }

    /// Scans one paragraph's text.
    mutating func scan(_ text: [UInt8]) -> ScanResult {
        tokens = Tokenizer.tokens(text).filter { $0.kind != .newline }  // a citation may wrap onto the next line
        result = ScanResult()
        lastInParagraph = nil
        var index = 0
        while index < tokens.count {
            index = scanPattern(at: index) ?? index + 1
        }
        return result
    }

    /// Tries only the patterns that the token at `index` can start; most words start none.
    private mutating func scanPattern(at index: Int) -> Int? {
        let token = tokens[index]
        switch token.kind {
        case .symbol: return scanMention(at: index)
        case .word: break
        default: return nil
        }
        switch token.folded {
        case "article", "articles", "art", "arts": return scanArticles(at: index)
        case "resolution", "resolutions": return scanResolutions(at: index)
        case "general": return scanGeneralComment(at: index) ?? scanResolutions(at: index) ?? scanMention(at: index)
        case "the": return mayFollowThe(index + 1) ? scanMention(at: index) : nil
        default:
            if Self.resolutionBodyStarts.contains(token.folded), let end = scanResolutions(at: index) { return end }
            guard catalog.namesByFirstToken[token.folded] != nil || abbreviations[token.text] != nil else { return nil }
            return scanMention(at: index)
        }
    }

    /// Whether the word after "the" can begin an instrument reference.
    private func mayFollowThe(_ index: Int) -> Bool {
        guard let next = token(index) else { return false }
        if next.kind == .symbol { return true }
        guard next.kind == .word else { return false }
        return catalog.namesByFirstToken[next.folded] != nil || abbreviations[next.text] != nil || lastOfKind[next.folded] != nil
    }

    static let resolutionBodyStarts = Set(resolutionBodies.map { $0.words[0] })

    /// A mention of an instrument without an article: its name, abbreviation, symbol or "the Covenant".
    mutating func scanMention(at index: Int) -> Int? {
        guard let reference = instrumentReference(at: index) else { return nil }
        for paragraph in reference.paragraphs.isEmpty ? [nil] : reference.paragraphs.map(Optional.some) {
            cite(reference.target, article: nil, paragraph: paragraph, range: reference.range, link: reference.range)
        }
        return reference.end
    }

    /// Records a citation and its link, and remembers the instrument for later references.
    mutating func cite(_ target: CitationTarget, article: String?, paragraph: String?, range: Range<Int>, link: Range<Int>) {
        result.citations.append(CitationMatch(target: target, article: article, paragraph: paragraph, range: range, link: link))
        result.links.append(LinkSpan(range: link, target: target, article: article ?? paragraph))
        remember(target)
    }

    mutating func remember(_ target: CitationTarget) {
        lastInParagraph = target
        guard case .instrument(let slug) = target else { return }
        for word in catalog.kindWords(of: slug) { lastOfKind[word] = target }
    }

    /// Words after "the" that stand for the instrument of that kind named last.
    static let kindWords = ["covenant", "convention", "declaration", "charter"]

    // MARK: Token helpers

    func token(_ index: Int) -> Token? { index < tokens.count ? tokens[index] : nil }
    func isWord(_ index: Int, _ words: [String]) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        return words.contains(tokens[index].folded)
    }
    func isPunctuation(_ index: Int, _ mark: String) -> Bool { token(index)?.isPunctuation(mark) ?? false }
    /// Where the next item of a list starts after ",", "and", "or", ", and" or ", or"; nil if no separator.
    func listSeparatorEnd(at index: Int) -> Int? {
        if isPunctuation(index, ",") { return isWord(index + 1, ["and", "or"]) ? index + 2 : index + 1 }
        return isWord(index, ["and", "or"]) ? index + 1 : nil
    }

    func range(_ start: Int, _ end: Int) -> Range<Int> { tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound }
}
