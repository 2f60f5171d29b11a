/// Every way the library's instruments are named, grouped by first word, kept in flat arrays so that
/// matching a text against many names copies nothing: one first word can begin many names
/// ("Criminal Code of …" for every country).
struct InstrumentNames: Sendable {
    /// One way of naming an instrument.
    struct Name: Sendable {
        /// Where its tokens are in `InstrumentNames.tokens`.
        var tokens: Range<Int>
        /// Abbreviations match only as written (`CAT` is not `cat`); titles match in any case.
        var exactCase: Bool
        var slug: String
        /// Set for names that mean the instrument only in texts about this country.
        var country: String?
    }

    /// A name as the library writes it.
    struct Written: Equatable {
        var text: String
        var exactCase: Bool
        var slug: String
        var country: String?
    }

    /// The names, those with the same first word together and longest first.
    private var names: [Name] = []
    /// Each token of each name, as its range in `bytes`: folded unless its name is exact-case, a stem if declined.
    private var tokens: [Range<Int>] = []
    /// Which of `tokens` are stems of Russian words, which match in any case ending (`Declension`).
    private var isStem: [Bool] = []
    private var bytes: [UInt8] = []
    /// Where the names beginning with each first word (folded, in each of its case forms) are in `names`.
    private(set) var groups: [String: Range<Int>] = [:]

    init(_ written: [Written]) {
        var byFirstWord: [String: [(tokens: [String], name: Written)]] = [:]
        for name in written {
            let text = Array(name.text.utf8)
            let words = Tokenizer.tokens(text).map { name.exactCase ? $0.text(in: text) : $0.folded(in: text) }
            guard let first = words.first else { continue }
            let key = name.exactCase ? Tokenizer.fold(first) : Declension.stem(first).map { "~" + $0 } ?? first
            byFirstWord[key, default: []].append((words, name))
        }
        for (first, group) in byFirstWord {
            let range = names.count..<names.count + group.count
            if first.hasPrefix("~") {
                for form in Declension.forms(of: String(first.dropFirst())) where groups[form] == nil { groups[form] = range }
            } else {
                groups[first] = range
            }
            for (words, name) in group.sorted(by: { ($0.tokens.count, $0.name.slug) > ($1.tokens.count, $1.name.slug) }) {
                names.append(Name(
                    tokens: tokens.count..<tokens.count + words.count, exactCase: name.exactCase, slug: name.slug,
                    country: name.country))
                for word in words {
                    let stem = name.exactCase ? nil : Declension.stem(word)
                    let stored = stem ?? word
                    tokens.append(bytes.count..<bytes.count + stored.utf8.count)
                    isStem.append(stem != nil)
                    bytes += stored.utf8
                }
            }
        }
    }

    /// The longest name of `group` that the tokens from `start` read, for a text about `country`, with the
    /// index after it.
    func longest(_ group: Range<Int>, in text: [UInt8], _ textTokens: [Token], at start: Int, country: String?) -> (slug: String, end: Int)? {
        for candidate in group {
            let end = start + names[candidate].tokens.count
            // The last word tells most names of a group apart ("… of Kazakhstan"): compared first.
            guard end <= textTokens.count,
                names[candidate].tokens.reversed().allSatisfy({ token in
                    let index = start + token - names[candidate].tokens.lowerBound
                    if isStem[token] {
                        return Declension.matches(textTokens[index].folded(in: text), stem: String(decoding: bytes[tokens[token]], as: UTF8.self))
                    }
                    return textTokens[index].matches(bytes, tokens[token], exactCase: names[candidate].exactCase, in: text)
                }),
                names[candidate].country == nil || names[candidate].country == country
            else { continue }
            return (names[candidate].slug, end)
        }
        return nil
    }
}
