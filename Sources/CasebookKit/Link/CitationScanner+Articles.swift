extension CitationScanner {
    /// One cited article: its number, an optional sub-paragraph, and the words that name it.
    struct ArticleReference {
        var article: String
        var paragraph: String?
        var range: Range<Int>
    }

    /// "article 19 of the ICCPR", "articles 19, 21 and 22 of the ICCPR", "articles 9(2) of the PIDCP and 7(4)
    /// of the CADH", or a bare "articles 7, 9 and 10" meaning the instrument cited just before.
    mutating func scanArticles(at index: Int) -> Int? {
        guard isWord(index, ["article", "articles", "art", "arts"]) else { return nil }
        let listStart = index + 1 + (isPunctuation(index + 1, ".") ? 1 : 0)
        guard let (references, afterList) = articleList(at: listStart) else { return nil }
        var end = afterList
        let ofIndex = isPunctuation(end, ",") && isWord(end + 1, "of") ? end + 1 : end
        if isWord(ofIndex, "of"), let reference = instrumentReference(at: ofIndex + 1) {
            citeArticles(references, of: reference, phrase: range(index, reference.end))
            end = reference.end
            while let next = continuation(at: end) { end = next }
            return end
        }
        if isWord(ofIndex, "of") {
            noteUnknownInstrument(at: ofIndex + 1)
            return end
        }
        guard let target = lastInParagraph, standsAlone(listStart: index, listEnd: afterList) else { return end }
        for reference in references {
            cite(target, article: reference.article, paragraph: reference.paragraph, range: range(index, afterList), link: reference.range)
        }
        return end
    }

    /// "and 7(4) of the CADH" after a first group: another group with its own instrument.
    private mutating func continuation(at index: Int) -> Int? {
        let start = isPunctuation(index, ",") && isWord(index + 1, "and") ? index + 2 : index + 1
        guard isWord(index, "and") || isPunctuation(index, ","), token(start)?.kind == .number,
            let (references, afterList) = articleList(at: start), isWord(afterList, "of"),
            let reference = instrumentReference(at: afterList + 1)
        else { return nil }
        citeArticles(references, of: reference, phrase: range(start, reference.end))
        return reference.end
    }

    private mutating func citeArticles(_ references: [ArticleReference], of reference: Reference, phrase: Range<Int>) {
        for article in references {
            cite(reference.target, article: article.article, paragraph: article.paragraph, range: phrase, link: article.range)
        }
        result.links.append(LinkSpan(range: reference.range, target: reference.target, article: nil))
    }

    /// A list such as `19, 21 and 22`, `2 (1)`, `5 (a) and (b), 6 (c), 9 and 12`.
    private func articleList(at start: Int) -> ([ArticleReference], Int)? {
        var references: [ArticleReference] = []
        var index = start
        while let number = token(index), number.kind == .number {
            let article = text(index)
            var end = index + 1
            var subparagraphs: [(String, Int)] = []
            while let (sub, after) = subparagraph(at: end) { subparagraphs.append((sub, after)); end = after }
            if subparagraphs.isEmpty {
                references.append(ArticleReference(article: article, range: range(index, end)))
            } else {
                references.append(ArticleReference(article: article, paragraph: subparagraphs[0].0, range: range(index, end)))
            }
            while let subStart = listSeparatorEnd(at: end), let (sub, after) = subparagraph(at: subStart) {
                references.append(ArticleReference(article: article, paragraph: sub, range: range(subStart, after)))
                end = after
            }
            index = end
            guard let next = listSeparatorEnd(at: index), token(next)?.kind == .number else { break }
            index = next
        }
        return references.isEmpty ? nil : (references, index)
    }

    /// `(1)`, `(a)`, `(iv)` after an article number.
    private func subparagraph(at index: Int) -> (String, Int)? {
        guard isPunctuation(index, "("), let inner = token(index + 1), isPunctuation(index + 2, ")") else { return nil }
        let written = text(index + 1)
        let isShort = inner.kind == .number || (inner.kind == .word && written.count <= 4 && written.allSatisfy(\.isLetter))
        return isShort ? (written, index + 3) : nil
    }

    /// A bare list counts only where it reads as a reference, not as prose ("a newspaper article 3 days ago").
    private func standsAlone(listStart: Int, listEnd: Int) -> Bool {
        if isWord(listStart - 1, ["a", "an", "his", "her", "their", "my", "our", "this", "newspaper"]) { return false }
        guard let after = token(listEnd) else { return true }
        return after.kind == .punctuation || isWord(listEnd, ["whereby", "which", "that", "thereof", "respectively"])
    }

    /// "of the Convention on Something" that the library does not have: reported, not linked.
    mutating func noteUnknownInstrument(at index: Int) {
        let start = isWord(index, "the") ? index + 1 : index
        var end = start
        while token(end)?.kind == .word, isCapitalized(end) || isWord(end, ["of", "on", "the", "and", "for", "against", "to"]) {
            end += 1
        }
        while end > start, !isCapitalized(end - 1) { end -= 1 }
        guard end > start, (start..<end).contains(where: { Self.instrumentNouns.contains(folded($0)) }) else { return }
        result.unknown.append(((start..<end).map(text).joined(separator: " "), range(start, end)))
    }

    static let instrumentNouns: Set<String> = [
        "convention", "covenant", "code", "charter", "declaration", "act", "law", "constitution", "protocol", "statute",
        "principles", "rules",
    ]
}
