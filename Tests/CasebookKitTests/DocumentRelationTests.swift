import Foundation
import Testing
@testable import CasebookKit

/// What real documents carry: no reference, several identifiers, and relations to other documents of the case.
@Suite("Document identifiers and relations")
struct DocumentRelationTests {
    static let reply = """
        ---
        title: "Reply of the Government"
        kind: government-reply
        issuer: Government of Kazakhstan
        date: 2020-06-01
        identifiers:
          - {scheme: "Note verbale", id: "No. 12-3/456"}
        relations:
          - {kind: replies-to, document: \\(target)}
        ---

        The Government replies.
        """

    /// A copy of the two-countries fixture whose first case gains a reply without a reference.
    static func project(replyingTo target: String) throws -> URL {
        let root = try TestSupport.temporaryFolder("casebook-relations")
        for item in ["casebook.yml", "content"] {
            try FileManager.default.copyItem(at: ExportsTests.fixture.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        try TestSupport.write(reply.replacingOccurrences(of: "\\(target)", with: target), to: "content/cases/first-case/reply.md", in: root)
        return root
    }

    @Test("a reply without a reference is named by its identifier, and both documents and the case page show the relation")
    func relationsShown() throws {
        let root = try Self.project(replyingTo: "letter")
        let output = root.appendingPathComponent("site")
        _ = try SiteBuilder(options: BuildOptions(root: root, templates: try TestSupport.validTemplates(), output: output)).build()
        let site = try SiteFiles(output)
        let reply = try #require(site.page("cases/first-case/reply/index.html"))
        #expect(reply.contains("<li><span aria-current=\"page\">No. 12-3/456</span></li>"))
        #expect(reply.contains("<dd><span class=\"reference\">No. 12-3/456</span> (Note verbale)</dd>"))
        #expect(!reply.contains("<dt>Reference</dt>"))
        #expect(reply.contains("<li>Replies to <a href=\"../../../cases/first-case/letter/index.html\">AL KAZ 1/2020</a>"))
        let letter = try #require(site.page("cases/first-case/letter/index.html"))
        #expect(letter.contains("<li>Replied to by <a href=\"../../../cases/first-case/reply/index.html\">No. 12-3/456</a>"))
        let casePage = try #require(site.page("cases/first-case/index.html"))
        #expect(casePage.contains("<span class=\"relations\">Replies to <a href=\"../../cases/first-case/letter/index.html\">AL KAZ 1/2020</a></span>"))
        let json = String(decoding: try #require(site.files["data/cases.json"]), as: UTF8.self)
        #expect(json.contains("\"reference\":null,\"identifiers\":[{\"scheme\":\"Note verbale\",\"id\":\"No. 12-3/456\"}],\"relations\":[{\"kind\":\"replies-to\",\"document\":\"letter\"}]"))
    }

    @Test("a relation to a document the case does not have is an error where it is written")
    func unknownTarget() throws {
        let root = try Self.project(replyingTo: "leter")
        do {
            _ = try SiteBuilder(options: BuildOptions(root: root, templates: try TestSupport.validTemplates())).check()
            Issue.record("the check passed")
        } catch let error as DiagnosticsError {
            let shown = InvalidFixtureTests.relativeDescriptions(error.diagnostics, fixture: root)
            #expect(shown == ["content/cases/first-case/reply.md:9:34: error: unknown document 'leter'; did you mean 'letter'?"])
        }
    }
}
