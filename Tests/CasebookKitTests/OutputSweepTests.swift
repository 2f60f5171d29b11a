import Foundation
import Testing
@testable import CasebookKit

/// The sweep of every output byte: what the sources cannot show is still caught before publishing.
@Suite("Output sweep")
struct OutputSweepTests {
    static let list: ProtectionList = {
        var content = ContentSet(defenders: [ProtectionListTests.defender("Zhanar Sekerbayeva", slug: "zs")])
        content.privateValues = [Located("+7 701 555 0101", at: SourceLocation(path: "content/cases/a/index.md", line: 9, column: 10))]
        return ProtectionList(content)
    }()

    @Test("a hit is reported at the output path, line and column, in any field, attribute or file name")
    func located() {
        let sweep = OutputSweep(list: Self.list, folder: "site")
        let page = OutputFile(path: "about/index.html", contents: Array("<p>One</p>\n<p>Two <a title=\"Zh&#97;nar Sekerbayeva\">x</a></p>\n".utf8))
        #expect(sweep.check(page).map(\.description) == [
            "site/about/index.html:2:18: error: this output file would name defender 'zs', whose visibility is withheld; nothing was published"
        ])
        let data = OutputFile(path: "data/x.json", contents: Array(#"{"phone": "+7\u0020701 555-01-01"}"#.utf8))
        #expect(sweep.check(data).map(\.description) == [
            "site/data/x.json:1:13: error: this output file would contain the private value declared at content/cases/a/index.md:9:10; nothing was published"
        ])
        #expect(sweep.check(OutputFile(path: "zhanar-sekerbayeva/index.html", contents: [])).map(\.location.description) == ["site/zhanar-sekerbayeva/index.html:1:1"])
        #expect(sweep.check(OutputFile(path: "about/index.html", contents: Array("<p>Zhanar</p>".utf8))).isEmpty)
    }

    @Test("a case's pages and search texts are known as the case's in every language's folder, so its defenders' surnames are looked for there too")
    func caseSlugInLanguageFolders() {
        let folders: Set = ["ru", "pt-br"]
        #expect(OutputSweep.caseSlug(of: "cases/x/index.html", languageFolders: folders) == "x")
        #expect(OutputSweep.caseSlug(of: "ru/cases/x/doc/index.html", languageFolders: folders) == "x")
        #expect(OutputSweep.caseSlug(of: "pt-br/search/text/cases.x.doc.txt", languageFolders: folders) == "x")
        #expect(OutputSweep.caseSlug(of: "ru/cases/page/2/index.html", languageFolders: folders) == nil)
        #expect(OutputSweep.caseSlug(of: "de/cases/x/index.html", languageFolders: folders) == nil)
        let config = { () -> SiteConfig in
            var config = SiteConfig()
            config.languages = ["en", "ru"]
            return config
        }()
        #expect(OutputSweep(list: Self.list, folder: "site", languages: config).languageFolders == ["ru"])
    }

    @Test("two strings that pages show side by side make the name: the sweep refuses what no source line holds")
    func acrossFields() throws {
        let site = try ProtectionProbeSite(.caseBody, "")
        let strings = site.options.templates.appendingPathComponent("strings.yml")
        let text = try String(contentsOf: strings, encoding: .utf8)
        try text.replacingOccurrences(of: "nav_cases: \"Cases\"", with: "nav_cases: \"Zhanar\"")
            .replacingOccurrences(of: "nav_defenders: \"Defenders\"", with: "nav_defenders: \"Sekerbayeva\"")
            .write(to: strings, atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(options: site.options).build() }
        #expect(!error.errors.isEmpty)
        #expect(error.errors.allSatisfy { $0.location.path.contains("/site/") && $0.message.text.contains("would name defender 'zs'") }, "\(error)")
        #expect(!FileManager.default.fileExists(atPath: site.options.output.path))
    }
}
