import Testing
@testable import CasebookKit

/// Documents of the Inter-American, African and European bodies, cited by their references: linked to the library's
/// page, or reported with the file that would link them.
@Suite("Regional document symbols")
struct RegionalSymbolTests {
    /// The inline library with a few regional documents, their symbols written as editors might.
    static let catalog = InstrumentCatalog(ScannerCatalog.instruments + [
        ScannerCatalog.instrument("iachr-defenders-2011", "Second Report on the Situation of Human Rights Defenders in the Americas",
                                  kind: .report, symbol: "OEA/Ser.L/V/II. Doc. 66", articles: ["58"]),
        ScannerCatalog.instrument("achpr-res-275", "Resolution 275", kind: .resolution, symbol: "ACHPR/Res. 275 (LV) 2014"),
        ScannerCatalog.instrument("cm-rec-2018-11", "Recommendation on civil society space", kind: .resolution, symbol: "CM/Rec(2018)11"),
        ScannerCatalog.instrument("echr", "European Convention on Human Rights", kind: .regionalTreaty, symbol: "ETS No. 005",
                                  articles: ["10", "11"]),
    ])

    /// Each citation of one paragraph: `slug(paragraph)` when linked, `missing:SYMBOL(paragraph)` when reported.
    static func found(_ text: String) -> [String] {
        var scanner = CitationScanner(catalog: catalog)
        let result = scanner.scan(Array(text.utf8))
        return result.citations.map(CitationScannerTests.described)
            + result.unknown.map { "missing:\($0.target.name)" + ($0.paragraph.map { "(\($0))" } ?? "") }
    }

    @Test("each body's references, as written, are recognised", arguments: [
        ("See OEA/Ser.L/V/II.164 Doc. 99, para. 12.", ["missing:OEA/Ser.L/V/II.164 Doc. 99(12)"]),
        ("IACHR, OAS/Ser.L/V/II. Doc. 49/15, 31 December 2015.", ["missing:OEA/Ser.L/V/II. Doc. 49/15"]),
        ("CIDH, OEA/Ser.L/V/II.124, Doc. 5 rev. 1, 7 de marzo de 2006.", ["missing:OEA/Ser.L/V/II.124 Doc. 5 rev. 1"]),
        ("I/A Court H.R., Case of Lopez Lone et al. v. Honduras, Series C No. 302, para. 160.", ["missing:IACtHR Series C No. 302(160)"]),
        ("Corte IDH, Caso Lopez Lone y otros vs. Honduras, Serie C No. 302.", ["missing:IACtHR Series C No. 302"]),
        ("African Commission, ACHPR/Res.69(XXXV)04 on human rights defenders.", ["missing:ACHPR/Res.69(XXXV)04"]),
        ("La Commission africaine, dans sa résolution CADHP/Rés.376(LX)2017.", ["missing:ACHPR/Res.376(LX)2017"]),
        ("Zimbabwe NGO Forum v. Zimbabwe, Communication 245/02 (African Commission on Human and Peoples' Rights, 2006).",
         ["missing:ACHPR Communication 245/02"]),
        ("The African Commission decided Communications No. 279/03 and 296/05 together.",
         ["missing:ACHPR Communication 279/03", "missing:ACHPR Communication 296/05"]),
        ("Recommendation CM/Rec(2016)4 of the Committee of Ministers.", ["missing:CM/Rec(2016)4"]),
        ("Committee of Ministers Recommendation Rec(2004)20 on judicial review.", ["missing:Rec(2004)20"]),
        ("Parliamentary Assembly, Resolution 2095 (2016) and Recommendation 2085 (2016).",
         ["missing:PACE Resolution 2095 (2016)", "missing:PACE Recommendation 2085 (2016)"]),
        ("L'Assemblée parlementaire, dans sa Résolution 2225 (2018).", ["missing:PACE Resolution 2225 (2018)"]),
        ("Парламентская ассамблея приняла резолюцию 2095 (2016).", ["missing:PACE Resolution 2095 (2016)"]),
        ("the Convention on preventing violence against women (CETS No. 210)", ["missing:CETS No. 210"]),
        ("la Charte sociale européenne (STE n° 35)", ["missing:ETS No. 035"]),
    ])
    func recognised(text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test("the library's page links them, however the symbol is spaced or the series written", arguments: [
        ("See OEA/Ser.L/V/II. Doc. 66, para. 58.", ["iachr-defenders-2011(58)"]),
        ("See OAS/Ser.L/V/II. doc. 66.", ["iachr-defenders-2011"]),
        ("See paragraph 58 of OEA/Ser.L/V/II. Doc. 66.", ["iachr-defenders-2011(58)"]),
        ("The African Commission adopted ACHPR/Res.275(LV)2014.", ["achpr-res-275"]),
        ("Recommendation CM/Rec (2018) 11 applies.", ["cm-rec-2018-11"]),
        ("The European Convention on Human Rights (ETS No. 5) applies.", ["echr", "echr"]),
        ("article 10 of CETS No. 5", ["echr 10"]),
    ])
    func linked(text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test("a linked regional document links to its page, and to the paragraph's place on it")
    func links() {
        let linked = CitationMarkdownLinkingTests.link("See paragraph 58 of OEA/Ser.L/V/II. Doc. 66.\n", catalog: Self.catalog)
        #expect(linked.rendered.html.contains("<a href=\"../../instruments/iachr-defenders-2011/index.html#article-58\""))
        #expect(linked.rendered.html.contains(">OEA/Ser.L/V/II. Doc. 66</a>"))
        #expect(linked.warnings.isEmpty)
    }

    @Test("numbers that only a body named near makes regional, and prose, are not regional references", arguments: [
        "See resolution 2095 (2016).",
        "Security Council resolution 1325 (2000) on women, peace and security.",
        "The Parliamentary Assembly recalled Security Council resolution 1325 (2000).",
        "The Human Rights Committee, in communication No. 2470/2014, found a violation.",
        "The series C of tests showed no. 5 results.",
        "ETS said it would reply; the CM was informed.",
        "Rec (2004) 20 is not written so.",
        "OEA/ and ACHPR/ alone, CM/ too.",
    ])
    func notRegional(text: String) {
        #expect(Self.found(text).filter { $0.hasPrefix("missing:") } == [])
    }

    @Test("UN document symbols are read as before", arguments: [
        ("see A/HRC/23/50, paras. 9-10.", ["undocs:A/HRC/23/50(9-10)"]),
        ("see CCPR/C/GC/35, para. 12", ["ccpr-c-gc-35(12)"]),
        ("see HRI/GEN/1/Rev/9 (Vol. 1).", ["hri-gen-1-rev-9-vol-1"]),
        ("see A/RES/2200A(XXI).", ["undocs:A/RES/2200A(XXI)"]),
    ])
    func unSymbols(text: String, expected: [String]) {
        #expect(Self.found(text) == expected)
    }

    @Test("a treaty's number is written as the Treaty Office writes it")
    func treatyNumbers() {
        #expect(RegionalSymbol.treaty("5") == "ETS No. 005")
        #expect(RegionalSymbol.treaty("005") == "ETS No. 005")
        #expect(RegionalSymbol.treaty("193") == "ETS No. 193")
        #expect(RegionalSymbol.treaty("210") == "CETS No. 210")
        #expect(RegionalSymbol.key("OEA/Ser.L/V/II. Doc. 66") == RegionalSymbol.key("OEA/Ser.L/V/II Doc 66"))
        #expect(RegionalSymbol.africanResolution("CADHP/Rés.275(LV)2014") == "ACHPR/Res.275(LV)2014")
        #expect(RegionalSymbol.africanResolution("ACHPR/Res.275(LV)20145") == nil)
    }
}
