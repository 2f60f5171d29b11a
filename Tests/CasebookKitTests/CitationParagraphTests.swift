import Testing
@testable import CasebookKit

/// Paragraphs cited spelled out as well as abbreviated, after their document or before it, in every language.
@Suite("Paragraphs cited")
struct CitationParagraphTests {
    @Test("paragraphs after a document, spelled out or abbreviated, singly, in ranges and lists", arguments: [
        ("see A/HRC/26/29, paragraph 58.", ["undocs:A/HRC/26/29(58)"]),
        ("see A/HRC/26/29, para. 58.", ["undocs:A/HRC/26/29(58)"]),
        ("see A/HRC/26/29, paragraphs 58 and 60.", ["undocs:A/HRC/26/29(58)", "undocs:A/HRC/26/29(60)"]),
        ("see A/HRC/26/29, paragraphs 58 to 60.", ["undocs:A/HRC/26/29(58-60)"]),
        ("see A/HRC/26/29, paras. 58–60.", ["undocs:A/HRC/26/29(58-60)"]),
        ("see A/HRC/26/29, paras. 9, 12 and 15.", ["undocs:A/HRC/26/29(9)", "undocs:A/HRC/26/29(12)", "undocs:A/HRC/26/29(15)"]),
        ("see A/HRC/26/29 (paragraph 58).", ["undocs:A/HRC/26/29(58)"]),
        ("(A/HRC/26/29, para. 64, 2014)", ["undocs:A/HRC/26/29(64)"]),
        ("voir A/HRC/26/29, paragraphe 58.", ["undocs:A/HRC/26/29(58)"]),
        ("voir A/HRC/26/29, paragraphes 58 à 60.", ["undocs:A/HRC/26/29(58-60)"]),
        ("(A/HRC/26/29, par. 58 et 59)", ["undocs:A/HRC/26/29(58-59)"]),
        ("véase A/HRC/26/29, párrafo 58.", ["undocs:A/HRC/26/29(58)"]),
        ("véase A/HRC/26/29, párrafos 58 a 60.", ["undocs:A/HRC/26/29(58-60)"]),
        ("см. A/HRC/26/29, пункт 58.", ["undocs:A/HRC/26/29(58)"]),
        ("(A/HRC/26/29, пп. 58–60)", ["undocs:A/HRC/26/29(58-60)"]),
        ("Human Rights Committee, general comment No. 35, paragraph 9", ["ccpr-c-gc-35(9)"]),
        ("the Human Rights Committee's general comment No. 35 (2014), paras. 9 and 12", ["ccpr-c-gc-35(9)", "ccpr-c-gc-35(12)"]),
    ])
    func afterDocument(text: String, expected: [String]) {
        #expect(CitationScannerTests.cited(text) == expected)
    }

    @Test("paragraphs before their document or article", arguments: [
        ("see paragraph 58 of A/HRC/26/29.", ["undocs:A/HRC/26/29(58)"]),
        ("see paragraphs 58 and 61 of A/HRC/26/29.", ["undocs:A/HRC/26/29(58)", "undocs:A/HRC/26/29(61)"]),
        ("paragraph 9 of general comment No. 35 of the Human Rights Committee", ["ccpr-c-gc-35(9)"]),
        ("paragraphs 3 and 4 of article 9 of the ICCPR", ["iccpr 9(3)", "iccpr 9(4)"]),
        ("voir le paragraphe 58 de A/HRC/26/29.", ["undocs:A/HRC/26/29(58)"]),
        ("el párrafo 58 de A/HRC/26/29.", ["undocs:A/HRC/26/29(58)"]),
        ("пункт 58 A/HRC/26/29.", ["undocs:A/HRC/26/29(58)"]),
    ])
    func beforeDocument(text: String, expected: [String]) {
        #expect(CitationScannerTests.cited(text) == expected)
    }

    @Test("each paragraph number links to its place on the page, the symbol to the page")
    func links() {
        let (result, bytes) = CitationScannerTests.scanned("see paragraphs 58 and 61 of CCPR/C/GC/35.")
        #expect(CitationScannerTests.texts(result.links.map(\.range), bytes) == ["58", "61", "CCPR/C/GC/35"])
        #expect(result.links.map(\.article) == ["58", "61", nil])
    }

    @Test("a paragraph of the text itself, or of something else, is not a citation", arguments: [
        "As stated in paragraph 58 of the report, the State must act.",
        "See paragraph 5 above.",
        "Au paragraphe 4 de sa réponse, le Gouvernement indique…",
        "En el párrafo 4 de su respuesta, el Gobierno indica…",
        "В пункте 4 своего ответа правительство указывает…",
    ])
    func notCitations(text: String) {
        #expect(CitationScannerTests.cited(text) == [])
    }
}
