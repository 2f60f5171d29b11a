import Testing
@testable import CasebookKit

/// The folded reading that protection judges by: every way of writing a name reads the same.
@Suite("Folded text")
struct FoldedTextTests {
    static let name = "Zhanar Sekerbayeva"

    static func key(_ text: String, markup: FoldedText.Markup = .markup) -> String {
        String(decoding: FoldedText(Array(text.utf8), markup: markup).keys, as: UTF8.self)
    }

    @Test(
        "spellings of one name fold to one skeleton",
        arguments: [
            "Zhanar\nSekerbayeva", "ZHANAR SEKERBAYEVA", "Zh&#97;nar Sekerbayeva", "Zh&amp;#97;nar Sekerbayeva",
            "Zh&aacute;nar Sekerb&aacute;yeva", "Zh&aacutenar Sekerbayeva", "Zha<em>nar</em> Sekerbayeva",
            "Zhanar\u{00A0}Sekerbayeva", "Zhanar  Sekerbayeva", "Zha\u{00AD}nar Sekerbayeva", "Zhanar\u{200D}Sekerbayeva",
            "Zha\u{200B}nar Se\u{2060}kerbayeva", "Ｚｈａｎａｒ Ｓｅｋｅｒｂａｙｅｖａ", "Zhаnar Sekеrbayeva", "Ζhanar Sekerbayeva",
            "Zhanar-Sekerbayeva", "#ZhanarSekerbayeva", "Zhanar%20Sekerbayeva", "Zhanar+Sekerbayeva", "Zhanar%2520Sekerbayeva",
            "Zhanar\\u0020Sekerbayeva", "Zhana\u{0301}r Sekerbayeva", "Жанар Секербаева", "Zhanar Sekerbaeva",
            "%D0%96%D0%B0%D0%BD%D0%B0%D1%80 Sekerbayeva", "𝐙𝐡𝐚𝐧𝐚𝐫 Sekerbayeva", "Ⓩⓗⓐⓝⓐⓡ Sekerbayeva",
            "Zhanar Se&shy;kerbayeva", "Zhanar\tSekerbayeva", "Zhanar<!-- -->Sekerbayeva", "Zhanar\u{2028}Sekerbayeva",
            "Zh'anar Sekerbayeva", "Zhanar Sekerbayeva".uppercased(), "Zhanar Sekerbajeva", "Zhanar Sekerbaiyeva",
        ])
    func sameSkeleton(_ spelling: String) {
        #expect(Self.key(spelling).contains(Self.key(Self.name)), "\(spelling) → \(Self.key(spelling))")
    }

    @Test("the ligature, ß and other expansions fold to their letters")
    func expansions() {
        #expect(Self.key("ﬁona") == Self.key("fiona"))
        #expect(Self.key("Straße") == Self.key("strasse"))
        #expect(Self.key("Łukasz Ørsted") == Self.key("lukasz orsted"))
    }

    @Test("a name read in Cyrillic is the name read in Latin, and the reverse")
    func transliteration() {
        #expect(Self.key("Гульзада Сержан") == Self.key("Gulzada Serzhan"))
        #expect(Self.key("Юлия") == Self.key("Yuliya"))
        #expect(Self.key("Хартабиль") == Self.key("Khartabil"))
        #expect(Self.key("Сергей") == Self.key("Sergey"))
        #expect(Self.key("Дмитрий") == Self.key("Dmitry"))
    }

    @Test("attribute values are read as text of their own; tag and attribute names are not")
    func attributes() {
        #expect(Self.key(#"<a href="/cases/zhanar-sekerbayeva/" title="x">y</a>"#).contains(Self.key(Self.name)))
        #expect(!Self.key(#"<span class="zhanar">"#, markup: .markup).contains("class"))
        #expect(Self.key("a < b and c > d", markup: .markup) == Self.key("a b and c d"))
    }

    @Test("word starts are kept for short names matched whole")
    func wordStarts() {
        let text = FoldedText(Array("li na lina".utf8), markup: .plain)
        #expect(text.words.map { String(decoding: $0, as: UTF8.self) } == ["li", "na", "lina"])
        #expect(text.isWhole(end: 3, length: 4))
        #expect(!text.isWhole(end: 2, length: 2))
    }
}
