import Foundation
import Testing
@testable import CasebookKit

/// A build replaces only an output folder that is missing, empty or made by Casebook, never one it reads
/// from, and refuses anything else with a located error, having changed nothing.
@Suite("Output folder safety", .serialized)
struct OutputFolderTests {
    /// A copy of the valid base project with the repository's templates in its `templates/`.
    static func project() throws -> URL {
        let project = try FileSystemSafetyTests.copyOfBase()
        try FileManager.default.copyItem(at: try TestSupport.validTemplates(), to: project.appendingPathComponent("templates"))
        return project
    }

    /// Builds `project` into `output`; the errors, with the project's parent folder left out of paths.
    static func refusal(_ project: URL, output: URL) throws -> [String] {
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(options: BuildOptions(root: project, output: output)).build() }
        return error.errors.map { $0.description.replacingOccurrences(of: project.deletingLastPathComponent().path + "/", with: "") }
    }

    static let reads = "which the build reads, and every build replaces the output folder whole; nothing was changed: choose a folder of its own, such as site/"

    @Test("a folder Casebook did not make, such as a site from an older Casebook, is refused and left as it was")
    func unmarkedFolder() throws {
        let project = try Self.project()
        let site = project.deletingLastPathComponent().appendingPathComponent("site")
        try TestSupport.write("<p>someone's page</p>\n", to: "index.html", in: site)
        let before = CommandLineTests.snapshot(project.deletingLastPathComponent())

        #expect(try Self.refusal(project, output: site) == [
            "site:1:1: error: the output folder is not empty and has no '.casebook-site' file, so Casebook did not make it "
                + "(or an older Casebook did, which marked nothing); nothing was changed: delete the folder yourself if it holds "
                + "only an old site, or choose another output folder",
        ])
        #expect(CommandLineTests.snapshot(project.deletingLastPathComponent()) == before, "nothing deleted, moved or added")
    }

    @Test(
        "the project, content and templates folders and the folders holding them are refused, whatever they hold",
        arguments: [("", ""), ("content", "content"), ("templates", "templates"), ("..", ""), ("content/..", "")])
    func sources(output: String, named: String) throws {
        let project = try Self.project()
        let target = project.appendingPathComponent(output).standardizedFileURL
        try TestSupport.markAsSite(target)
        let before = CommandLineTests.snapshot(project.deletingLastPathComponent())
        let shown = { (url: URL) in url.path.replacingOccurrences(of: project.deletingLastPathComponent().path + "/", with: "") }

        #expect(try Self.refusal(project, output: target) == [
            "\(shown(target)):1:1: error: the output folder is or contains '\(shown(project.appendingPathComponent(named).standardizedFileURL))', \(Self.reads)",
        ])
        #expect(CommandLineTests.snapshot(project.deletingLastPathComponent()) == before)
    }

    @Test("a file, or a symbolic link to a folder, is refused as the output and left as it was")
    func fileOrLink() throws {
        let project = try Self.project()
        let parent = project.deletingLastPathComponent()
        let file = parent.appendingPathComponent("notes.txt")
        try "notes\n".write(to: file, atomically: true, encoding: .utf8)
        let elsewhere = parent.appendingPathComponent("elsewhere")
        try TestSupport.markAsSite(elsewhere)
        let link = parent.appendingPathComponent("site")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
        let before = CommandLineTests.snapshot(parent)

        #expect(try Self.refusal(project, output: file) == [
            "notes.txt:1:1: error: the output path is a file, not a folder; nothing was changed: choose a folder as the output",
        ])
        #expect(try Self.refusal(project, output: link) == [
            "site:1:1: error: the output folder is a symbolic link to 'elsewhere'; nothing was changed: name that folder itself as the output",
        ])
        #expect(CommandLineTests.snapshot(parent) == before)
    }

    @Test("a missing, an empty and a marked folder are built into, and every build marks its folder", arguments: ["missing", "empty", "marked"])
    func accepted(state: String) throws {
        let project = try Self.project()
        let site = project.deletingLastPathComponent().appendingPathComponent("site")
        if state != "missing" { try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true) }
        if state == "marked" {
            try TestSupport.markAsSite(site)
            try TestSupport.write("old\n", to: "old.html", in: site)
        }

        _ = try SiteBuilder(options: BuildOptions(root: project, output: site)).build()
        _ = try SiteBuilder(options: BuildOptions(root: project, output: site)).build()

        let files = try SiteFiles(site).files
        #expect(files[".casebook-site"].map { String(decoding: $0, as: UTF8.self) } == SiteMarker.text)
        #expect(files["index.html"] != nil && files["old.html"] == nil)
    }
}
