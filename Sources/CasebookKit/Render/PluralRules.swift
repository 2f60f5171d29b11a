/// CLDR's plural rules for whole numbers: which form of a counted word a language uses ("1 case", "2 cases";
/// Russian "1 дело", "2 дела", "5 дел"; Arabic's six forms). The rules are CLDR's own text (plurals.xml),
/// read for whole numbers (`v`, `f`, `t`, `e` are 0; `n` and `i` the number); a test checks every language
/// here against the rules ICU carries in Foundation.
enum PluralRules {
    /// CLDR's plural categories.
    enum Category: String, Sendable, CaseIterable {
        case zero, one, two, few, many, other
    }

    /// The categories `language` uses, `other` last; nil for a language whose rules Casebook does not have.
    static func categories(of language: String) -> [Category]? {
        rules(of: language).map { $0.map(\.category) + [.other] }
    }

    /// The category of `count` in `language`: the first rule that holds, else `other`.
    static func category(of count: Int, in language: String) -> Category {
        rules(of: language)?.first { $0.condition.holds(for: count) }?.category ?? .other
    }

    /// The languages Casebook has rules for, by primary tag.
    static var languages: [String] { table.keys.sorted() }

    private static func rules(of language: String) -> [Rule]? {
        table[language.lowercased()] ?? table[LanguageTag.primary(of: language)]
    }

    private struct Rule: Sendable {
        var category: Category
        var condition: Condition
    }

    /// The rules by language, from CLDR's plurals.xml (cardinal), in CLDR's order; `other` is implied.
    private static let table: [String: [Rule]] = {
        let source: [(languages: [String], rules: [(Category, String)])] = [
            (["ja", "ko", "zh", "th", "id", "ms", "vi", "my", "lo", "km"], []),
            (["en", "de", "nl", "sv", "et", "fi", "ur", "sw"], [(.one, "i = 1 and v = 0")]),
            (["kk", "ky", "uz", "tr", "az", "tk", "el", "hu", "bg", "nb", "no", "ps", "mn", "ug", "ka", "mr"], [(.one, "n = 1")]),
            (["fa", "hi", "bn", "gu", "kn", "zu", "am"], [(.one, "i = 0 or n = 1")]),
            (["hy"], [(.one, "i = 0,1")]),
            (["fr"], [(.one, "i = 0,1"), (.many, "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5")]),
            (["es"], [(.one, "n = 1"), (.many, "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5")]),
            (["it"], [(.one, "i = 1 and v = 0"), (.many, "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5")]),
            (["pt"], [(.one, "i = 0..1"), (.many, "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5")]),
            (["pt-pt"], [(.one, "i = 1 and v = 0"), (.many, "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5")]),
            (["ru", "uk", "be"], [
                (.one, "v = 0 and i % 10 = 1 and i % 100 != 11"),
                (.few, "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"),
                (.many, "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14"),
            ]),
            (["pl"], [
                (.one, "i = 1 and v = 0"),
                (.few, "v = 0 and i % 10 = 2..4 and i % 100 != 12..14"),
                (.many, "v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14"),
            ]),
            (["cs", "sk"], [(.one, "i = 1 and v = 0"), (.few, "i = 2..4 and v = 0"), (.many, "v != 0")]),
            (["sr", "hr", "bs"], [
                (.one, "v = 0 and i % 10 = 1 and i % 100 != 11 or f % 10 = 1 and f % 100 != 11"),
                (.few, "v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or f % 10 = 2..4 and f % 100 != 12..14"),
            ]),
            (["he"], [(.one, "i = 1 and v = 0 or i = 0 and v != 0"), (.two, "i = 2 and v = 0")]),
            (["ar"], [
                (.zero, "n = 0"), (.one, "n = 1"), (.two, "n = 2"), (.few, "n % 100 = 3..10"), (.many, "n % 100 = 11..99"),
            ]),
        ]
        var table: [String: [Rule]] = [:]
        for (languages, rules) in source {
            let parsed = rules.map { Rule(category: $0.0, condition: Condition($0.1)) }
            for language in languages { table[language] = parsed }
        }
        return table
    }()
}

/// A CLDR plural condition (`v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or …`), read for whole numbers.
struct Condition: Sendable {
    /// Alternatives (`or`), each a list of relations that must all hold (`and`).
    private let alternatives: [[Relation]]

    private struct Relation: Sendable {
        var operand: Character
        var modulus: Int?
        var equal: Bool
        var ranges: [ClosedRange<Int>]
    }

    /// Reads the condition's text; CLDR's syntax, without samples.
    init(_ text: String) {
        alternatives = text.components(separatedBy: " or ").map { part in
            part.components(separatedBy: " and ").map { relation in
                let words = relation.split(separator: " ")
                let operand = words[0].first ?? "n"
                var index = 1
                var modulus: Int?
                if words[index] == "%" {
                    modulus = Int(words[index + 1])
                    index += 2
                }
                let equal = words[index] == "="
                let ranges = words[index + 1].split(separator: ",").map { item -> ClosedRange<Int> in
                    let bounds = item.components(separatedBy: "..").compactMap { Int($0) }
                    return bounds[0]...(bounds.last ?? bounds[0])
                }
                return Relation(operand: operand, modulus: modulus, equal: equal, ranges: ranges)
            }
        }
    }

    /// Whether the condition holds for the whole number `count`.
    func holds(for count: Int) -> Bool {
        alternatives.contains { relations in
            relations.allSatisfy { relation in
                // n and i are the number; v, w, f, t (fraction digits) and e, c (exponent) are 0 for whole numbers.
                var value = "ni".contains(relation.operand) ? count : 0
                if let modulus = relation.modulus { value %= modulus }
                return relation.ranges.contains { $0.contains(value) } == relation.equal
            }
        }
    }
}
