import Testing
@testable import CasebookKit

/// The folded reading never fails on any bytes: cut escapes, open tags, invalid UTF-8, long words.
@Suite("Folded text on arbitrary bytes")
struct FoldedTextFuzzTests {
    static let fragments: [[UInt8]] = [
        "&", "&#", "&#x", "&#x5A", "&amp;", "&amp", "&aacute", "&aacute;", "%", "%2", "%25", "%D0", "%D0%96", "\\", "\\u", "\\u00",
        "\\uD83D", "\\uD83D\\uDE00", "<", "</", "<a", "<a href=", "<a href=\"", "<!--", "<![CDATA[", "<!DOCTYPE", ">", "\"", "'",
        "Zhanar", "Sekerbayeva", "Жанар", "Ζ", "ﬁ", "ß", "\u{0301}", "\u{200D}", " ", "\n", "\r", "-", "y", "j", "x", "sh", "tsch",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0x00]]

    @Test("2,000 random mixes of escapes, tags, scripts and invalid bytes read without failing, in both readings")
    func randomMixes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                bytes += Self.fragments.randomElement(using: &generator)!
            }
            for markup in [FoldedText.Markup.markup, .plain] {
                let text = FoldedText(bytes, markup: markup)
                #expect(text.keys.count == text.starts.count && text.keys.count == text.origins.count)
                #expect(text.origins.allSatisfy { $0 >= 0 && Int($0) <= bytes.count })
                #expect(text.keys.isEmpty || text.starts[0])
                #expect(FoldedText(bytes, markup: markup, tracksOrigins: false).keys == text.keys)
            }
        }
    }

    @Test("a long run of letters standing alone is read in pieces no longer than a word")
    func longSpacedRun() {
        let run = Array(String(repeating: "a b ", count: 20_000).utf8)
        #expect(FoldedText(run, markup: .plain).keys.count > 0)
        #expect(FoldedText(Array(String(repeating: "1, ", count: 20_000).utf8), markup: .plain).keys.count > 0)
    }

    @Test("a word longer than the word buffer is read whole, in pieces")
    func longWord() {
        let long = [UInt8](repeating: UInt8(ascii: "b"), count: 10_000) + Array("Zhanar".utf8)
        #expect(!FoldedText(long, markup: .plain).keys.isEmpty)
    }
}
