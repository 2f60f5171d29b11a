import Foundation
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

    @Test("Cyrillic (Russian and Kazakh) and Greek are read in Latin letters, so a name meets its spellings in other scripts")
    func scripts() {
        #expect(terms("Жанар Секербаева, Гүлзада Серҗан") == ["zhanar", "sekerbaeva", "gulzada", "serzhan"])
        #expect(terms("Sekerbaeva") == terms("Секербаева"))
        #expect(terms("Шымкент Қазақстан Алматы") == ["shymkent", "kazakstan", "almaty"])
        #expect(terms("Йошкар объявление") == ["ioshkar", "obyavlenie"])
        #expect(terms("ΟΔΟΣ οδός") == ["odos", "odos"])
    }

    @Test("ё reads as е, and the Turkish dotted and dotless i as i")
    func letters() {
        #expect(terms("Секербаёва Ёлкин") == terms("Секербаева Елкин"))
        #expect(terms("İSTANBUL Istanbul ıstanbul") == ["istanbul", "istanbul", "istanbul"])
    }

    @Test("Arabic: alef forms, alef maksura, ta marbuta, the tatweel and the vowel marks fold away")
    func arabic() {
        #expect(terms("المدافعات عن حقوق الإنسان") == ["المدافعات", "عن", "حقوق", "الانسان"])
        #expect(terms("أحمد إبراهيم آمنة ٱلله") == ["احمد", "ابراهيم", "امنه", "الله"])
        #expect(terms("كـــتـــاب كِتَابٌ كتاب") == ["كتاب", "كتاب", "كتاب"])
        #expect(terms("مصطفى مصطفي مدرسة مدرسه") == ["مصطفي", "مصطفي", "مدرسه", "مدرسه"])
        #expect(terms("یک کتاب") == terms("يك كتاب"))
    }

    @Test("every letter from U+0080 to U+07FF folds as the definition says, alone, between letters and between digits")
    func twoByteLetters() {
        /// The definition, a scalar at a time: compatibility decomposition, marks dropped, lower case, spelled out.
        func defined(_ text: String) -> [String] {
            var terms: [String] = [], term = "", allDigits = true
            func flush() {
                if term.utf16.count >= 2 || (!term.isEmpty && allDigits) { terms.append(term) }
                (term, allDigits) = ("", true)
            }
            for scalar in text.unicodeScalars {
                let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars.filter {
                    ![.nonspacingMark, .spacingMark, .enclosingMark].contains($0.properties.generalCategory)
                }
                for part in String(String.UnicodeScalarView(decomposed)).lowercased().unicodeScalars {
                    for letter in (SearchText.spelledOut[part].map { Array($0.unicodeScalars) } ?? [part]) {
                        guard SearchText.isWordScalar(letter) else { flush(); continue }
                        term.unicodeScalars.append(letter)
                        if !("0"..."9").contains(letter) { allDigits = false }
                    }
                }
            }
            flush()
            return terms
        }
        for value in 0x80..<0x800 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)", "ab\(scalar)cd", "12\(scalar)34", "\(scalar)\(scalar) x\(scalar)"] {
                #expect(terms(text) == defined(text), "U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription)")
            }
        }
    }

    @Test("the table the index gives the search page is the one the index folds with")
    func foldTable() throws {
        let table = try #require(try JSONSerialization.jsonObject(with: Data(SearchIndex.foldTable.utf8)) as? [String: String])
        #expect(table.count == SearchText.spelledOut.count)
        #expect(SearchText.spelledOut.allSatisfy { table[String($0.key)] == $0.value })
        #expect(table["ж"] == "zh" && table["қ"] == "k" && table["\u{0640}"] == "" && table["ς"] == "s")
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
