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
            guard mayStartCitation(tokens[index]) else {
                index += 1
                continue
            }
            index = scanArticles(at: index) ?? scanResolutions(at: index) ?? scanGeneralComment(at: index)
                ?? scanMention(at: index) ?? index + 1
        }
        return result
    }

    /// A cheap test that rules out most words before any pattern is tried.
    private func mayStartCitation(_ token: Token) -> Bool {
        switch token.kind {
        case .symbol: return true
        case .word:
            return Self.triggerWords.contains(token.folded) || catalog.namesByFirstToken[token.folded] != nil
                || abbreviations[token.text] != nil
        default: return false
        }
    }

    /// Words that can start a citation besides instrument names.
    static let triggerWords = Set(["article", "articles", "art", "arts", "resolution", "resolutions", "general", "the"])
        .union(resolutionBodies.map { $0.words[0] })

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
    func range(_ start: Int, _ end: Int) -> Range<Int> { tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound }
}
