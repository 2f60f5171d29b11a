import Testing
@testable import CasebookKit

@Suite("Search terms: folding and splitting, as the search page's script does")
struct SearchTextTests {
    func terms(_ text: String) -> [String] {
        var folder = SearchText()
        return folder.terms(text)
    }

    @Test("case and diacritics fold away, so spellings of a name meet")
    func diacritics() {
        #expect(terms("Sekerbáyeva SEKERBAYEVA sekerbayeva") == ["sekerbayeva", "sekerbayeva", "sekerbayeva"])
        #expect(terms("Žanar Šekerbajeva Çağla İstanbul") == ["zanar", "sekerbajeva", "cagla", "istanbul"])
        #expect(terms("Straße Łódź Ørsted Þór Đakovo Æsir Œuvre") == ["strasse", "lodz", "orsted", "thor", "dakovo", "aesir", "oeuvre"])
    }

    @Test("other scripts keep their letters; Cyrillic and Greek marks fold, final sigma meets sigma")
    func scripts() {
        #expect(terms("Жанар Секербаева, Гүлзада Серҗан") == ["жанар", "секербаева", "гүлзада", "серҗан"])
        #expect(terms("Йошкар") == ["иошкар"])
        #expect(terms("ΟΔΟΣ οδός") == ["οδοσ", "οδοσ"])
        #expect(terms("المدافعات عن حقوق الإنسان") == ["المدافعات", "عن", "حقوق", "الانسان"])
    }

    @Test("punctuation splits words; single letters drop but numbers stay")
    func splitting() {
        #expect(terms("women's rights, resolution 43/16 (a) — article 9") == ["women", "rights", "resolution", "43", "16", "article", "9"])
        #expect(terms("A/HRC/RES/43/16") == ["hrc", "res", "43", "16"])
        #expect(terms("ﬁnal ½") == ["final", "1", "2"])
        #expect(terms("") == [] && terms(" ,; ") == [])
    }

    @Test("scalars of two, three and four UTF-8 bytes are read whole, next to ASCII")
    func scalarLengths() {
        #expect(terms("𝐀𝐁 😀x 中文a éé\u{301}z") == ["ab", "中文a", "eez"])
    }
}
