import Foundation
import Testing
@testable import CasebookKit

/// A file name or a value from content cannot print a diagnostic line of its own: line breaks, controls
/// and bidirectional overrides are printed as escapes.
@Suite("Diagnostics cannot be forged")
struct DiagnosticForgeryTests {
    static let forgedName = "gulzada\nfake.md:1:1: error: x.md"

    @Test("a path's controls, line breaks and bidi overrides are escaped when a location is printed", arguments: [
        ("content/x\nfake.md:1:1: error: x.md", "content/x\\nfake.md:1:1: error: x.md:3:4"),
        ("content/a\r\tb.md", "content/a\\r\\tb.md:3:4"),
        ("content/\u{1B}[2Ja.md", "content/\\u{1B}[2Ja.md:3:4"),
        ("content/\u{85}\u{7F}\u{2028}\u{2029}.md", "content/\\u{85}\\u{7F}\\u{2028}\\u{2029}.md:3:4"),
        ("content/evil\u{202E}dm.exe", "content/evil\\u{202E}dm.exe:3:4"),
        ("content/\u{2066}a\u{2069}\u{200B}\u{A0}.md", "content/\\u{2066}a\\u{2069}\\u{200B}\\u{A0}.md:3:4"),
        ("content/a\\nb.md", "content/a\\\\nb.md:3:4"),
        ("content/café défenseurs/ann.md", "content/café défenseurs/ann.md:3:4"),
    ])
    func escapedPath(path: String, printed: String) {
        let location = SourceLocation(path: path, line: 3, column: 4)
        #expect(location.description == printed)
        #expect(location.path == path, "only the printed form is escaped")
    }

    @Test("a value quoted in a message is escaped too, so every diagnostic is one line")
    func escapedMessage() {
        let text = FrontMatterTests.validCase.replacingOccurrences(
            of: "status: reply-awaited", with: "status: \"x\\nfake.md:1:1: error: y\"")
        let parsed = ContentFileParser(defaultLanguage: "en").parse(
            SourceFile(path: "content/cases/x/index.md", text: text), as: .caseIndex(folder: "x"))
        #expect(parsed.diagnostics.map(\.description) == [
            "content/cases/x/index.md:6:9: error: 'x\\nfake.md:1:1: error: y' is not a valid 'status' "
                + "(expected one of: reply-awaited, reply-received, ongoing, closed, historic)",
        ])
    }

    @Test("a content file named to forge a diagnostic is reported on one line, by the library and by casebook")
    func forgedFileName() throws {
        let project = try FileSystemSafetyTests.copyOfBase()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try TestSupport.write("---\nname: Fake\n---\n", to: "content/defenders/\(Self.forgedName)", in: project)
        let expected = "content/defenders/gulzada\\nfake.md:1:1: error: x.md:1:1: error: "
            + "'gulzada\\nfake.md:1:1: error: x' is not a valid slug: use lowercase ASCII letters, digits and single hyphens"

        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(options: BuildOptions(root: project, templates: TestSupport.validTemplates())).check()
        }
        #expect(error.diagnostics.map { $0.description.replacingOccurrences(of: project.path + "/", with: "") } == [expected])

        let run = try CommandLineTests.run(["check", "--root", ".", "--templates", try TestSupport.validTemplates().path], in: project)
        let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(run.status != 0)
        #expect(errors == [Substring(expected)], "stderr: \(run.stderr)")
    }
}
