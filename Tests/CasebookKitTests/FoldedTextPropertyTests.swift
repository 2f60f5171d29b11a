import Testing
@testable import CasebookKit

/// Generated texts of tricky pieces (escapes, Cyrillic and Greek, fullwidth forms, marks, joiners, digraphs):
/// a reading depends on nothing but its own bytes, and words are read one by one.
@Suite("Folded text properties")
struct FoldedTextPropertyTests {
    static let pieces: [String] = [
        "Zhanar", "Sekerbayeva", "&amp;", "&aacute;", "&aacutenar", "&#97;", "&#x41;", "&", "%20", "%D0%96", "%2541", "%",
        "\\u0041", "\\uD83D\\uDE00", "<em>", "'", "`", "Жанар", "Секербаева", "Хартабиль", "щука", "Ζhanar", "Sekеrbayeva",
        "Ｆｏｏ", "ﬁ", "ß", "Ł", "é", "a\u{0301}", "\u{200D}", "\u{00AD}", "\u{00A0}", "𝐙𝐡", "Ⓩ", "ia", "aie", "shch", "tsch",
        "dzh", "dj", "j", "aj", "x", "yy", "ll", "kh", "ph", "ck", "q", "w", "12", "٣", "-", "ΘΕΟΣ", "ψ", "Ǳ", "\u{2028}",
        String(repeating: "abcdefgh", count: 3), "xxxxxxxxxxxxxxxx", "Mississippi",
    ]

    static func text(_ generator: inout FuzzTests.Generator) -> String {
        (0..<generator.int(12)).map { _ in pieces[generator.int(pieces.count)] }.joined()
    }

    @Test("two texts joined by a word read as the one, the word, then the other")
    func concatenation() {
        var generator = FuzzTests.Generator(state: 7)
        let word = FoldedText("ok")
        for _ in 0..<400 {
            let (first, second) = (Self.text(&generator), Self.text(&generator))
            let (a, b) = (FoldedText(first), FoldedText(second))
            // A word of two letters between them, since letters standing alone side by side are one word.
            let joined = FoldedText(first + " ok " + second)
            let offset = Int32(first.utf8.count + 4)
            #expect(joined.keys == a.keys + word.keys + b.keys, "\(first) | \(second)")
            #expect(joined.starts == a.starts + word.starts + b.starts, "\(first) | \(second)")
            #expect(joined.origins == a.origins + word.origins.map { $0 + Int32(first.utf8.count + 1) } + b.origins.map { $0 + offset }, "\(first) | \(second)")
        }
    }

    @Test("a text reads the same again, whatever was read in between")
    func repeatable() {
        var generator = FuzzTests.Generator(state: 11)
        let texts = (0..<200).map { _ in Self.text(&generator) }
        let first = texts.map { FoldedText(Array($0.utf8), markup: .markup) }
        for (text, reading) in zip(texts.reversed(), first.reversed()) {
            let again = FoldedText(Array(text.utf8), markup: .markup)
            #expect(again.keys == reading.keys && again.starts == reading.starts && again.origins == reading.origins, "\(text)")
        }
    }
}
