import Foundation
import Testing
@testable import CasebookKit

/// Runs the built `casebook` executable on an invalid fixture.
@Suite("casebook command")
struct CommandLineTests {
    /// Runs `casebook` with `arguments` in `folder`, failing the test if it was not built.
    static func run(_ arguments: [String], in folder: URL) throws -> TestSupport.ProcessResult {
        try #require(
            FileManager.default.isExecutableFile(atPath: TestSupport.casebook.path),
            "casebook is not built at \(TestSupport.casebook.path); run swift build --build-tests")
        return try TestSupport.run(TestSupport.casebook, arguments, in: folder)
    }

    /// Every file under `folder`, hidden ones included, with its bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: nil)
        else { return files }
        for case let url as URL in enumerator {
            let path = url.resolvingSymlinksInPath().path
            let relative = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            files[relative] = isFolder.boolValue ? Data("<folder>".utf8) : (try? Data(contentsOf: url))
        }
        return files
    }

    /// Splits standard error into the plain progress lines of a run not on a terminal and the rest.
    static func progressLines(_ stderr: String) -> (lines: [String], rest: String) {
        let pattern = /[a-z]+: (\d+ [a-z]+, )?\d+\.\d\d s/
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rest = lines.filter { (try? pattern.wholeMatch(in: $0)) == nil }.joined(separator: "\n")
        return (lines.filter { (try? pattern.wholeMatch(in: $0)) != nil }, rest)
    }

    @Test("not on a terminal, build prints one plain line per stage, then the summary")
    func plainProgress() throws {
        let fixture = try InvalidFixtureTests.fixture("valid", "base")
        let work = try TestSupport.temporaryFolder("casebook-cli")
        defer { try? FileManager.default.removeItem(at: work) }
        let arguments = ["build", "--root", fixture.path, "--templates", try TestSupport.validTemplates().path, "--output", work.appendingPathComponent("site").path]

        let run = try Self.run(arguments, in: work)

        #expect(run.status == 0, "stderr: \(run.stderr)")
        let (lines, rest) = Self.progressLines(run.stderr)
        #expect(rest == "")
        #expect(lines.map { String($0.prefix { $0 != ":" }) } == ["load", "templates", "resolve", "protect", "link", "render", "search", "exports", "write"])
        #expect(lines[0].hasPrefix("load: 5 files, "))
        #expect(!lines[1].contains(","), "templates count nothing: \(lines[1])")
        let built = try #require(run.stdout.split(separator: "\n").last { $0.hasPrefix("Built ") })
        let pages = try #require(built.split(separator: " ").dropFirst().first)
        #expect(lines.contains { $0.hasPrefix("render: \(pages) pages, ") }, "\(lines) \(built)")
        let files = try #require(built.split(separator: "(").dropFirst().first?.split(separator: " ").first)
        #expect(lines.contains { $0.hasPrefix("write: \(files) files, ") }, "the write line counts every file written: \(lines) \(built)")
        #expect(built.hasSuffix(" s; 0 warnings."))
        #expect(built.contains(" from 1 case, 1 document, 1 defender, 1 organization, 1 mandate, 1 country, "), "one of a kind is counted in the singular: \(built)")
        let check = try Self.run(["check"] + arguments.dropFirst(), in: work)
        #expect(check.stdout.split(separator: "\n").last == "No errors: \(pages) pages (\(files) files) would be written; 0 warnings.")
    }

    @Test(
        "build fails on invalid content, prints the diagnostics and leaves the old site untouched",
        arguments: ["build", "check"])
    func invalidFixture(subcommand: String) throws {
        let fixture = try InvalidFixtureTests.fixture("invalid", "several-errors")
        let expected = try InvalidFixtureTests.expectedLines(of: fixture)
        let templates = try TestSupport.validTemplates()
        let work = try TestSupport.temporaryFolder("casebook-cli")
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        try TestSupport.write("<p>the previous site</p>\n", to: "index.html", in: site)
        try TestSupport.write(Data([0x00, 0xFF, 0x10]), to: "assets/marker.bin", in: site)
        try TestSupport.markAsSite(site)
        let before = Self.snapshot(work)

        let run = try Self.run([subcommand, "--root", ".", "--templates", templates.path, "--output", site.path], in: fixture)

        #expect(run.status != 0)
        #expect(run.stdout == "")
        let consequence = subcommand == "check" ? "nothing was written." : "the previous site was left as it was."
        let summary = "\(expected.count) errors; \(consequence)"
        let (progress, rest) = Self.progressLines(run.stderr)
        #expect(rest == (expected + [summary]).joined(separator: "\n") + "\n")
        #expect(progress.map { $0.prefix { $0 != ":" } } == ["load", "templates", "resolve", "protect"], "the stages that ran, then the errors")
        #expect(Self.snapshot(work) == before)
    }

    @Test("check prints each warning, then the citation report with every unresolved citation by document and the files to add")
    func warningFixture() throws {
        let fixture = try InvalidFixtureTests.fixture("warnings", "unresolved-citations")
        let expected = try InvalidFixtureTests.expectedLines(of: fixture)
        let run = try Self.run(["check", "--root", ".", "--templates", try TestSupport.validTemplates().path], in: fixture)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let warnings = Self.progressLines(run.stderr).rest.split(separator: "\n").map(String.init)
        #expect(warnings + run.stdout.split(separator: "\n").map(String.init) == expected)
    }

    @Test("build prints the unresolved citations too, and still builds")
    func warningFixtureBuild() throws {
        let fixture = try InvalidFixtureTests.fixture("warnings", "unresolved-citations")
        let work = try TestSupport.temporaryFolder("casebook-cli")
        defer { try? FileManager.default.removeItem(at: work) }
        let arguments = ["build", "--root", ".", "--templates", try TestSupport.validTemplates().path, "--output", work.appendingPathComponent("site").path]
        let run = try Self.run(arguments, in: fixture)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let report = try InvalidFixtureTests.expectedLines(of: fixture).drop { !$0.hasPrefix(DiagnosticMessage.Report.byDocument) }.dropLast()
        #expect(run.stdout.contains(report.joined(separator: "\n")))
        #expect(run.stdout.contains("; 11 warnings."))
    }

    @Test("--base-url overrides casebook.yml's base_url; an address that is not http or https is refused")
    func baseURL() throws {
        let fixture = try InvalidFixtureTests.fixture("valid", "base")
        let work = try TestSupport.temporaryFolder("casebook-cli")
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        let arguments = ["build", "--root", fixture.path, "--templates", try TestSupport.validTemplates().path, "--output", site.path]
        let run = try Self.run(arguments + ["--base-url", "https://preview.example.net/cases"], in: work)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let sitemap = try String(contentsOf: site.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://preview.example.net/cases/</loc>"))
        let refused = try Self.run(arguments + ["--base-url", "javascript:alert(1)"], in: work)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--base-url must be an http or https address, found 'javascript:alert(1)'"))
    }

    @Test("build writes a valid site and replaces the old one")
    func validFixture() throws {
        let fixture = try InvalidFixtureTests.fixture("valid", "base")
        let templates = try TestSupport.validTemplates()
        let work = try TestSupport.temporaryFolder("casebook-cli")
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        try TestSupport.write("stale\n", to: "stale.html", in: site)
        try TestSupport.markAsSite(site)

        let run = try Self.run(["build", "--root", fixture.path, "--templates", templates.path, "--output", site.path], in: work)

        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(Self.progressLines(run.stderr).rest == "", "only progress on standard error")
        #expect(run.stdout.hasPrefix("Citations: "))
        #expect(run.stdout.contains("\nBuilt "))
        let files = Self.snapshot(work).keys
        #expect(files.contains("site/index.html"))
        #expect(files.contains("site/cases/shymkent-2021/al-kaz-4-2021/index.html"))
        #expect(!files.contains("site/stale.html"))
        #expect(files.contains("site/.casebook-site"), "the next build knows the folder is Casebook's")
        #expect(files.allSatisfy { $0.hasPrefix("site") }, "leftover staging folders: \(files.sorted())")
    }

    @Test("build refuses to write into the content folder, says why, and changes nothing")
    func outputIntoContent() throws {
        let project = try OutputFolderTests.project()
        let before = Self.snapshot(project)

        let run = try Self.run(["build", "--output", "content"], in: project)

        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(Self.progressLines(run.stderr).rest == """
            content:1:1: error: the output folder is or contains 'content', \(OutputFolderTests.reads)
            1 error; the previous site was left as it was.

            """)
        #expect(Self.snapshot(project) == before)
    }
}
