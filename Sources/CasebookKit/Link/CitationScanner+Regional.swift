extension CitationScanner {
    /// A regional body's document at `index` (`RegionalSymbol`), with the paragraphs cited after it: the library's
    /// page for it, or the instrument the library lacks.
    func regionalReference(at index: Int) -> Reference? {
        guard let (symbol, end) = regionalSymbol(at: index) else { return nil }
        let named: Reference.Named = catalog.slug(forRegionalSymbol: symbol).map { .cited(.instrument($0)) }
            ?? .missing(MissingInstrument(.symbol(symbol)))
        return documentReference(named, from: index, end: end)
    }

    /// The regional document whose reference starts at `index`, as the library would write its symbol, and where
    /// it ends.
    func regionalSymbol(at index: Int) -> (symbol: String, end: Int)? {
        guard let first = token(index) else { return nil }
        let written = text(index)
        if first.kind == .symbol {
            if let series = RegionalSymbol.interAmerican(written) { return interAmericanDocument(series, after: index) }
            return joined(from: index, spaced: true) { RegionalSymbol.africanResolution($0) ?? RegionalSymbol.ministers($0) }
        }
        guard first.kind == .word else { return nil }
        if RegionalSymbol.treatySeries.contains(written) {
            return numberAfterSign(at: index + 1).map { (RegionalSymbol.treaty(text($0)), $0 + 1) }
        }
        if written == "Rec" || written == "Res" { return joined(from: index, spaced: false, RegionalSymbol.ministers) }
        if has(index, .series), token(index + 1)?.kind == .word, text(index + 1) == "C", let number = numberAfterSign(at: index + 2) {
            return ("IACtHR Series C No. \(text(number))", number + 1)
        }
        return numberedTexts(at: index).first.map { ($0.symbol, $0.end) }
    }

    /// "Resolutions 2095 (2016) and 2225 (2018)" of the Parliamentary Assembly, "Communications 245/02 and 246/02"
    /// of the African Commission: each text cited, its own words linked.
    mutating func scanNumberedTexts(at index: Int) -> Int? {
        let texts = numberedTexts(at: index)
        guard let last = texts.last else { return nil }
        for text in texts {
            let named: Reference.Named = catalog.slug(forRegionalSymbol: text.symbol).map { .cited(.instrument($0)) }
                ?? .missing(MissingInstrument(.symbol(text.symbol)))
            record(named, article: nil, paragraph: nil, range: range(index, last.end), link: text.link)
        }
        return last.end
    }

    /// The texts a body numbers on its own, cited after their word with the body named near: "Resolution 2095 (2016)"
    /// of the Parliamentary Assembly, "Communication No. 245/02" of the African Commission.
    private func numberedTexts(at index: Int) -> [(symbol: String, link: Range<Int>, end: Int)] {
        let isAssembly = has(index, [.resolution, .recommendation]), isCommunication = has(index, .communication)
        guard isAssembly || isCommunication else { return [] }
        var texts: [(symbol: String, link: Range<Int>, end: Int)] = []
        var item = index + 1 + (isPunctuation(index + 1, ".") ? 1 : 0)
        if isCommunication, let number = numberAfterSign(at: item, bare: false) { item = number }
        while let number = token(item) {
            if isAssembly, number.kind == .number, isPunctuation(item + 1, "("), token(item + 2)?.kind == .number,
                text(item + 2).count == 4, isPunctuation(item + 3, ")")
            {
                let kind = has(index, .recommendation) ? "Recommendation" : "Resolution"
                texts.append(("PACE \(kind) \(text(item)) (\(text(item + 2)))", range(item, item + 4), item + 4))
            } else if isCommunication, number.kind == .session {
                texts.append(("ACHPR Communication \(text(item))", number.range, item + 1))
            } else {
                break
            }
            guard let next = listSeparatorEnd(at: texts.last!.end), token(next)?.kind == .number || token(next)?.kind == .session else { break }
            item = next
        }
        guard let last = texts.last, nearestRegionalBody(around: index, end: last.end) == (isAssembly ? .pace : .achpr) else { return [] }
        return texts
    }

    /// "OEA/Ser.L/V/II.164 Doc. 99", "OEA/Ser.L/V/II. Doc. 66, rev. 1": a series and session, then the document.
    private func interAmericanDocument(_ series: String, after index: Int) -> (symbol: String, end: Int) {
        // A series without a session number ends in a full stop: "OEA/Ser.L/V/II."
        var symbol = series.last?.isNumber == true ? series : series + "."
        var doc = index + 1 + (isPunctuation(index + 1, ".") ? 1 : 0)
        if isPunctuation(doc, ",") { doc += 1 }
        guard isWord(doc, ["doc", "docs"]) else { return (symbol, index + 1) }
        let number = doc + 1 + (isPunctuation(doc + 1, ".") ? 1 : 0)
        guard let token = token(number), token.kind == .number || token.kind == .session else { return (symbol, index + 1) }
        symbol += " Doc. " + text(number)
        var end = number + 1
        let revision = isPunctuation(end, ",") ? end + 1 : end
        if isWord(revision, ["rev", "corr", "add"]), isPunctuation(revision + 1, "."), self.token(revision + 2)?.kind == .number {
            symbol += " \(folded(revision)). \(text(revision + 2))"
            end = revision + 3
        }
        return (symbol, end)
    }

    /// The number after "No.", "n°", "№" (or straight away, unless `bare` is false) from `index`: its token's index.
    func numberAfterSign(at index: Int, bare: Bool = true) -> Int? {
        var number = index
        if has(number, .numberSign) {
            number += 1
            if isPunctuation(number, ".") { number += 1 }
            if token(number)?.kind == .punctuation, ["°", "º"].contains(text(number)) { number += 1 }
        } else if !bare {
            return index
        }
        guard let token = token(number), token.kind == .number || (!bare && token.kind == .session) else { return nil }
        return number
    }

    /// The longest run of tokens from `index` (words of a symbol, numbers, `.`, `(`, `)`, roman numerals), joined
    /// without spaces, that `parse` reads as a symbol; `spaced` allows spaces between them.
    private func joined(from index: Int, spaced: Bool, _ parse: (String) -> String?) -> (symbol: String, end: Int)? {
        var parts = [text(index)]
        var end = index + 1
        while end < min(tokens.count, index + 8), spaced || tokens[end].range.lowerBound == tokens[end - 1].range.upperBound {
            let part = text(end)
            let isRoman = tokens[end].kind == .word && part.allSatisfy { "IVXLC".contains($0) }
            guard tokens[end].kind == .number || isRoman || [".", "(", ")"].contains(part) else { break }
            parts.append(part)
            end += 1
        }
        for count in stride(from: parts.count, through: 1, by: -1) {
            if let symbol = parse(parts.prefix(count).joined()) { return (symbol, index + count) }
        }
        return nil
    }

    /// The regional body named nearest a number, within a few words either side; `.other` when a UN body that numbers
    /// its texts the same way, or a treaty body, is named nearer.
    private func nearestRegionalBody(around start: Int, end: Int) -> RegionalSymbol.Body? {
        let window = max(0, start - 12)..<min(tokens.count, end + 12)
        var best: (body: RegionalSymbol.Body, distance: Int)?
        for (words, body) in CitationGrammar.regionalBodies {
            for position in window where position + words.count <= tokens.count
                && words.indices.allSatisfy({ isWord(position + $0, words[$0]) })
            {
                let distance = position < start ? start - position : position - end
                if best == nil || distance < best!.distance { best = (body, distance) }
            }
        }
        return best?.body
    }
}
