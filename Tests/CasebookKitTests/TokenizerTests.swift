import Testing
@testable import CasebookKit

@Suite("Citation tokenizer")
struct CitationTokenizerTests {
    /// Each token as `kind:text`, so a whole token list compares in one expectation.
    static func described(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer.tokens(bytes).map { "\($0.kind):\($0.text(in: bytes))" }
    }

    @Test("words, numbers and punctuation")
    func wordsNumbersPunctuation() {
        #expect(Self.described("Article 19, of the ICCPR.") == [
            "word:Article", "number:19", "punctuation:,", "word:of", "word:the", "word:ICCPR", "punctuation:.",
        ])
        #expect(Self.described("articles 9(2) and 7 (4)") == [
            "word:articles", "number:9", "punctuation:(", "number:2", "punctuation:)", "word:and", "number:7",
            "punctuation:(", "number:4", "punctuation:)",
        ])
    }

    @Test("words fold to lower case without accents; numbers and symbols keep their text")
    func folding() {
        let bytes = Array("ICCPR CAFÉ 19 A/HRC/23/50".utf8)
        let tokens = Tokenizer.tokens(bytes)
        #expect(tokens.map { $0.folded(in: bytes) } == ["iccpr", "cafe", "19", "A/HRC/23/50"])
        #expect(tokens[0].isWord("iccpr", in: bytes))
        #expect(!tokens[2].isWord("19", in: bytes))
    }

    @Test("letters mixed with digits, inner hyphens, dots and apostrophes stay one word")
    func innerMarks() {
        #expect(Self.described("2200A Madrigal-Borloz e.g. don't") == [
            "word:2200A", "word:Madrigal-Borloz", "word:e.g", "punctuation:.", "word:don't",
        ])
        #expect(Self.described("end- -start") == ["word:end", "punctuation:-", "punctuation:-", "word:start"])
    }

    @Test("two numbers joined by one slash are a session")
    func sessions() {
        #expect(Self.described("43/16, 41/12 and 2021/22") == [
            "session:43/16", "punctuation:,", "session:41/12", "word:and", "session:2021/22",
        ])
        // A date has two slashes: not a session, not a symbol.
        #expect(Self.described("15/07/2021") == ["word:15/07/2021"])
    }

    @Test("UN document symbols are one token", arguments: [
        "A/HRC/23/50", "E/C.12/KAZ/CO/2", "A/RES/2200A(XXI)", "HRI/GEN/1/Rev/9", "HRI/GEN/1/Rev.9", "CCPR/C/GC/35",
        "A/HRC/RES/43/16", "E/CN.4/RES/2005/22",
    ])
    func symbols(symbol: String) {
        #expect(Self.described(symbol) == ["symbol:\(symbol)"])
        #expect(Self.described("see \(symbol), para 9") == [
            "word:see", "symbol:\(symbol)", "punctuation:,", "word:para", "number:9",
        ])
    }

    @Test("a roman session belongs to a symbol only, not to any word before a parenthesis")
    func romanGroups() {
        #expect(Self.described("A/RES/2200A(XXI).") == ["symbol:A/RES/2200A(XXI)", "punctuation:."])
        #expect(Self.described("Annex(XXI)") == ["word:Annex", "punctuation:(", "word:XXI", "punctuation:)"])
        #expect(Self.described("A/RES/60(abc)") == [
            "symbol:A/RES/60", "punctuation:(", "word:abc", "punctuation:)",
        ])
    }

    @Test("line breaks are tokens; spaces, tabs and no-break spaces separate")
    func spacing() {
        #expect(Self.described("article\u{00A0}19\tof\r\nthe ICCPR") == [
            "word:article", "number:19", "word:of", "newline:\n", "word:the", "word:ICCPR",
        ])
    }

    @Test("French narrow no-break and thin spaces separate words")
    func narrowSpaces() {
        #expect(Self.described("Pacte\u{202F}: article\u{2009}19") == ["word:Pacte", "punctuation::", "word:article", "number:19"])
    }

    @Test("a French elided article is a word of its own with its apostrophe; other apostrophes stay inside words")
    func elision() {
        #expect(Self.described("l'article d’application L'ARTICLE O'Brien aujourd'hui") == [
            "word:l'", "word:article", "word:d’", "word:application", "word:L'", "word:ARTICLE", "word:O'Brien",
            "word:aujourd'hui",
        ])
    }

    @Test("curly quotes and dashes are punctuation, not letters")
    func curlyQuotes() {
        #expect(Self.described("“ICCPR” – ‘Covenant’ 19—21") == [
            "punctuation:“", "word:ICCPR", "punctuation:”", "punctuation:–", "punctuation:‘", "word:Covenant",
            "punctuation:’", "number:19", "punctuation:—", "number:21",
        ])
    }

    @Test("byte ranges are UTF-8 offsets, also after non-ASCII text")
    func byteRanges() {
        let text = "Sekerbayeva’s café, article 19"
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(bytes)
        #expect(tokens.map { $0.text(in: bytes) } == ["Sekerbayeva", "’", "s", "café", ",", "article", "19"])
        #expect(tokens.map(\.range) == [0..<11, 11..<14, 14..<15, 16..<21, 21..<22, 23..<30, 31..<33])
        for token in tokens {
            #expect(String(decoding: bytes[token.range], as: UTF8.self) == token.text(in: bytes))
        }
        #expect(tokens[3].kind == .word && tokens[3].folded(in: bytes) == "cafe")
    }

    @Test("each token knows whether it is all ASCII")
    func ascii() {
        let bytes = Array("Ömer's café, A/HRC/23/50 “x” 19".utf8)
        #expect(Tokenizer.tokens(bytes).map(\.isASCII) == [false, true, true, false, true, true, false, true, false, true])
    }

    @Test("non-ASCII letters are word characters, but the Latin-1 signs are not")
    func nonASCIILetters() {
        #expect(Self.described("Qazaqstan Қазақстан Ömer") == ["word:Qazaqstan", "word:Қазақстан", "word:Ömer"])
        #expect(Self.described("§ 5 «x»") == [
            "punctuation:§", "number:5", "punctuation:«", "word:x", "punctuation:»",
        ])
    }

    @Test("empty and space-only text has no tokens")
    func empty() {
        #expect(Tokenizer.tokens([]).isEmpty)
        #expect(Tokenizer.tokens(Array("  \u{00A0} ".utf8)).isEmpty)
    }
}
