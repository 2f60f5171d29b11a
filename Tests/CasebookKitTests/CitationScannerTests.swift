import Testing
@testable import CasebookKit

/// A small instrument library for the citation tests, built inline so each test's expectations are visible here.
enum ScannerCatalog {
    static func instrument(
        _ slug: String, _ title: String, kind: Instrument.Kind, shortNames: [String] = [], aliases: [String] = [],
        localNames: [String] = [], country: String? = nil, symbol: String? = nil, committee: String? = nil,
        number: String? = nil, articles: [String] = []
    ) -> Instrument {
        let location = SourceLocation(path: "content/instruments/\(slug).md")
        return Instrument(
            slug: slug, title: title, shortNames: shortNames, aliases: aliases, country: country, localNames: localNames,
            kind: kind, symbol: symbol, adoptedBy: nil, committee: committee, number: number, adopted: nil,
            entryIntoForce: nil, url: nil, articles: articles.map { Article(number: $0, title: nil, unofficialTitle: false) },
            body: MarkdownText("", start: SourceLocation(path: "x.md")), location: location)
    }

    static func numbers(_ range: ClosedRange<Int>) -> [String] { range.map(String.init) }

    static let instruments: [Instrument] = [
        instrument("iccpr", "International Covenant on Civil and Political Rights", kind: .treaty, shortNames: ["ICCPR", "PIDCP"],
                   articles: numbers(1...27)),
        instrument("iccpr-op1", "Optional Protocol to the International Covenant on Civil and Political Rights", kind: .treaty,
                   articles: numbers(1...14)),
        instrument("icescr", "International Covenant on Economic, Social and Cultural Rights", kind: .treaty,
                   shortNames: ["ICESCR"], articles: numbers(1...15)),
        instrument("cedaw", "Convention on the Elimination of All Forms of Discrimination against Women", kind: .treaty,
                   shortNames: ["CEDAW"], articles: numbers(1...30)),
        instrument("cat", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
                   kind: .treaty, shortNames: ["CAT"], articles: numbers(1...33)),
        instrument("udhr", "Universal Declaration of Human Rights", kind: .declaration, shortNames: ["UDHR"],
                   articles: numbers(1...30)),
        instrument("achr", "American Convention on Human Rights", kind: .regionalTreaty, shortNames: ["ACHR", "CADH"],
                   articles: numbers(1...82)),
        instrument("foo", "Foo Convention on Bars", kind: .treaty, articles: numbers(1...5)),
        instrument("hrc-res-43-16", "Mandate of the Special Rapporteur on the situation of human rights defenders",
                   kind: .resolution, symbol: "A/HRC/RES/43/16"),
        instrument("ccpr-c-gc-35", "General comment No. 35: Article 9 (Liberty and security of person)", kind: .generalComment,
                   symbol: "CCPR/C/GC/35", committee: "CCPR", number: "35", articles: ["9"]),
        instrument("hri-gen-1-rev-9-vol-1", "Compilation of general comments", kind: .report, symbol: "HRI/GEN/1/Rev.9 (Vol. I)"),
        instrument("kaz-criminal-code", "Criminal Code of the Republic of Kazakhstan", kind: .nationalLaw,
                   aliases: ["Criminal Code of Kazakhstan"], localNames: ["Criminal Code"], country: "KAZ",
                   articles: ["174", "378"]),
    ]

    static let catalog = InstrumentCatalog(instruments)
}

@Suite("Citation scanner")
struct CitationScannerTests {
    /// A citation as `slug article(paragraph)`, or `undocs:SYMBOL` for UN documents the library lacks.
    static func described(_ match: CitationMatch) -> String {
        let target = switch match.target {
        case .instrument(let slug): slug
        case .external(let symbol): "undocs:\(symbol)"
        }
        return target + (match.article.map { " \($0)" } ?? "") + (match.paragraph.map { "(\($0))" } ?? "")
    }

    /// Scans paragraphs in order with one scanner, as one text; returns each paragraph's citations.
    static func cited(_ paragraphs: String..., country: String? = nil) -> [[String]] {
        var scanner = CitationScanner(catalog: ScannerCatalog.catalog, country: country)
        return paragraphs.map { scanner.scan(Array($0.utf8)).citations.map(described) }
    }

    static func cited(_ text: String, country: String? = nil) -> [String] {
        scanned(text, country: country).result.citations.map(described)
    }

    /// The full scan result of one paragraph, with the bytes its ranges refer to.
    static func scanned(_ text: String, country: String? = nil) -> (result: ScanResult, bytes: [UInt8]) {
        var scanner = CitationScanner(catalog: ScannerCatalog.catalog, country: country)
        let bytes = Array(text.utf8)
        return (scanner.scan(bytes), bytes)
    }

    static func texts(_ ranges: [Range<Int>], _ bytes: [UInt8]) -> [String] {
        ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test("article N of an instrument: the article's number and the instrument's name are linked")
    func singleArticle() {
        let (result, bytes) = Self.scanned("The author invokes article 19 of the ICCPR.")
        #expect(result.citations.map(Self.described) == ["iccpr 19"])
        #expect(Self.texts(result.citations.map(\.range), bytes) == ["article 19 of the ICCPR"])
        #expect(Self.texts(result.links.map(\.range), bytes) == ["19", "ICCPR"])
        #expect(result.links.map(\.article) == ["19", nil])
        #expect(Self.texts(result.citations.map(\.link), bytes) == ["19"])
        #expect(result.unknown.isEmpty)
    }

    @Test("forms of article citations", arguments: [
        ("articles 19, 21 and 22 of the ICCPR", ["iccpr 19", "iccpr 21", "iccpr 22"]),
        ("article 2 (1) of the ICCPR", ["iccpr 2(1)"]),
        ("article 2(1) of the International Covenant on Civil and Political Rights", ["iccpr 2(1)"]),
        ("articles 9(2) of the PIDCP and 7(4) of the CADH", ["iccpr 9(2)", "achr 7(4)"]),
        ("Articles 1 and 2 of the Universal Declaration of Human Rights", ["udhr 1", "udhr 2"]),
        ("article 5 (a) and (b) of the ICCPR", ["iccpr 5(a)", "iccpr 5(b)"]),
        ("art. 19 of the ICCPR", ["iccpr 19"]),
        ("arts. 19 and 21 of the ICCPR", ["iccpr 19", "iccpr 21"]),
        ("article 19, of the ICCPR", ["iccpr 19"]),
        ("article 1 of the Optional Protocol to the International Covenant on Civil and Political Rights", ["iccpr-op1 1"]),
        ("the international covenant on civil and political rights", ["iccpr"]),
        ("article 3 of the CAT", ["cat 3"]),
    ])
    func articleForms(text: String, expected: [String]) {
        #expect(Self.cited(text) == expected)
    }

    @Test("articles of two instruments in one phrase link each to its own")
    func twoInstruments() {
        let (result, bytes) = Self.scanned("articles 9(2) of the PIDCP and 7(4) of the CADH")
        #expect(Self.texts(result.links.map(\.range), bytes) == ["9(2)", "PIDCP", "7(4)", "CADH"])
        #expect(Self.texts(result.citations.map(\.range), bytes) == ["articles 9(2) of the PIDCP", "7(4) of the CADH"])
        #expect(Self.texts(result.citations.map(\.link), bytes) == ["9(2)", "7(4)"])
        #expect(Self.texts(Self.scanned("article 5 (a) and (b) of the ICCPR").result.links.map(\.range),
                           Array("article 5 (a) and (b) of the ICCPR".utf8)) == ["5 (a)", "(b)", "ICCPR"])
    }

    @Test("an abbreviation the text defines names the instrument later in the text")
    func definedAbbreviation() {
        #expect(Self.cited("The State is party to the Foo Convention on Bars (FCB).", "It breached article 3 of the FCB.")
            == [["foo"], ["foo 3"]])
        // Without the definition, FCB means nothing.
        #expect(Self.cited("It breached article 3 of the FCB.") == [])
    }

    @Test("“the Covenant” means the covenant named last")
    func theCovenant() {
        #expect(Self.cited("Kazakhstan ratified the International Covenant on Civil and Political Rights.",
                           "Under article 19 of the Covenant, everyone has the right to hold opinions.")
            == [["iccpr"], ["iccpr 19"]])
        #expect(Self.cited("Both the ICCPR and the ICESCR apply. Article 2 of the Covenant obliges the State.")
            == ["iccpr", "icescr", "icescr 2"])
        #expect(Self.cited("The UDHR is cited. The Declaration and the Convention.") == ["udhr", "udhr"])
        // Lower case, or with no covenant named before, it is an ordinary word.
        #expect(Self.cited("The ICCPR applies; the covenant between the parties does not.") == ["iccpr"])
        #expect(Self.cited("Under article 19 of the Covenant.") == [])
    }

    @Test("Human Rights Council resolutions: the library's resolution and the UN's symbols for the others")
    func councilResolutions() {
        let (result, bytes) = Self.scanned("recalling Human Rights Council resolutions 43/16, 43/4 and 41/12,")
        #expect(result.citations.map(Self.described) == [
            "hrc-res-43-16", "undocs:A/HRC/RES/43/4", "undocs:A/HRC/RES/41/12",
        ])
        #expect(Self.texts(result.links.map(\.range), bytes) == ["43/16", "43/4", "41/12"])
    }

    @Test("resolutions of a body, by body before or after the numbers", arguments: [
        ("resolutions 33/30 and 34/18 of the Human Rights Council", ["undocs:A/HRC/RES/33/30", "undocs:A/HRC/RES/34/18"]),
        ("resolution 43/16 of the Human Rights Council", ["hrc-res-43-16"]),
        ("General Assembly resolution 68/181", ["undocs:A/RES/68/181"]),
        ("Commission on Human Rights resolution 2005/22", ["undocs:E/CN.4/RES/2005/22"]),
    ])
    func resolutions(text: String, expected: [String]) {
        #expect(Self.cited(text) == expected)
    }

    @Test("UN document symbols, with the paragraph cited", arguments: [
        ("see A/HRC/23/50, para 9.", ["undocs:A/HRC/23/50(9)"], "A/HRC/23/50, para 9"),
        ("see A/HRC/23/50, paras. 9-10.", ["undocs:A/HRC/23/50(9-10)"], "A/HRC/23/50, paras. 9-10"),
        ("see A/HRC/23/50, para 9 and 10.", ["undocs:A/HRC/23/50(9-10)"], "A/HRC/23/50, para 9 and 10"),
        ("see A/HRC/23/50.", ["undocs:A/HRC/23/50"], "A/HRC/23/50"),
        ("see E/C.12/KAZ/CO/2, paragraph 12", ["undocs:E/C.12/KAZ/CO/2(12)"], "E/C.12/KAZ/CO/2, paragraph 12"),
        ("see CCPR/C/GC/35, para. 12", ["ccpr-c-gc-35(12)"], "CCPR/C/GC/35, para. 12"),
        ("see HRI/GEN/1/Rev/9 (Vol. 1).", ["hri-gen-1-rev-9-vol-1"], "HRI/GEN/1/Rev/9 (Vol. 1)"),
    ])
    func documentSymbols(text: String, expected: [String], linked: String) {
        let (result, bytes) = Self.scanned(text)
        #expect(result.citations.map(Self.described) == expected)
        #expect(Self.texts(result.links.map(\.range), bytes) == [linked])
    }

    @Test("two paragraphs that are not neighbours are not read as a range")
    func paragraphsNotARange() {
        #expect(Self.cited("see A/HRC/23/50, paras 9 and 12.") == ["undocs:A/HRC/23/50(9)", "undocs:A/HRC/23/50(12)"])
        #expect(Self.cited("see A/HRC/23/50, paras 9 and 10.") == ["undocs:A/HRC/23/50(9-10)"])
    }

    @Test("general comments by number and committee")
    func generalComments() {
        let (result, bytes) = Self.scanned("general comment No. 35 of the Human Rights Committee")
        #expect(result.citations.map(Self.described) == ["ccpr-c-gc-35"])
        #expect(Self.texts(result.links.map(\.range), bytes) == ["general comment No. 35"])
        #expect(Self.cited("In its General Comment no 35 (2014), the Human Rights Committee held") == ["ccpr-c-gc-35"])
        #expect(Self.cited("the Human Rights Committee’s general comment No. 35") == ["ccpr-c-gc-35"])
    }

    @Test("a possessive with a straight apostrophe names the committee too")
    func possessiveCommittee() {
        #expect(Self.cited("the Human Rights Committee's general comment No. 35") == ["ccpr-c-gc-35"])
        #expect(Self.cited("the ICCPR’s article 19 and the Covenant’s scope") == ["iccpr", "iccpr"])
        #expect(Self.cited("the ICCPR's article 19 and the Covenant's scope") == ["iccpr", "iccpr"])
    }

    @Test("sub-paragraphs listed with commas, and a second group after “, and”")
    func commaLists() {
        #expect(Self.cited("article 5 (a), (b) and (c) of the ICCPR") == ["iccpr 5(a)", "iccpr 5(b)", "iccpr 5(c)"])
        #expect(Self.cited("articles 19 and 22 of the ICCPR, and 7 of the CADH") == ["iccpr 19", "iccpr 22", "achr 7"])
        #expect(Self.cited("articles 19 and 22 of the ICCPR and article 7 of the CADH") == ["iccpr 19", "iccpr 22", "achr 7"])
    }

    @Test("a general comment the library lacks is reported, not linked")
    func unknownGeneralComment() {
        let (result, _) = Self.scanned("general comment No. 99 of the Human Rights Committee")
        #expect(result.citations.isEmpty && result.links.isEmpty)
        #expect(result.unknown.map(\.target.name) == ["general comment No. 99 of the Human Rights Committee"])
        // No committee near: neither linked nor reported.
        #expect(Self.scanned("general comment No. 35").result.unknown.isEmpty)
        #expect(Self.cited("general comment No. 35") == [])
    }

    @Test("national law by its name, and by its local name only in texts about its country")
    func nationalLaw() {
        #expect(Self.cited("article 378 of the Criminal Code of Kazakhstan") == ["kaz-criminal-code 378"])
        #expect(Self.cited("article 378 of the Criminal Code of Kazakhstan", country: "UZB") == ["kaz-criminal-code 378"])
        #expect(Self.cited("article 378 of the Criminal Code", country: "KAZ") == ["kaz-criminal-code 378"])
        #expect(Self.cited("article 378 of the Criminal Code") == [])
        #expect(Self.cited("article 378 of the Criminal Code", country: "UZB") == [])
    }

    @Test("a bare article list means the instrument cited before it, in the same paragraph only")
    func bareArticleList() {
        let (result, bytes) = Self.scanned("The ICCPR binds the State, in particular articles 7, 9 and 10, whereby detention is limited.")
        // Named earlier in the sentence, the instrument is cited by those articles, not also as a whole.
        #expect(result.citations.map(Self.described) == ["iccpr 7", "iccpr 9", "iccpr 10"])
        #expect(Self.texts(result.links.map(\.range), bytes) == ["ICCPR", "7", "9", "10"])
        #expect(Self.cited("The ICCPR binds the State.", "In particular articles 7, 9 and 10, whereby detention is limited.")
            == [["iccpr"], []])
    }

    @Test("prose that is not a citation", arguments: [
        "She published an article about it.",
        "The ICCPR was quoted in a newspaper article 3 days ago.",
        "The Human Rights Council met in room 43/16 on 15/07/2021; call +41 22 809 49 39.",
        "The cat sat on the mat, the Cat on the chair.",
        "Reference: AL KAZ 4/2021 of 15 July 2021.",
        "The Mandate of the Special Rapporteur on the situation of human rights defenders was renewed.",
        "Resolution 43/16 was adopted.",
    ])
    func notCitations(text: String) {
        let (result, _) = Self.scanned(text)
        #expect(result.citations.map(Self.described).filter { $0 != "iccpr" }.isEmpty)
        #expect(result.unknown.isEmpty)
    }

    @Test("abbreviations match in their own case only")
    func abbreviationCase() {
        #expect(Self.cited("the cat and the CAT") == ["cat"])
        #expect(Self.cited("iccpr, Iccpr and ICCPR") == ["iccpr"])
    }

    @Test("an instrument the library lacks is reported by its name")
    func unknownInstrument() {
        let (result, bytes) = Self.scanned("It breached article 3 of the Convention on Imaginary Things in 2020.")
        #expect(result.citations.isEmpty && result.links.isEmpty)
        #expect(result.unknown.map(\.target.name) == ["Convention on Imaginary Things"])
        #expect(Self.texts(result.unknown.map(\.range), bytes) == ["article 3 of the Convention on Imaginary Things"])
        #expect(Self.texts(result.unknown.map(\.link), bytes) == ["3"])
    }

    @Test("an unknown convention is not taken for “the Convention” named before")
    func unknownAfterKnownConvention() {
        let paragraphs = Self.cited("The State is party to CEDAW.", "It breached article 3 of the Convention on Imaginary Things.")
        #expect(paragraphs[0] == ["cedaw"])
        #expect(paragraphs[1] == [])
    }
}
