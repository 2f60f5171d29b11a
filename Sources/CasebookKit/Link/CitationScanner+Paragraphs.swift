extension CitationScanner {
    /// A paragraph, or a range of them, cited of a document: `58`, `58-60`, and the bytes that write it.
    struct ParagraphNumber {
        var text: String
        var range: Range<Int>
    }

    /// "paragraph 58 of A/HRC/26/29", "paragraphs 3 and 4 of article 9 of the Covenant", "paragraphe 3 de
    /// l'article 9", "пункт 3 статьи 9 Пакта": paragraphs before what they belong to.
    mutating func scanParagraphs(at index: Int) -> Int? {
        scanParagraphsOfDocument(at: index) ?? scanParagraphOfArticle(at: index)
    }

    /// "paragraph 58 of A/HRC/26/29", "paras. 9 to 12 of CM/Rec(2018)11", "párrafo 9 de la observación…": each
    /// paragraph number linked to its place on the document's page, the symbol to the page.
    private mutating func scanParagraphsOfDocument(at index: Int) -> Int? {
        guard let (paragraphs, after) = paragraphNumbers(at: index + 1 + (isPunctuation(index + 1, ".") ? 1 : 0)) else { return nil }
        let (start, _, connector) = instrumentStart(at: after)
        let isSymbol = token(start)?.kind == .symbol
        guard connector || isSymbol, isSymbol || generalCommentReference(at: start) != nil || regionalSymbol(at: start) != nil,
            let reference = instrumentReference(at: start, afterThe: false), reference.paragraphs.isEmpty
        else { return nil }
        for paragraph in paragraphs {
            record(reference.named, article: nil, paragraph: paragraph.text, range: range(index, reference.end), link: paragraph.range)
        }
        if case .cited(let target) = reference.named { result.links.append(LinkSpan(range: reference.range, target: target, article: nil)) }
        return reference.end
    }

    /// Paragraph numbers: `9`, `9-10`, `9–10`, `9 to 10` and `9 and 10` (a range), `9 and 12` (two), `9, 12 and 15`
    /// (three: commas only in a list that ends with "and"), and where they end.
    func paragraphNumbers(at index: Int) -> ([ParagraphNumber], Int)? {
        var numbers: [ParagraphNumber] = []
        var end = index
        var commasOnly = false, lastByAnd = false
        while let (number, after) = paragraphItem(at: end) {
            numbers.append(number)
            end = after
            guard let next = listSeparatorEnd(at: after), paragraphItem(at: next) != nil else { break }
            lastByAnd = next > after + 1 || has(after, .and)
            commasOnly = commasOnly || !lastByAnd
            end = next
        }
        guard let first = numbers.first else { return nil }
        // "para. 64, 2014": a comma does not make a list unless an "and" closes it.
        if commasOnly && !lastByAnd { return ([first], paragraphItem(at: index)!.1) }
        if numbers.count == 2, let a = Int(numbers[0].text), let b = Int(numbers[1].text), b == a + 1 {
            return ([ParagraphNumber(text: "\(a)-\(b)", range: numbers[0].range.lowerBound..<numbers[1].range.upperBound)], end)
        }
        return (numbers, end)
    }

    /// One paragraph, or a range: `9`, `9-10` (one token), `9 - 10`, `9–10`, `9 to 10`, `9 à 10`.
    private func paragraphItem(at index: Int) -> (ParagraphNumber, Int)? {
        guard let first = token(index) else { return nil }
        if first.kind == .number {
            guard isRangeMark(index + 1), token(index + 2)?.kind == .number else {
                return (ParagraphNumber(text: text(index), range: first.range), index + 1)
            }
            return (ParagraphNumber(text: "\(text(index))-\(text(index + 2))", range: range(index, index + 3)), index + 3)
        }
        let parts = text(index).split(separator: "-")
        guard first.kind == .word, parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        return (ParagraphNumber(text: text(index), range: first.range), index + 1)
    }

    /// A hyphen, an en dash or a word such as "to" between the ends of a range.
    private func isRangeMark(_ index: Int) -> Bool {
        isPunctuation(index, "-") || (token(index)?.kind == .punctuation && text(index) == "–") || has(index, .rangeWord)
    }
}
