/// The forms a name takes in Russian and the languages that decline names like it: `Секербаевой`,
/// `Секербаеву` for `Секербаева`, `Петрова`, `Петровым` for `Петров`. A protected name is looked for in
/// each of them, so a translation that declines it is caught too.
///
/// The forms are made on skeletons (see `NameSkeleton`), so they hold whatever script or romanization the
/// text writes them in. In one grammatical case every part of a name takes that case's ending: a word
/// ending in `a` takes the endings of feminine nouns and adjectival surnames, a word ending in a consonant
/// those of masculine nouns and surnames, or none (female names like `Жанар` do not decline); shorter
/// words and words ending otherwise are kept as written.
enum NameDeclension {
    /// A word's skeleton as each grammatical case may write it, per case (nominative first).
    static func forms(of word: [UInt8]) -> [[[UInt8]]] {
        guard word.count >= 4, let last = word.last, let ending = endings(after: last) else { return cases.map { _ in [word] } }
        let stem = last == UInt8(ascii: "a") ? Array(word.dropLast()) : word
        return ending.map { endings in
            endings.map { FoldedText(String(decoding: stem, as: UTF8.self) + $0).keys }
        }
    }

    /// Every way the words of a name (each a skeleton) are written in one grammatical case, for each case.
    static func declined(_ words: [[UInt8]]) -> [[[UInt8]]] {
        guard (2...3).contains(words.count) else { return [words] }
        let perWord = words.map(forms(of:))
        var made: Set<[[UInt8]]> = []
        var ordered: [[[UInt8]]] = []
        for index in cases.indices {
            var combinations: [[[UInt8]]] = [[]]
            for word in perWord {
                combinations = combinations.flatMap { prefix in word[index].map { prefix + [$0] } }
            }
            for combination in combinations where made.insert(combination).inserted { ordered.append(combination) }
        }
        return ordered
    }

    /// Every form of one word, the word itself first.
    static func allForms(of word: [UInt8]) -> [[UInt8]] {
        var seen: Set<[UInt8]> = []
        return forms(of: word).joined().filter { seen.insert($0).inserted }
    }

    /// The grammatical cases: nominative, genitive, dative, accusative, instrumental, prepositional.
    private static let cases = 0..<6

    /// The endings of each case for a word ending in `last` (on skeletons: `ой` is `oi`, `ым` is `im`).
    private static func endings(after last: UInt8) -> [[String]]? {
        if last == UInt8(ascii: "a") {
            return [["a"], ["i", "oi", "ei"], ["e", "oi", "ei", "i"], ["u"], ["oi", "ei", "ou"], ["e", "oi", "ei", "i"]]
        }
        guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(last), !"eiou".utf8.contains(last) else { return nil }
        return [[""], ["", "a"], ["", "u"], ["", "a"], ["", "om", "im", "em"], ["", "e"]]
    }
}
