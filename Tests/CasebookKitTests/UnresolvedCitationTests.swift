import Testing
@testable import CasebookKit

/// Citations of instruments the library lacks: one per article cited, each with the file that would link it.
@Suite("Citations the library lacks")
struct UnresolvedCitationTests {
    /// The unresolved citations of one paragraph, as `file-slug article(paragraph)`, scanned with `catalog`.
    static func unresolved(_ text: String, country: String? = nil, catalog: InstrumentCatalog = ScannerCatalog.catalog) -> [String] {
        var scanner = CitationScanner(catalog: catalog, country: country)
        return scanner.scan(Array(text.utf8)).unknown.map { match in
            match.target.slug + (match.article.map { " \($0)" } ?? "") + (match.paragraph.map { "(\($0))" } ?? "")
        }
    }

    /// The shipped library, which has the names of its treaties in French, Spanish and Russian.
    static var shipped: InstrumentCatalog { get throws { try CitationLanguageTests.catalog.get() } }

    @Test("each article of a list is a citation of its own, in every language the grammar reads", arguments: [
        ("The court applied articles 272 and 274 of the Syrian Criminal Code.", ["syrian-criminal-code 272", "syrian-criminal-code 274"]),
        ("He was charged under articles 9, 14 and 19 of the Penal Code of Syria.",
         ["penal-code-of-syria 9", "penal-code-of-syria 14", "penal-code-of-syria 19"]),
        ("Il a été inculpé en vertu des articles 9, 14 et 19 du Code pénal syrien.",
         ["code-penal-syrien 9", "code-penal-syrien 14", "code-penal-syrien 19"]),
        ("Fue acusado en virtud de los artículos 9, 14 y 19 del Código Penal de Siria.",
         ["codigo-penal-de-siria 9", "codigo-penal-de-siria 14", "codigo-penal-de-siria 19"]),
        ("Он обвиняется по статьям 9, 14 и 19 Уголовного кодекса Сирии.",
         ["ugolovn-kodeks-siri 9", "ugolovn-kodeks-siri 14", "ugolovn-kodeks-siri 19"]),
        ("He was detained under article 8 (1) of Law No. 19 of 2012.", ["law-no-19-of-2012 8(1)"]),
        ("He was charged under article 8 of the 2012 Counter-Terrorism Law.", ["2012-counter-terrorism-law 8"]),
        ("article 1 of Law 149 of 2019 on the Regulation of Civil Work", ["law-149-of-2019-on-the-regulation-of-civil-work 1"]),
        ("paragraphs 1 and 2 of article 5 of the Syrian Constitution", ["syrian-constitution 5(1)", "syrian-constitution 5(2)"]),
        ("le paragraphe 2 de l'article 5 de la loi n° 12-06 relative aux associations", ["loi-n-12-06 5(2)"]),
        ("los artículos 2 y 3 de la Ley Orgánica 4/2015", ["ley-organica-4-2015 2", "ley-organica-4-2015 3"]),
        ("articles 86, 86 bis and 88 bis of the Egyptian Penal Code",
         ["egyptian-penal-code 86", "egyptian-penal-code 86 bis", "egyptian-penal-code 88 bis"]),
        ("des articles 96 et 144 bis du code pénal algérien", ["code-penal-algerien 96", "code-penal-algerien 144 bis"]),
        ("Article 20.2 of the Russian Code of Administrative Offences", ["russian-code-of-administrative-offences 20.2"]),
        ("части 8 статьи 20.2 Кодекса Российской Федерации об административных правонарушениях",
         ["kodeks-rossiysk-federatsi-ob-administrativn-pravonarusheni 20.2"]),
    ])
    func onePerArticle(text: String, expected: [String]) throws {
        #expect(Self.unresolved(text, catalog: try Self.shipped) == expected)
        var scanner = CitationScanner(catalog: try Self.shipped)
        #expect(scanner.scan(Array(text.utf8)).citations.isEmpty)
    }

    @Test("each is located at its article's number, with the whole phrase as the text cited")
    func locatedAtEachArticle() {
        let text = "The court applied articles 272 and 274 of the Syrian Criminal Code."
        var scanner = CitationScanner(catalog: ScannerCatalog.catalog)
        let bytes = Array(text.utf8)
        let found = scanner.scan(bytes).unknown
        #expect(CitationScannerTests.texts(found.map(\.link), bytes) == ["272", "274"])
        #expect(CitationScannerTests.texts(found.map(\.range), bytes) == Array(repeating: "articles 272 and 274 of the Syrian Criminal Code", count: 2))
        #expect(found.map(\.target.name) == ["Syrian Criminal Code", "Syrian Criminal Code"])
    }

    @Test("a law named only by its kind means the law of the text's country: a local name of that country", arguments: [
        ("articles 306 and 307 of the Penal Code", "SYR", ["syr-penal-code 306", "syr-penal-code 307"]),
        ("article 49 of Decree No. 55", "SYR", ["syr-decree-no-55 49"]),
        ("l'article 144 du Code pénal", "DZA", ["dza-code-penal 144"]),
        ("el artículo 197 del Código Penal", "NIC", ["nic-codigo-penal 197"]),
        ("по статье 174 Уголовного кодекса", "RUS", ["rus-ugolovn-kodeks 174"]),
        ("article 5 of the Constitution", "SYR", ["syr-constitution 5"]),
        // Without a country, the name itself: the library would match it in every text.
        ("articles 306 and 307 of the Penal Code", nil, ["penal-code 306", "penal-code 307"]),
    ])
    func localNames(text: String, country: String?, expected: [String]) throws {
        #expect(Self.unresolved(text, country: country, catalog: try Self.shipped) == expected)
    }

    @Test("the file's slug is made as names match: in any case, without accents, a Russian name in any of its cases")
    func slugs() {
        #expect(MissingInstrument(.name("Syrian Criminal Code")).file == "content/instruments/syrian-criminal-code.md")
        #expect(MissingInstrument(.name("SYRIAN criminal code")).slug == "syrian-criminal-code")
        #expect(MissingInstrument(.name("Código Penal")).slug == "codigo-penal")
        #expect(MissingInstrument(.name("Уголовного кодекса Сирии")).slug == MissingInstrument(.name("Уголовный кодекс Сирии")).slug)
        #expect(MissingInstrument(.name("Уголовным кодексом Сирии")).slug == "ugolovn-kodeks-siri")
        #expect(MissingInstrument(.localName("Criminal Code", country: "SYR")).slug == "syr-criminal-code")
        #expect(MissingInstrument(.symbol("CM/Rec(2018)11")).slug == "cm-rec-2018-11")
        #expect(MissingInstrument(.generalComment(committee: .ccpr, number: "34")).slug == "ccpr-gc-34")
    }

    @Test("the message names what is cited and the file to add, with what to write in it")
    func messages() {
        let at = SourceLocation(path: "content/cases/x/index.md", line: 3, column: 7)
        let citation = UnresolvedCitation(
            missing: MissingInstrument(.name("Syrian Criminal Code")), article: "272", paragraph: nil,
            text: "articles 272 and 274 of the Syrian Criminal Code", location: at)
        #expect(citation.warning.description == "content/cases/x/index.md:3:7: warning: citation of article 272 of 'Syrian Criminal Code', "
            + "which is not in the instrument library; add content/instruments/syrian-criminal-code.md with title or alias 'Syrian Criminal Code'")
        let local = DiagnosticMessage.unknownInstrument(MissingInstrument(.localName("Criminal Code", country: "SYR")), article: "5", paragraph: "2")
        #expect(local.text == "citation of article 5 (2) of 'Criminal Code', which is not in the instrument library; "
            + "add content/instruments/syr-criminal-code.md with local_names 'Criminal Code' and country SYR")
        let symbol = DiagnosticMessage.unknownInstrument(MissingInstrument(.symbol("CM/Rec(2018)11")), article: nil, paragraph: "3")
        #expect(symbol.text == "citation of paragraph 3 of 'CM/Rec(2018)11', which is not in the instrument library; "
            + "add content/instruments/cm-rec-2018-11.md with symbol 'CM/Rec(2018)11'")
    }

    @Test("a later group, or a bare list after it, belongs to the instrument the library lacks")
    func groupsAndBareLists() {
        #expect(Self.unresolved("articles 19 and 22 of the ICCPR, and 7 of the Syrian Criminal Code") == ["syrian-criminal-code 7"])
        #expect(CitationScannerTests.cited("articles 19 and 22 of the ICCPR, and 7 of the Syrian Criminal Code") == ["iccpr 19", "iccpr 22"])
        #expect(Self.unresolved("He relied on article 272 of the Syrian Criminal Code and on articles 273 and 275, which apply.")
            == ["syrian-criminal-code 272", "syrian-criminal-code 273", "syrian-criminal-code 275"])
    }

    @Test("what is not an instrument the library lacks is not reported", arguments: [
        "Under article 19 of the Covenant.",  // "the Covenant" with none named before
        "Under article 19 of the Convention, which applies.",
        "In particular articles 7, 9 and 10 of the resolution apply.",
        "The author invokes article 3 of the law.",  // "the law": one named before
        "La loi du 12 janvier 2012 et l'article 5 de la loi.",
        "She published an article about the Criminal Code.",
        "The ICCPR was quoted in a newspaper article 3 days ago.",
        "Article 378 of the Criminal Code of Kazakhstan applies.",
    ])
    func notReported(text: String) {
        #expect(Self.unresolved(text, country: "KAZ") == [])
    }

    @Test("a name ends where another instrument's begins")
    func nameEnds() {
        #expect(Self.unresolved("articles 2 and 3 of the Syrian Criminal Code and the Law on Associations")
            == ["syrian-criminal-code 2", "syrian-criminal-code 3"])
        #expect(Self.unresolved("article 1 of the Convention against Torture and Other Cruel Things")
            == ["convention-against-torture-and-other-cruel-things 1"])
    }

    @Test("linked in a page, each is a warning at its article, and the page's list of unresolved citations")
    func warnings() {
        let linked = CitationMarkdownLinkingTests.link("Intro.\n\nShe was charged under articles 272 and\n274 of the Syrian Criminal Code.\n")
        #expect(linked.unresolved.map(\.location) == [
            SourceLocation(path: "case.md", line: 12, column: 32), SourceLocation(path: "case.md", line: 13, column: 1),
        ])
        #expect(linked.unresolved.map(\.text) == Array(repeating: "articles 272 and 274 of the Syrian Criminal Code", count: 2))
        #expect(linked.warnings == linked.unresolved.map(\.warning))
        #expect(linked.warnings.allSatisfy { $0.severity == .warning })
        #expect(linked.citations.isEmpty)
    }
}
