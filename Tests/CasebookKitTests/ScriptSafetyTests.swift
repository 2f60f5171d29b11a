import Foundation
import Testing
@testable import CasebookKit

/// No file a site serves runs as a script but its own scripts: pages allow `script-src 'self'`, and static
/// hosts and file:// send no `nosniff`, so `<script src="…/search/text/….txt">` would run any served file
/// that parses as JavaScript, and texts hold what editors wrote.
@Suite("Served files as scripts", .serialized)
struct ScriptSafetyTests {
    /// The files among `paths` (under `folder`) that node parses as a classic script.
    static func parseAsScript(_ paths: [String], in folder: URL) throws -> [String] {
        let checker = TestSupport.repository.appendingPathComponent("Tests/Checks/parses-as-script.js")
        let result = try TestSupport.run(command: "node", [checker.path] + paths.map { folder.appendingPathComponent($0).path })
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map { String($0.dropFirst(folder.path.count + 1)) }
    }

    /// A site whose case is written so that its search text, without its guard line, is a script that
    /// appends "[ran]" to the page's title; the Markdown also tries to load that text as a script.
    static func writeProject(at root: URL) throws {
        let title = "document.title += \"[\" + \"r\" + \"an]\"/*"
        try FileManager.default.copyItem(
            at: TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/valid/base/content"),
            to: root.appendingPathComponent("content"))
        try TestSupport.write("title: Scripts\nraw_html: true\n", to: "casebook.yml", in: root)
        try TestSupport.write(
            "---\ntitle: \(InjectionTests.yaml(title))\nsummary: A summary.\ncountry: KAZ\ndate: 2021-05-29\nstatus: ongoing\n"
                + "defenders: [gulzada-serzhan]\norganizations: [feminita]\nmandates: [sr-human-rights-defenders]\n---\n"
                + "<script src=\"../../search/text/cases.x.txt\"></script>\n\nThe body ends a comment: `*/`\n",
            to: "content/cases/x/index.md", in: root)
    }

    /// The project at `root` built into a new folder, or the project `writeProject` writes if `root` is nil.
    static func build(_ root: URL? = nil) throws -> (URL, SiteFiles) {
        let project = try root ?? TestSupport.temporaryFolder("casebook-scripts")
        if root == nil { try writeProject(at: project) }
        let output = try TestSupport.temporaryFolder("casebook-scripts-site").appendingPathComponent("site")
        _ = try SiteBuilder(options: BuildOptions(root: project, templates: TestSupport.validTemplates(), output: output)).build()
        return (output, try SiteFiles(output))
    }

    @Test("the checker finds a file that parses: the site's own script")
    func checkerWorks() throws {
        let templates = try TestSupport.validTemplates()
        #expect(try Self.parseAsScript(["assets/search.js"], in: templates) == ["assets/search.js"])
    }

    @Test("no file of a built site but its scripts parses as JavaScript", arguments: ExpectedOutputTests.names + ["scripts"])
    func noFileParses(site: String) throws {
        let (output, built) = try Self.build(site == "scripts" ? nil : ExpectedOutputTests.sites.appendingPathComponent(site))
        let files = built.files.keys.filter { !$0.hasPrefix("assets/") && !$0.hasSuffix(".js") }.sorted()
        #expect(files.contains { $0.hasPrefix("search/text/") } && files.contains("data/cases.csv") && files.contains("feed.xml"))
        #expect(try Self.parseAsScript(files, in: output) == [])
    }

    @Test("in Chromium, a search text loaded as a script does not run; without its guard line it would")
    func textDoesNotRun() throws {
        let (output, site) = try Self.build()
        let page = try #require(site.page("cases/x/index.html"))
        #expect(!page.contains("<script src=\"../../search/text"), "the sanitiser drops the Markdown's script")
        let text = try #require(site.files["search/text/cases.x.txt"])
        let unguarded = text.drop { $0 != 0x0A }.dropFirst()
        #expect(try Self.parseAsScript(["search/text/cases.x.txt"], in: output) == [])
        try TestSupport.write(Data(unguarded), to: "probe.txt", in: output)
        #expect(try Self.parseAsScript(["probe.txt"], in: output) == ["probe.txt"], "the text is a script but for its guard")
        // As if a script element got past the sanitiser: the guarded text next to the unguarded control.
        let injected = "<script src=\"../../search/text/cases.x.txt\"></script><script src=\"../../probe.txt\"></script></body>"
        try TestSupport.write(page.replacingOccurrences(of: "</body>", with: injected), to: "cases/x/index.html", in: output)
        let harness = TestSupport.repository.appendingPathComponent("Tests/Browser/load-pages.py")
        let loaded = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", harness.path, "--dump-dom", output.path, "cases/x/index.html"])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stdout.components(separatedBy: "[ran]").count == 2, "only the control ran: \(loaded.stdout.prefix(400))")
    }
}
