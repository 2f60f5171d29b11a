import Testing
@testable import CasebookKit

/// "PIDCP articles 9 and 19": articles after their instrument's name are its own, and the instrument is not also
/// cited as a whole.
@Suite("Articles after the instrument's name")
struct NameFirstCitationTests {
    @Test("articles right after the name, abbreviated, in a list, after a comma or in brackets", arguments: [
        ("PIDCP articles 9 and 19.", ["iccpr 9", "iccpr 19"]),
        ("ICCPR art. 19 protects expression.", ["iccpr 19"]),
        ("freedom of expression (ICCPR, art. 19) is protected.", ["iccpr 19"]),
        ("UDHR art 19 and ICCPR art 19.", ["udhr 19", "iccpr 19"]),
        ("Kazakhstan ratified the ICCPR. The Covenant, articles 9 and 14, was breached.", ["iccpr", "iccpr 9", "iccpr 14"]),
        ("Kazakhstan ratified the ICCPR. It breached the Covenant (arts. 9 and 14).", ["iccpr", "iccpr 9", "iccpr 14"]),
        ("The American Convention on Human Rights, articles 13 and 16, applies.", ["achr 13", "achr 16"]),
    ])
    func english(text: String, expected: [String]) {
        #expect(CitationScannerTests.cited(text) == expected)
    }

    @Test("in French, Spanish and Russian", arguments: [
        ("Le PIDCP, articles 9 et 19, protège ces droits.", ["iccpr 9", "iccpr 19"]),
        ("La Déclaration universelle des droits de l'homme proclame, en son article 19, ce droit.", ["udhr 19"]),
        ("El PIDCP, artículos 9 y 19, protege estos derechos.", ["iccpr 9", "iccpr 19"]),
        ("МПГПП, статьи 9 и 19, защищает эти права.", ["iccpr 9", "iccpr 19"]),
    ])
    func otherLanguages(text: String, expected: [String]) throws {
        var scanner = CitationScanner(catalog: try CitationLanguageTests.catalog.get())
        #expect(scanner.scan(Array(text.utf8)).citations.map(CitationScannerTests.described) == expected)
    }

    @Test("a list with an instrument of its own after it is that instrument's; the name before is cited as a whole", arguments: [
        ("He cited the ICCPR, article 7 of the CAT and nothing else.", ["iccpr", "cat 7"]),
        ("The ICCPR, articles 9(2) of the PIDCP and 7(4) of the CADH", ["iccpr", "iccpr 9(2)", "achr 7(4)"]),
        ("The ICCPR applies. In particular articles 7 and 9, which protect liberty, were breached.", ["iccpr", "iccpr 7", "iccpr 9"]),
    ])
    func notAttached(text: String, expected: [String]) {
        #expect(CitationScannerTests.cited(text) == expected)
    }

    @Test("the instrument page lists such a sentence under its articles, not among the citations of the whole")
    func instrumentPage() throws {
        var caseFile = Make.caseFile("case-1", date: "2021-05-29")
        caseFile.body = MarkdownText(
            "The detention breached PIDCP articles 9 and 19.\n\nThe ICCPR binds the State, in particular articles 7 and 9, whereby detention is limited.\n\nThe ICCPR was ratified in 2006.\n",
            start: Make.at("content/cases/case-1/index.md", 8))
        let linked = LinkedSite(SiteIndex.build(from: ContentSet(cases: [caseFile], instruments: ScannerCatalog.instruments)).index)
        let templates = try #require(TemplateSet.load(from: TestSupport.validTemplates(), displayPath: { $0.path }).0)
        let context = RenderContext(linked: linked, strings: templates.strings)
        let instrument = try #require(linked.index.instruments.first { $0.slug == "iccpr" })
        let page = try #require(InstrumentPage.model(instrument, context: context).values as? InstrumentPage)
        #expect(page.generalCitations.map(\.sentence) == ["The ICCPR was ratified in 2006."])
        #expect(page.articles.first { $0.number == "9" }?.citationCount == 2)
        #expect(page.articles.first { $0.number == "19" }?.citations.map(\.sentence) == ["The detention breached PIDCP articles 9 and 19."])
        #expect(page.citationCount == 5)
    }
}
