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

    @Test("a full table finds every key and nothing else")
    func manyKeys() {
        let words = (0..<500).map { "w\($0)x" }
        let table = WordTable(Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) }))
        #expect(Self.values(table, words.joined(separator: " ")) == Array(0..<500))
        #expect(Self.values(table, "w500x wx w1 x") == [nil, nil, nil, nil])
    }
}
