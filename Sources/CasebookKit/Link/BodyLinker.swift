/// Renders one Markdown body for its page, linking every citation it finds and recording where each stands.
struct BodyLinker {
    let catalog: InstrumentCatalog
    /// The site's opt-in to raw HTML in Markdown.
    var allowRawHTML = false
    /// The title of a link to an article, in the language of the page: `{instrument}, article {article}`.
    var articleTitle = "{instrument}, article {article}"
    /// The citing words, one copy of each across the site: most phrases ("article 19 of the Covenant")
    /// recur in thousands of texts, and the citation index keeps every citation.
    private let phrases = SharedValues<String>()
    /// Each link title written, by the article title it was made from and its slot: every page of a
    /// language titles the same few hundred instrument parts.
    let titles = ConcurrentMemo<TitleKey, String?>()

    /// A link title's inputs: the article title in force (a linker's copies share `titles`) and the slot.
    struct TitleKey: Hashable, Sendable {
        var articleTitle: String
        var slot: TitleSlot
    }

    /// A linker of citations to the instruments of `catalog`.
    init(catalog: InstrumentCatalog, allowRawHTML: Bool = false) {
        (self.catalog, self.allowRawHTML) = (catalog, allowRawHTML)
    }

    /// One citation per sentence: the same instrument part named twice in a sentence is cited once.
    private struct SentenceKey: Hashable {
        var target: CitationTarget
        var article: String?
        var paragraph: String?
        var sentence: String
    }

    /// What linking one body produced.
    struct Linked: Sendable {
        var rendered: RenderedMarkdown
        var citations: [Citation]
        /// Citations of instruments the library lacks, in order; each is a warning.
        var unresolved: [UnresolvedCitation]
        /// What the titles of the links stand for, where `rendered` holds markers for them (see `titled`).
        var titleSlots: [TitleSlot] = []

        var warnings: [Diagnostic] { unresolved.map(\.warning) }

        /// The unresolved citations alone, for a text linked again when a page reads it.
        var unrendered: Linked {
            Linked(rendered: RenderedMarkdown(html: "", headings: [], plainText: ""), citations: [], unresolved: unresolved)
        }
    }

    /// Links `body` for its page at `route`: its HTML with citations linked, and what it cites. Without
    /// `rendering`, only what it cites and its warnings: the page links the text again when it is made.
    /// Without `recording`, only the HTML: what it cites was recorded when the site was linked. With
    /// `slotted`, the links' titles are markers for `titled` to fill, in any language.
    func link(
        _ body: MarkdownText, on route: Route, country: String? = nil, rendering: Bool = true, recording: Bool = true, slotted: Bool = false
    ) -> Linked {
        var scanner = CitationScanner(catalog: catalog, country: country)
        var citations: [Citation] = []
        var unresolved: [UnresolvedCitation] = []
        var slots: [TitleSlot] = []
        // Citations in one sentence share its string: the citation index holds about 400,000 at 10,000 cases.
        var sentenceTexts: Set<String> = []
        let source = body.source
        let lines = recording ? Array(source.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) : []
        let prefix = route.relativePrefix
        let annotate = { (paragraph: ParagraphText) -> [InlineLink] in
            let result = scanner.scan(paragraph.maskedText)
            let links = result.links.filter { route != .instrument(Self.slug(of: $0.target) ?? "") }  // no page links to itself
            let inline = links.map { link -> InlineLink in
                let url = href(link.target, article: link.article, prefix: prefix)
                guard slotted, let slug = Self.slug(of: link.target) else { return InlineLink(range: link.range, url: url, title: title(link)) }
                slots.append(TitleSlot(slug: slug, article: link.article))
                return InlineLink(range: link.range, url: url, title: Self.titleMarker(slots.count - 1))
            }
            guard recording else { return inline }
            let breaks = paragraph.bytes.indices.filter { paragraph.bytes[$0] == 0x0A }
            var seen: Set<SentenceKey> = []
            // Every article of a list shares its phrase and sentence: one string each, not one per article.
            var sentences: [Int: String] = [:]
            var texts: [Range<Int>: String] = [:]
            for match in result.citations {
                let sentence = sentences[match.range.lowerBound]
                    ?? sentenceTexts.insert(Sentence.around(match.range, in: paragraph.bytes, hardBreaks: paragraph.hardBreaks))
                    .memberAfterInsert
                sentences[match.range.lowerBound] = sentence
                let key = SentenceKey(target: match.target, article: match.article, paragraph: match.paragraph, sentence: sentence)
                guard seen.insert(key).inserted else { continue }
                let text = texts[match.range] ?? phrases.intern(Sentence.clipped(String(decoding: paragraph.bytes[match.range], as: UTF8.self)))
                texts[match.range] = text
                citations.append(Citation(
                    target: match.target, article: match.article, paragraph: match.paragraph, text: text, sentence: sentence,
                    location: location(of: match.link, in: paragraph, breaks: breaks, lines: lines, body: body)))
            }
            for unknown in result.unknown {
                unresolved.append(UnresolvedCitation(
                    missing: unknown.target, article: unknown.article, paragraph: unknown.paragraph,
                    text: Sentence.clipped(CitationScanner.collapsed(paragraph.bytes[unknown.range])),
                    location: location(of: unknown.link, in: paragraph, breaks: breaks, lines: lines, body: body)))
            }
            return inline
        }
        guard rendering else {
            MarkdownRenderer.scan(source, allowRawHTML: allowRawHTML, annotate: annotate)
            return Linked(rendered: RenderedMarkdown(html: "", headings: [], plainText: ""), citations: citations, unresolved: unresolved)
        }
        let rendered = MarkdownRenderer.render(source, allowRawHTML: allowRawHTML, annotate: annotate)
        return Linked(rendered: rendered, citations: citations, unresolved: unresolved, titleSlots: slots)
    }

    /// Where a match is in the file: the paragraph's line plus the line breaks (offsets `breaks`) before it,
    /// and the column at which its first words appear on that line of the source.
    private func location(
        of range: Range<Int>, in paragraph: ParagraphText, breaks: [Int], lines: [ArraySlice<UInt8>], body: MarkdownText
    ) -> SourceLocation {
        let breaksBefore = breaks.partitionPoint { $0 < range.lowerBound }
        let lineInBody = paragraph.line + breaksBefore
        let lineStart = breaksBefore > 0 ? breaks[breaksBefore - 1] + 1 : 0
        let firstWords = String(decoding: paragraph.bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 12)], as: UTF8.self)
            .split(separator: "\n").first.map(String.init) ?? ""
        var column = range.lowerBound - lineStart + 1
        // Markup only adds characters, so in the source the words stand at or after their offset in the text.
        if lineInBody - 1 < lines.count, let found = ByteSearch.firstOffset(of: Array(firstWords.utf8), in: lines[lineInBody - 1], from: column - 1) {
            column = found + 1
        }
        return SourceLocation(path: body.start.path, line: body.start.line + lineInBody - 1, column: column)
    }

    static func slug(of target: CitationTarget) -> String? {
        if case .instrument(let slug) = target { return slug }
        return nil
    }

    /// A citation's link, from a page whose way back to the site root is `prefix`.
    func href(_ target: CitationTarget, article: String?, prefix: String) -> String {
        switch target {
        case .instrument(let slug):
            let fragment = article.flatMap { catalog.hasArticle($0, in: slug) ? "#" + Article.anchor(for: $0) : nil }
            return prefix + Route.instrument(slug).file + (fragment ?? "")
        case .external(let symbol): return UNSymbol.resolverURL(symbol)
        }
    }

    private func title(_ link: LinkSpan) -> String? {
        Self.slug(of: link.target).flatMap { title(of: TitleSlot(slug: $0, article: link.article)) }
    }
}
