extension CitationScanner {
    /// "Human Rights Council resolutions 43/16 and 43/4", "resolutions 33/30 and 34/18 of the Human Rights Council",
    /// "résolution 43/16 du Conseil des droits de l'homme", "резолюция 43/16 Совета по правам человека".
    mutating func scanResolutions(at index: Int) -> Int? {
        if let (series, afterBody) = resolutionBody(at: index), has(afterBody, .resolution),
            let (sessions, end) = sessionList(at: afterBody + 1)
        {
            citeResolutions(sessions, series: series, phrase: range(index, end))
            return end
        }
        guard has(index, .resolution), let (sessions, afterList) = sessionList(at: index + 1),
            let (series, end) = resolutionBody(at: instrumentStart(at: afterList).start)
        else { return nil }
        citeResolutions(sessions, series: series, phrase: range(index, end))
        return end
    }

    private func resolutionBody(at index: Int) -> (String, Int)? {
        for body in CitationGrammar.resolutionBodies where body.words.indices.allSatisfy({ isWord(index + $0, body.words[$0]) }) {
            return (body.series, index + body.words.count)
        }
        return nil
    }

    /// `43/16, 43/4, 41/12, 41/18 and 41/6`.
    private func sessionList(at start: Int) -> ([Token], Int)? {
        var sessions: [Token] = []
        var index = start
        while let session = token(index), session.kind == .session {
            sessions.append(session)
            index += 1
            guard let next = listSeparatorEnd(at: index), token(next)?.kind == .session else { break }
            index = next
        }
        return sessions.isEmpty ? nil : (sessions, index)
    }

    private mutating func citeResolutions(_ sessions: [Token], series: String, phrase: Range<Int>) {
        for session in sessions {
            let symbol = series + session.text(in: bytes)
            let target: CitationTarget = catalog.slug(forSymbol: symbol).map { .instrument($0) } ?? .external(symbol: symbol)
            cite(target, article: nil, paragraph: nil, range: phrase, link: session.range)
        }
    }

    /// "General Comment No. 28 of the Human Rights Committee", "the Human Rights Committee's general comment No. 35",
    /// "general comment No. 35, paragraph 9".
    mutating func scanGeneralComment(at index: Int) -> Int? {
        guard let reference = generalCommentReference(at: index) else { return nil }
        citeMention(reference)
        return reference.end
    }

    /// A general comment or recommendation with a treaty body named near it; nil if none is near.
    func generalCommentReference(at index: Int) -> Reference? {
        guard isWord(index, "general"), isWord(index + 1, ["comment", "recommendation"]) else { return nil }
        var numberIndex = index + 2
        if isWord(numberIndex, ["no", "number"]) { numberIndex += isPunctuation(numberIndex + 1, ".") ? 2 : 1 }
        guard token(numberIndex)?.kind == .number, let committee = nearestCommittee(around: index, end: numberIndex + 1) else {
            return nil
        }
        let number = text(numberIndex)
        let named: Reference.Named = catalog.slug(forGeneralComment: committee.rawValue, number: number).map { .cited(.instrument($0)) }
            ?? .missing(MissingInstrument(.generalComment(committee: committee, number: number)))
        // "general comment No. 35 (2014), para. 9": the year of adoption is part of the name.
        let hasYear = isPunctuation(numberIndex + 1, "(") && token(numberIndex + 2)?.kind == .number && text(numberIndex + 2).count == 4
            && isPunctuation(numberIndex + 3, ")")
        return documentReference(named, from: index, end: numberIndex + (hasYear ? 4 : 1))
    }

    /// The treaty body named closest to a general comment, within a few words either side.
    private func nearestCommittee(around start: Int, end: Int) -> TreatyBody? {
        let window = max(0, start - 10)..<min(tokens.count, end + 10)
        var best: (TreatyBody, Int)?
        for (body, words) in Self.committeeNames {
            for position in window where position + words.count <= tokens.count
                && words.indices.allSatisfy({ tokens[position + $0].matches(words[$0], words[$0].indices, exactCase: false, in: bytes) })
            {
                let distance = position < start ? start - position : position - end
                if best == nil || distance < best!.1 { best = (body, distance) }
            }
        }
        return best?.0
    }

    /// Each treaty body's names, in order, as their folded words' bytes.
    private static let committeeNames: [(TreatyBody, [[UInt8]])] = TreatyBody.allCases.flatMap { body in
        body.names.map { name in
            let bytes = Array(name.utf8)
            return (body, Tokenizer.tokens(bytes).map { Array($0.folded(in: bytes).utf8) })
        }
    }
}
