import Foundation
import Testing
@testable import CasebookKit

/// A build that keeps nothing links and renders each text once, in the Link stage: the rendering waits on
/// disk for its pages, its links' titles slots that each language fills, so that a text the pages of
/// several languages show alike is rendered once for all of them.
@Suite("Texts rendered once")
struct RenderedBodiesTests {
    static let text = """
        # Allegations

        The author invokes article 19 of the ICCPR, "the Covenant" & article 7 of CAT, [our own](https://example.org "T").

        Paragraph 58 of A/HRC/26/29, and article 99 of the ICCPR.
        """

    /// A catalog whose titles need escaping, and one of whose instruments has no article list.
    static let catalog = InstrumentCatalog([
        ScannerCatalog.instrument("iccpr", "Covenant \"on\" Civil & <Political> Rights", kind: .treaty, shortNames: ["ICCPR"], articles: ["19"]),
        ScannerCatalog.instrument("cat", "Convention against Torture", kind: .treaty, shortNames: ["CAT"]),
    ])

    @Test("slotted titles filled in a language give the HTML that linking in that language gives, in any language")
    func slotsFillAsDirect() {
        let body = MarkdownText(Self.text, start: SourceLocation(path: "case.md", line: 5))
        for pattern in ["{instrument}, article {article}", "{instrument}, статья {article}", "\"{article}\" & <{instrument}>"] {
            var linker = BodyLinker(catalog: Self.catalog)
            linker.articleTitle = pattern
            let direct = linker.link(body, on: .caseFile("x"))
            let slotted = linker.link(body, on: .caseFile("x"), slotted: true)
            #expect(Set(slotted.titleSlots.map(\.slug)) == ["iccpr", "cat"] && slotted.titleSlots.contains { $0.article == "99" })
            #expect(slotted.rendered.html.contains("\u{1}"), "the slotted HTML holds markers, not titles")
            #expect(linker.titled(slotted.rendered, slots: slotted.titleSlots) == direct.rendered)
        }
    }

    @Test("a text holding the marker's character keeps it: only the markers of its own links are filled")
    func foreignMarkers() {
        let source = "A \u{1}0-1\u{1} and &#1; before article 19 of the ICCPR.\n"
        let linker = BodyLinker(catalog: Self.catalog)
        let body = MarkdownText(source, start: SourceLocation(path: "case.md", line: 1))
        let slotted = linker.link(body, on: .caseFile("x"), slotted: true)
        #expect(linker.titled(slotted.rendered, slots: slotted.titleSlots) == linker.link(body, on: .caseFile("x")).rendered)
    }

    @Test("the store gives back a rendering and plain text only for the very text it was made from")
    func store() throws {
        let body = MarkdownText(Self.text, start: SourceLocation(path: "content/cases/x/al.md", line: 8))
        let route = Route.document(caseSlug: "x", slug: "al")
        let folder = try TestSupport.temporaryFolder("casebook-renderings")
        let bodies = try #require(RenderedBodies(in: [folder.appendingPathComponent("missing"), folder]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "the file has no name from the start")
        #expect(RenderedBodies(in: [folder.appendingPathComponent("missing")]) == nil)
        #expect(bodies.load(route, body: body) == nil && bodies.plainText(route, body: body) == nil, "nothing is kept before it is made")
        let linked = BodyLinker(catalog: Self.catalog).link(body, on: route, slotted: true)
        bodies.store(route, body: body, rendered: linked.rendered, slots: linked.titleSlots)
        let loaded = try #require(bodies.load(route, body: body))
        #expect(loaded.rendered.html == linked.rendered.html)
        #expect(loaded.rendered.headings == linked.rendered.headings)
        #expect(loaded.slots == linked.titleSlots)
        #expect(bodies.plainText(route, body: body) == linked.rendered.plainText)
        #expect(linked.rendered.plainText == MarkdownRenderer.plainText(Self.text), "what search reads is what it would read from the Markdown")
        let other = MarkdownText(Self.text + "\nMore.\n", start: body.start)
        #expect(bodies.load(route, body: other) == nil && bodies.plainText(route, body: other) == nil, "another text is never taken for it")
        #expect(bodies.load(.caseFile("x"), body: body) == nil, "nor the same text on another page")
    }

    @Test("an untranslated document's page in each language shows one rendering, its links titled in that language")
    func pagesOfEachLanguage() throws {
        let root = try TranslationTests.project([
            "content/instruments/iccpr.md": "---\ntitle: \"International Covenant on Civil and Political Rights\"\nshort_names: [ICCPR]\nkind: treaty\narticles:\n  - {number: \"19\", title: \"Freedom of expression\"}\n---\n",
            "content/cases/shymkent-2021/reply.md": """
                ---
                title: "Reply of the Government"
                kind: government-reply
                issuer: "Government of Kazakhstan"
                date: 2021-09-13
                ---

                The measures complied with article 19 of the ICCPR and with the ICCPR as a whole.
                """,
        ])
        let files = try TranslationTests.build(root)
        let english = try #require(files["cases/shymkent-2021/reply/index.html"])
        let russian = try #require(files["ru/cases/shymkent-2021/reply/index.html"])
        let title = "International Covenant on Civil and Political Rights"
        #expect(english.contains("title=\"\(title), article 19\">19</a>"))
        #expect(russian.contains("title=\"\(title), статья 19\">19</a>"))
        #expect(!russian.contains("\u{1}") && !english.contains("\u{1}"))
        func body(_ page: String) -> Substring? {
            page.range(of: "<div class=\"document-text prose\"").flatMap { start in page[start.lowerBound...].range(of: "</div>").map { page[start.lowerBound..<$0.upperBound] } }
        }
        let englishBody = try #require(body(english)), russianBody = try #require(body(russian))
        #expect(russianBody.replacingOccurrences(of: ", статья 19", with: ", article 19") == String(englishBody))
    }
}
