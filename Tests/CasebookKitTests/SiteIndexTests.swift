import Testing
@testable import CasebookKit

/// Small builders for model values, so each test states only what it is about.
enum Make {
    static func at(_ path: String, _ line: Int = 1, _ column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    static func body(_ path: String) -> MarkdownText { MarkdownText("", start: at(path, 3)) }

    static func caseFile(
        _ slug: String, date: String = "2021-05-29", country: String = "KAZ", defenders: [Located<String>] = [],
        organizations: [Located<String>] = [], mandates: [Located<String>] = [], documents: [SourceDocument] = [],
        path: String? = nil
    ) -> CaseFile {
        let path = path ?? "content/cases/\(slug)/index.md"
        return CaseFile(.init(
            slug: slug, title: "Case \(slug)", summary: "Summary.", country: Located(country, at: at(path, 4, 10)),
            place: nil, date: Day(iso: date)!, updated: nil, status: .ongoing, replyDue: nil, defenders: defenders,
            organizations: organizations, violations: [], mandates: mandates, actions: [], authorities: [], timeline: [],
            related: [], publishAfter: nil, draft: false, body: body(path), documents: documents, location: at(path)))
    }

    static func document(
        _ slug: String, of caseSlug: String, reference: String = "AL KAZ 4/2021", mandates: [Located<String>] = [],
        organizations: [Located<String>] = []
    ) -> SourceDocument {
        let path = "content/cases/\(caseSlug)/\(slug).md"
        return SourceDocument(.init(
            slug: slug, caseSlug: caseSlug, title: "Document \(slug)", kind: .allegationLetter, issuer: "Issuer",
            reference: reference, date: Day(iso: "2021-07-15")!, language: "en", mandates: mandates,
            organizations: organizations, signatories: [], sourceURL: nil, publishAfter: nil, draft: false, body: body(path),
            location: at(path)))
    }

    static func defender(_ slug: String, name: String? = nil, organizations: [Located<String>] = [], path: String? = nil)
        -> Defender
    {
        let path = path ?? "content/defenders/\(slug).md"
        return Defender(
            slug: slug, name: name ?? slug.capitalized, variants: [], visibility: .public, pseudonym: nil, withheldAs: nil,
            country: nil, organizations: organizations, focus: [],
            body: body(path), location: at(path))
    }

    static func organization(_ slug: String) -> Organization {
        let path = "content/organizations/\(slug).md"
        return Organization(slug: slug, name: slug.capitalized, shortName: nil, country: nil, website: nil, body: body(path), location: at(path))
    }

    static func mandate(_ slug: String) -> Mandate {
        let path = "content/mandates/\(slug).md"
        return Mandate(slug: slug, name: slug.capitalized, shortName: nil, establishedBy: nil, website: nil, body: body(path), location: at(path))
    }

    /// A reference as written in a file: the slug and where it was written.
    static func ref(_ slug: String, _ path: String, _ line: Int, _ column: Int = 5) -> Located<String> {
        Located(slug, at: at(path, line, column))
    }
}

@Suite("SiteIndex")
struct SiteIndexTests {
    let casePath = "content/cases/x/index.md"

    func messages(_ content: ContentSet) -> [String] {
        SiteIndex.build(from: content).diagnostics.sorted().map(\.description)
    }

    @Test("a complete content set has no diagnostics")
    func clean() {
        let content = ContentSet(
            cases: [Make.caseFile("x", defenders: [Make.ref("ann", casePath, 8)], organizations: [Make.ref("feminita", casePath, 10)],
                mandates: [Make.ref("sr-hrd", casePath, 12)])],
            defenders: [Make.defender("ann", organizations: [Make.ref("feminita", "content/defenders/ann.md", 4)])],
            organizations: [Make.organization("feminita")], mandates: [Make.mandate("sr-hrd")])
        #expect(messages(content).isEmpty)
    }

    @Test("a reference written as a short name or a name suggests the slug it names")
    func suggestionsByName() {
        var wgad = Make.mandate("wg-arbitrary-detention")
        wgad.shortName = "WGAD"
        var fidh = Make.organization("fidh")
        fidh.name = "Fédération internationale pour les droits humains"
        let content = ContentSet(
            cases: [Make.caseFile("x", defenders: [Make.ref("Ann Smith", casePath, 8)],
                organizations: [Make.ref("federation-internationale-pour-les-droits-humains", casePath, 10)],
                mandates: [Make.ref("wgad", casePath, 12)])],
            defenders: [Make.defender("ann", name: "Ann Smith")], organizations: [fidh], mandates: [wgad])
        #expect(messages(content) == [
            "content/cases/x/index.md:8:5: error: unknown defender 'Ann Smith'; did you mean 'ann'?",
            "content/cases/x/index.md:10:5: error: unknown organization 'federation-internationale-pour-les-droits-humains'; did you mean 'fidh'?",
            "content/cases/x/index.md:12:5: error: unknown mandate 'wgad'; did you mean 'wg-arbitrary-detention'?",
        ])
    }

    @Test("unknown defenders, organizations and mandates are reported where they are named")
    func unresolvedReferences() {
        let documentPath = "content/cases/x/al.md"
        let content = ContentSet(
            cases: [
                Make.caseFile(
                    "x", defenders: [Make.ref("defender-ann", casePath, 8), Make.ref("zed", casePath, 9)],
                    organizations: [Make.ref("feminitaa", casePath, 11)], mandates: [Make.ref("sr-hrdd", casePath, 13)],
                    documents: [Make.document("al", of: "x", mandates: [Make.ref("sr-freedom", documentPath, 8)],
                        organizations: [Make.ref("omct", documentPath, 10)])])
            ],
            defenders: [Make.defender("defender-anna", organizations: [Make.ref("femnita", "content/defenders/defender-anna.md", 5)])],
            organizations: [Make.organization("feminita")], mandates: [Make.mandate("sr-hrd")])
        #expect(messages(content) == [
            "content/cases/x/al.md:8:5: error: unknown mandate 'sr-freedom'",
            "content/cases/x/al.md:10:5: error: unknown organization 'omct'",
            "content/cases/x/index.md:8:5: error: unknown defender 'defender-ann'; did you mean 'defender-anna'?",
            "content/cases/x/index.md:9:5: error: unknown defender 'zed'",
            "content/cases/x/index.md:11:5: error: unknown organization 'feminitaa'; did you mean 'feminita'?",
            "content/cases/x/index.md:13:5: error: unknown mandate 'sr-hrdd'; did you mean 'sr-hrd'?",
            "content/defenders/defender-anna.md:5:5: error: unknown organization 'femnita'; did you mean 'feminita'?",
        ])
    }

    @Test("duplicate slugs are reported at the later definition, pointing at the first")
    func duplicateSlugs() {
        let content = ContentSet(
            cases: [Make.caseFile("x", defenders: [Make.ref("ann", casePath, 8)])],
            defenders: [
                Make.defender("ann", name: "Second", path: "content/defenders/b.md"),
                Make.defender("ann", name: "First", path: "content/defenders/a.md"),
            ],
            mandates: [Make.mandate("m"), Make.mandate("m")])
        #expect(messages(content) == [
            "content/defenders/b.md:1:1: error: duplicate defender 'ann'; first defined at content/defenders/a.md:1:1",
            "content/mandates/m.md:1:1: error: duplicate mandate 'm'; first defined at content/mandates/m.md:1:1",
        ])
        let index = SiteIndex.build(from: content).index
        #expect(index.defenders.map(\.name) == ["First"])
        #expect(index.defender("ann")?.name == "First")
        #expect(index.mandates.count == 1)
    }

    @Test("two cases with the same slug are reported")
    func duplicateCases() {
        let content = ContentSet(cases: [
            Make.caseFile("x", path: "content/cases/b/index.md"), Make.caseFile("x", path: "content/cases/a/index.md"),
        ])
        #expect(messages(content) == [
            "content/cases/b/index.md:1:1: error: duplicate case 'x'; first defined at content/cases/a/index.md:1:1",
        ])
        #expect(SiteIndex.build(from: content).index.cases.count == 1)
    }

    @Test("countries come from cases only, sorted by name")
    func countries() {
        var defender = Make.defender("ann")
        defender.country = Located("FRA", at: Make.at("content/defenders/ann.md", 3, 10))
        let content = ContentSet(
            cases: [Make.caseFile("a", country: "KAZ"), Make.caseFile("b", country: "DEU"), Make.caseFile("c", country: "KAZ")],
            defenders: [defender])
        let index = SiteIndex.build(from: content).index
        #expect(index.countries.map(\.code) == ["DEU", "KAZ"])
        #expect(index.countries.map(\.name) == ["Germany", "Kazakhstan"])
        #expect(index.cases(.country("KAZ")).map(\.slug) == ["a", "c"])
        #expect(index.cases(.country("FRA")).isEmpty)
    }

    @Test("cases are newest first, ties by slug")
    func newestFirst() {
        let content = ContentSet(cases: [
            Make.caseFile("old", date: "2019-01-01"), Make.caseFile("new-b", date: "2022-03-01"),
            Make.caseFile("new-a", date: "2022-03-01"), Make.caseFile("mid", date: "2021-06-30"),
        ])
        #expect(SiteIndex.build(from: content).index.cases.map(\.slug) == ["new-a", "new-b", "mid", "old"])
    }

    @Test("cases of a defender, an organization and a mandate, newest first")
    func casesByEntity() {
        let content = ContentSet(
            cases: [
                Make.caseFile("a", date: "2020-01-01", defenders: [Make.ref("ann", "a", 8)]),
                Make.caseFile("b", date: "2022-01-01", defenders: [Make.ref("ann", "b", 8), Make.ref("bob", "b", 9)],
                    documents: [Make.document("d", of: "b", mandates: [Make.ref("m", "d", 8)], organizations: [Make.ref("o", "d", 9)])]),
                Make.caseFile("c", date: "2021-01-01", defenders: [Make.ref("bob", "c", 8), Make.ref("bob", "c", 9)],
                    mandates: [Make.ref("m", "c", 10)]),
            ],
            defenders: [Make.defender("ann"), Make.defender("bob")], organizations: [Make.organization("o")],
            mandates: [Make.mandate("m")])
        let index = SiteIndex.build(from: content).index
        #expect(index.cases(.defender("ann")).map(\.slug) == ["b", "a"])
        #expect(index.cases(.defender("bob")).map(\.slug) == ["b", "c"])  // once each, though named twice in c
        #expect(index.cases(.defender("nobody")).isEmpty)
        #expect(index.cases(.organization("o")).map(\.slug) == ["b"])
        #expect(index.cases(.mandate("m")).map(\.slug) == ["b", "c"])
    }

    @Test("documents are found by reference, ignoring case and extra spaces", arguments: [
        "AL KAZ 4/2021", "al kaz 4/2021", "  AL   KAZ\t4/2021 ", "Al Kaz 4/2021",
    ])
    func documentByReference(query: String) {
        let content = ContentSet(cases: [
            Make.caseFile("x", documents: [Make.document("al", of: "x", reference: "AL KAZ 4/2021"),
                Make.document("ua", of: "x", reference: "UA KAZ 1/2022")]),
        ])
        let index = SiteIndex.build(from: content).index
        #expect(index.document(withReference: query)?.slug == "al")
        #expect(index.document(withReference: "AL KAZ 4/2019") == nil)
        #expect(index.document(withReference: "ALKAZ 4/2021") == nil)
    }

    @Test("a reference normalizes as the slow path would, whether or not it is already normal", arguments: [
        "AL KAZ 4/2021", "al kaz 4/2021", " AL KAZ 4/2021", "AL KAZ 4/2021 ", "AL  KAZ 4/2021", "AL\tKAZ 4/2021",
        "A/HRC/RES/12/16", "CCPR/C/GC/34", "UA ÉTH 1/2021", "", " ", "AL{KAZ}~4",
    ])
    func referenceNormalization(reference: String) {
        #expect(SiteIndex.normalize(reference: reference)
            == reference.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    @Test("a mandate's documents are newest first across its cases, each once")
    func documentsByMandate() {
        func document(_ slug: String, of caseSlug: String, on date: String, mandates: [String]) -> SourceDocument {
            var document = Make.document(slug, of: caseSlug, mandates: mandates.map { Make.ref($0, slug, 8) })
            document.date = Day(iso: date)!
            return document
        }
        let content = ContentSet(
            cases: [
                Make.caseFile("a", date: "2020-01-01", documents: [
                    document("a1", of: "a", on: "2020-02-01", mandates: ["m", "m"]), document("a2", of: "a", on: "2022-03-01", mandates: ["n"]),
                ]),
                Make.caseFile("b", date: "2021-01-01", mandates: [Make.ref("p", "b", 9)], documents: [
                    document("b1", of: "b", on: "2021-02-01", mandates: ["m", "n"]),
                ]),
            ],
            mandates: [Make.mandate("m"), Make.mandate("n"), Make.mandate("p")])
        let index = SiteIndex.build(from: content).index
        #expect(index.documentsByMandate["m"]?.map(\.slug) == ["b1", "a1"])
        #expect(index.documentsByMandate["n"]?.map(\.slug) == ["a2", "b1"])
        #expect(index.documentsByMandate["p"]?.isEmpty == true)
    }
}
