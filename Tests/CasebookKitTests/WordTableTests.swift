import Testing
@testable import CasebookKit

@Suite("Word table")
struct WordTableTests {
    /// The value of each word of `text`, nil for words the table lacks.
    static func values(_ table: WordTable<Int>, _ text: String) -> [Int?] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokens(bytes).map { table.value(of: $0, in: bytes) }
    }

    @Test("words are found in any case, other words are not")
    func folding() {
        let table = WordTable(["article": 1, "the": 2, "iccpr": 3])
        #expect(Self.values(table, "Article the THE ICCPR articles art theory") == [1, 2, 2, 3, nil, nil, nil])
    }

    @Test("keys written in capitals are never found: the words looked up are folded")
    func capitalKeys() {
        #expect(Self.values(WordTable(["ICCPR": 1]), "ICCPR iccpr") == [nil, nil])
    }

    @Test("non-ASCII words match folded: in any case, normalization form, with or without accents")
    func nonASCII() {
        let table = WordTable(["cafe": 1, "codigo": 2, "статья": 3])
        #expect(Self.values(table, "CAFé cafe\u{0301} Código codigo Статья статьи") == [1, 1, 2, 2, 3, nil])
    }

    @Test("a word of letters that compose with nothing is found by its bytes exactly as a String finds it, whichever form key and text are in")
    func composedForms() {
        let keys = ["пакт": 1, "йошкар": 2, "и\u{0306}ога": 3, "ёлка": 4, "οδος": 5, "الانسان": 6, "ﬁn": 7, "ǆem": 8, "x\u{0308}": 9]
        let table = WordTable(keys)
        let words = ["Пакт", "йошкар", "и\u{0306}ошкар", "йога", "и\u{0306}ога", "ёлка", "е\u{0308}лка", "ΟΔΟΣ", "الانسان", "fin", "ﬁn", "ǆem", "dže", "ẍ", "x\u{0308}", "пакта"]
        for word in words {
            let bytes = Array(word.utf8)
            let expected = keys[String(decoding: Tokenizer.fold(bytes[...]), as: UTF8.self)]
            #expect(Tokenizer.tokens(bytes).count == 1 && Self.values(table, word) == [expected], "\(word.debugDescription)")
        }
        #expect(WordTable<Int>.isPlain(Array("пакт οδος café".utf8)[...]) && !WordTable<Int>.isPlain(Array("и\u{0306}".utf8)[...]))
    }

    @Test("a full table finds every key, in any case, and nothing else", arguments: [("w", "x"), ("п", "к"), ("ο", "ν"), ("ا", "ن"), ("ж", "ы")])
    func manyKeys(first: String, last: String) {
        let words = (0..<500).map { "\(first)\($0)\(last)" }
        let table = WordTable(Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) }))
        #expect(Self.values(table, words.joined(separator: " ")) == Array(0..<500))
        #expect(Self.values(table, words.map { $0.uppercased() }.joined(separator: " ")) == Array(0..<500))
        #expect(Self.values(table, "\(first)500\(last) \(first)\(last) \(first)1 \(last)") == [nil, nil, nil, nil])
    }
}
