extension CitationScanner {
    /// One cited article: its number, an optional sub-paragraph, and the words that name it.
    struct ArticleReference {
        var article: String
        var paragraph: String?
        var range: Range<Int>
    }

    /// "article 19 of the ICCPR", "articles 19, 21 and 22 of the ICCPR", "articles 9(2) of the PIDCP and 7(4)
    /// of the CADH", "l'article 19 du Pacte", "статья 19 Пакта", or a bare "articles 7, 9 and 10" meaning the
    /// instrument cited just before.
    mutating func scanArticles(at index: Int) -> Int? {
        guard has(index, .article) else { return nil }
        let listStart = index + 1 + (isPunctuation(index + 1, ".") ? 1 : 0)
        guard let (references, afterList) = articleList(at: listStart) else { return nil }
        return citeArticles(references, phraseStart: index, afterList: afterList)
    }

    /// "PIDCP articles 9 and 19", "ICCPR art. 19", "the Covenant, articles 9 and 14": articles right after an
    /// instrument's name are its own, and the name, linked, is not also cited as a whole. A list with an instrument
    /// of its own after it ("the ICCPR, article 7 of the CAT") is left to that instrument.
    mutating func scanArticles(after reference: Reference) -> Int? {
        guard reference.paragraphs.isEmpty else { return nil }
        let opens = isPunctuation(reference.end, "(")
        let word = opens || isPunctuation(reference.end, ",") ? reference.end + 1 : reference.end
        guard has(word, .article), let (references, afterList) = articleList(at: word + 1 + (isPunctuation(word + 1, ".") ? 1 : 0))
        else { return nil }
        if opens {
            // "the Covenant (arts. 9 and 14)"
            guard isPunctuation(afterList, ")") else { return nil }
        } else {
            let (start, afterThe, connector) = instrumentStart(at: afterList)
            guard !connector, !startsReference(at: start), !(afterThe && startsReference(at: start + 1)) else { return nil }
        }
        let end = opens ? afterList + 1 : afterList
        citeArticles(references, of: reference, phrase: reference.range.lowerBound..<tokens[end - 1].range.upperBound)
        return end
    }

    /// "paragraphe 1 de l'article 9 du Pacte", "párrafos 1 y 3 del artículo 9", "пункт 3 статьи 9 Пакта",
    /// "paragraph 1 of article 9 of the Covenant": paragraphs before their article.
    mutating func scanParagraphOfArticle(at index: Int) -> Int? {
        guard let (paragraphs, afterNumbers) = numberList(at: index + 1 + (isPunctuation(index + 1, ".") ? 1 : 0)) else { return nil }
        let articleIndex = instrumentStart(at: afterNumbers).start
        let numberIndex = articleIndex + 1 + (isPunctuation(articleIndex + 1, ".") ? 1 : 0)
        guard has(articleIndex, .article), isArticleNumber(numberIndex) else { return nil }
        let references = paragraphs.enumerated().map { offset, paragraph in
            ArticleReference(
                article: text(numberIndex), paragraph: text(paragraph), range: tokens[offset == 0 ? numberIndex : paragraph].range)
        }
        return citeArticles(references, phraseStart: index, afterList: numberIndex + 1)
    }

    /// Cites a list of articles of the instrument named after it (one the library lacks is reported), or of the
    /// one cited just before if the list stands alone; returns where scanning resumes.
    private mutating func citeArticles(_ references: [ArticleReference], phraseStart: Int, afterList: Int) -> Int {
        var end = afterList
        let connector = isPunctuation(end, ",") && has(end + 1, [.of, .ofThe]) ? end + 1 : end
        let (start, afterThe, connected) = instrumentStart(at: connector)
        if let reference = instrumentReference(at: start, afterThe: afterThe) ?? unknownReference(at: start) {
            citeArticles(references, of: reference, phrase: range(phraseStart, reference.end))
            end = reference.end
            while let next = continuation(at: end) { end = next }
            return end
        }
        guard !connected, let named = lastInParagraph, standsAlone(listStart: phraseStart, listEnd: afterList) else { return end }
        let phrase = range(phraseStart, afterList)
        absorbMentions(of: named, before: phrase.lowerBound)
        for reference in references {
            record(named, article: reference.article, paragraph: reference.paragraph, range: phrase, link: reference.range)
        }
        return end
    }

    /// "and 7(4) of the CADH" after a first group: another group with its own instrument.
    private mutating func continuation(at index: Int) -> Int? {
        let start = isPunctuation(index, ",") && has(index + 1, .and) ? index + 2 : index + 1
        guard has(index, .and) || isPunctuation(index, ","), isArticleNumber(start),
            let (references, afterList) = articleList(at: start)
        else { return nil }
        let (instrumentIndex, afterThe, connected) = instrumentStart(at: afterList)
        guard connected,
            let reference = instrumentReference(at: instrumentIndex, afterThe: afterThe) ?? unknownReference(at: instrumentIndex)
        else { return nil }
        citeArticles(references, of: reference, phrase: range(start, reference.end))
        return reference.end
    }

    private mutating func citeArticles(_ references: [ArticleReference], of reference: Reference, phrase: Range<Int>) {
        for article in references {
            record(reference.named, article: article.article, paragraph: article.paragraph, range: phrase, link: article.range)
        }
        guard case .cited(let target) = reference.named else { return }
        result.links.append(LinkSpan(range: reference.range, target: target, article: nil))
    }

    /// An instrument named earlier in the sentence whose articles a bare list then cites ("the ICCPR, in particular
    /// articles 7, 9 and 10, whereby…") is cited by those articles, not also as a whole.
    private mutating func absorbMentions(of named: Reference.Named, before phraseStart: Int) {
        guard case .cited(let target) = named else { return }
        result.citations.removeAll { match in
            match.target == target && match.article == nil && match.paragraph == nil && match.range.upperBound <= phraseStart
                && !Sentence.ends(in: bytes, between: match.range.upperBound, and: phraseStart)
        }
    }

    /// A list such as `19, 21 and 22`, `2 (1)`, `5 (a) and (b), 6 (c), 9 and 12`, `9 (par. 1 et 3), 14 (par. 1)`,
    /// `9, párrafo 1`.
    func articleList(at start: Int) -> ([ArticleReference], Int)? {
        var references: [ArticleReference] = []
        var index = start
        while isArticleNumber(index) {
            // "86 bis", "144 ter": an article inserted after another keeps its number and the Latin ordinal.
            let ordinal = isWord(index + 1, Self.insertedOrdinals) ? " " + folded(index + 1) : ""
            let article = text(index) + ordinal
            var end = index + (ordinal.isEmpty ? 1 : 2)
            if let (paragraphs, after) = paragraphGroup(at: end) {
                references += paragraphs.enumerated().map { offset, paragraph in
                    ArticleReference(article: article, paragraph: text(paragraph), range: tokens[offset == 0 ? index : paragraph].range)
                }
                index = after
                guard let next = listSeparatorEnd(at: index), isArticleNumber(next) else { break }
                index = next
                continue
            }
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
            guard let next = listSeparatorEnd(at: index), isArticleNumber(next) else { break }
            index = next
        }
        return references.isEmpty ? nil : (references, index)
    }

    /// Whether the token at `index` numbers an article: `19`, or `20.2` in codes numbered by chapter.
    private func isArticleNumber(_ index: Int) -> Bool {
        guard let number = token(index) else { return false }
        if number.kind == .number { return true }
        guard number.kind == .word, number.isASCII else { return false }
        let parts = text(index).split(separator: ".", omittingEmptySubsequences: false)
        return parts.count > 1 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// The Latin ordinals of articles inserted after another: "86 bis".
    static let insertedOrdinals = ["bis", "ter", "quater", "quinquies", "sexies"]

    /// `(1)`, `(a)`, `(iv)` after an article number.
    private func subparagraph(at index: Int) -> (String, Int)? {
        guard isPunctuation(index, "("), let inner = token(index + 1), isPunctuation(index + 2, ")") else { return nil }
        let written = text(index + 1)
        let isShort = inner.kind == .number || (inner.kind == .word && written.count <= 4 && written.allSatisfy(\.isLetter))
        return isShort ? (written, index + 3) : nil
    }

    /// `(par. 1 et 3)` or `, paragraph 1` after an article number: the paragraphs' numbers and where the group ends.
    private func paragraphGroup(at index: Int) -> ([Int], Int)? {
        let opens = isPunctuation(index, "(")
        guard opens || isPunctuation(index, ","), has(index + 1, .paragraph),
            let (numbers, after) = numberList(at: index + 2 + (isPunctuation(index + 2, ".") ? 1 : 0), commas: opens)
        else { return nil }
        guard opens else { return (numbers, after) }
        return isPunctuation(after, ")") ? (numbers, after + 1) : nil
    }

    /// The numbers of a list such as `1 et 3`, `1, 2 y 4` (`1 y 4` only, unless `commas`: in "9, párrafo 1, 14 y 19"
    /// the comma ends the paragraphs), as their tokens' indices, and where it ends.
    private func numberList(at start: Int, commas: Bool = true) -> ([Int], Int)? {
        var numbers: [Int] = []
        var index = start
        while token(index)?.kind == .number {
            numbers.append(index)
            index += 1
            guard commas || !isPunctuation(index, ","), let next = listSeparatorEnd(at: index), token(next)?.kind == .number else { break }
            index = next
        }
        return numbers.isEmpty ? nil : (numbers, index)
    }

    /// A bare list counts only where it reads as a reference, not as prose ("a newspaper article 3 days ago").
    private func standsAlone(listStart: Int, listEnd: Int) -> Bool {
        if has(listStart - 1, .prose) { return false }
        guard let after = token(listEnd) else { return true }
        return after.kind == .punctuation || has(listEnd, .listEnd)
    }
}
