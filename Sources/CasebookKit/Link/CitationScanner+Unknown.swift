extension CitationScanner {
    /// The name of an instrument the library lacks, read from `index` after an article list ("of the", "du", "del",
    /// or nothing in Russian): "Syrian Criminal Code", "Penal Code of Syria", "Code pénal syrien", "Código Penal de
    /// Siria", "Уголовного кодекса Сирии", "Law No. 12-06". Nil unless the words name an instrument: they hold a noun
    /// such as "Code", and are more than "the Convention" alone, which stands for one the text has not named, and
    /// more than a lower-case "the law", which stands for one named before.
    func unknownReference(at index: Int) -> Reference? {
        let start = has(index, .the) ? index + 1 : index
        // "the 2012 Counter-Terrorism Law": a year may come first.
        let year = token(start)?.kind == .number && text(start).count == 4 && isCapitalized(start + 1)
        guard year || (token(start)?.kind == .word && (isCapitalized(start) || has(start, .instrumentNoun))) else { return nil }
        var end = year ? start + 1 : start
        var afterNoun = false
        while end < min(tokens.count, start + 16) {
            if afterNoun, let after = lawNumber(at: end) {
                afterNoun = false
                end = after
                continue
            }
            guard tokens[end].kind == .word else { break }
            if has(end, [.instrumentNoun, .lawWord]) {
                afterNoun = true
                end += 1
            } else if isCapitalized(end), !has(end, [.listEnd, .the, .and]) {
                afterNoun = false
                end += 1
            } else if afterNoun, isNationality(end) {
                end += 1
            } else if let next = joinedName(after: end) {
                afterNoun = false
                end = next
            } else {
                break
            }
        }
        let words = (start..<end).filter { tokens[$0].kind == .word && !isJoining($0) }
        guard words.contains(where: { has($0, .instrumentNoun) }),
            words.count > 1 || (isCapitalized(start) && CitationGrammar.kindWords[folded(start)] == nil)
        else { return nil }
        let name = Self.collapsed(bytes[range(start, end)])
        let generic = words.allSatisfy { has($0, [.instrumentNoun, .lawWord, .numberSign]) || text($0).first?.isNumber == true }
        let key: MissingInstrument.Key = if let country, generic { .localName(name, country: country) } else { .name(name) }
        return Reference(named: .missing(MissingInstrument(key)), range: range(start, end), end: end)
    }

    /// "No. 12-06", "n° 2020-01", "№ 5" after a law's noun, or a number straight after a capitalised one ("Ley 1055"):
    /// where it ends.
    private func lawNumber(at index: Int) -> Int? {
        var number = index
        if has(number, .numberSign) {
            number += 1
            if isPunctuation(number, ".") { number += 1 }
            if token(number)?.kind == .punctuation, ["°", "º"].contains(text(number)) { number += 1 }
        } else if !isCapitalized(index - 1) {
            return nil
        }
        guard let found = token(number), found.kind == .number || found.kind == .session || text(number).first?.isNumber == true else {
            return nil
        }
        // "Law No. 19 of 2012", "Ley 4/2015 de 2015": the year is part of the law's name.
        let isYear = has(number + 1, .of) && token(number + 2)?.kind == .number && text(number + 2).count == 4
        return isYear ? number + 3 : number + 1
    }

    /// Where joining words ("of the", "de la", "on", "and") end when a word of the name follows them ("Penal Code of
    /// Syria", "Convention on Imaginary Things"); nil if none does ("Code of 1997", "the Code and the…").
    private func joinedName(after index: Int) -> Int? {
        var end = index
        while end < min(tokens.count, index + 3), isJoining(end) { end += 1 }
        guard end > index, token(end)?.kind == .word, !has(end, [.listEnd, .the]) else { return nil }
        guard isCapitalized(end) || has(end, [.instrumentNoun, .lawWord]) else { return nil }
        // "and" joins two words of one name ("Torture and Other"), not a name to another instrument ("and the Law").
        let joins = index..<end
        guard joins.contains(where: { has($0, .and) }) else { return end }
        return has(end, .instrumentNoun) || joins.contains(where: { has($0, .the) }) ? nil : end
    }

    /// Whether the word at `index` joins the words of a name: "of", "the", "de", "du", "on", "relative", "и", "о".
    private func isJoining(_ index: Int) -> Bool {
        has(index, [.of, .ofThe, .the, .and, .nameJoins, .nameContinues]) || isWord(index, ["l'", "d'", "aux", "au"])
    }

    /// A lower-case word naming a country's people after a law's noun: "syrien" in "Code pénal syrien", "venezolano".
    private func isNationality(_ index: Int) -> Bool {
        guard !isCapitalized(index), !has(index, [.of, .ofThe, .the, .and, .listEnd, .prose]) else { return false }
        let word = folded(index)
        return Self.nationalityEndings.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    /// Endings of French and Spanish adjectives of nationality (folded): "syrien", "marocain", "libanais", "chinois",
    /// "mexicano", "nicaraguense".
    private static let nationalityEndings = ["ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "ano", "ana", "ense", "eno", "ena"]

    /// Text with each run of spaces and line breaks as one space.
    static func collapsed(_ text: ArraySlice<UInt8>) -> String {
        String(decoding: text, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
