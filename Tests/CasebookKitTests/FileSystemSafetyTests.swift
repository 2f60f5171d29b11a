import Foundation
import Testing
@testable import CasebookKit

/// Nothing outside the content folder is read, and a failed, interrupted or killed build leaves the
/// previous site exactly as it was.
@Suite("File system safety", .serialized)
struct FileSystemSafetyTests {
    static let base = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/valid/base")

    static func copyOfBase() throws -> URL {
        let project = try TestSupport.temporaryFolder("casebook-fs").appendingPathComponent("project")
        try FileManager.default.copyItem(at: base, to: project)
        return project
    }

    @Test("symbolic links that leave the content folder are errors and are not read")
    func linksOutside() throws {
        let project = try Self.copyOfBase()
        let outside = project.deletingLastPathComponent().appendingPathComponent("secret.md")
        try "---\nname: Secret\n---\n".write(to: outside, atomically: true, encoding: .utf8)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: project.appendingPathComponent("content/defenders/secret.md").path, withDestinationPath: "../../../secret.md")
        try manager.createSymbolicLink(atPath: project.appendingPathComponent("content/cases/etc").path, withDestinationPath: "/etc")
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(options: BuildOptions(root: project, templates: TestSupport.validTemplates())).check()
        }
        let prefix = project.path + "/"
        let messages = error.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") }
        #expect(messages == [
            "content/cases/etc:1:1: error: symbolic link points outside the content folder; it is not read",
            "content/defenders/secret.md:1:1: error: symbolic link points outside the content folder; it is not read",
        ])
    }

    @Test("an output folder that cannot be made is reported along with every content error")
    func unwritableOutput() throws {
        let project = try Self.copyOfBase()
        let blocker = project.appendingPathComponent("not-a-folder")
        try "".write(to: blocker, atomically: true, encoding: .utf8)
        let index = project.appendingPathComponent("content/cases/shymkent-2021/index.md")
        try String(contentsOf: index, encoding: .utf8).replacingOccurrences(of: "\ntitle:", with: "\ntitel:")
            .write(to: index, atomically: true, encoding: .utf8)
        let options = BuildOptions(root: project, templates: try TestSupport.validTemplates(), output: blocker.appendingPathComponent("site"))
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(options: options).build() }
        let messages = error.diagnostics.filter { $0.severity == .error }.map { $0.description.replacingOccurrences(of: project.path + "/", with: "") }
        #expect(messages.contains { $0.hasPrefix("content/cases/shymkent-2021/index.md:") && $0.contains("unknown key 'titel'") })
        #expect(messages.contains { $0.hasPrefix("not-a-folder/site:1:1: error: cannot write site:") })
    }

    @Test("a later build cleans up after a killed one and restores a site moved aside")
    func recovery() throws {
        let project = try Self.copyOfBase()
        let parent = project.deletingLastPathComponent()
        let dead = try TestSupport.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "echo $$"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let site = parent.appendingPathComponent("site")
        try TestSupport.write("old site\n", to: "index.html", in: parent.appendingPathComponent(".site-old-\(dead)"))
        try TestSupport.write("half\n", to: "index.html", in: parent.appendingPathComponent(".site-staging-\(dead)"))
        #expect(SiteWriter(destination: site).recoverInterruptedBuilds().isEmpty)
        #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == "old site\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["project", "site"])
    }

    @Test("a build killed at any moment leaves either the previous site, byte for byte, or the complete new one")
    func killedBuilds() throws {
        let work = try TestSupport.temporaryFolder("casebook-kill")
        let project = work.appendingPathComponent("corpus")
        let generated = try TestSupport.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", TestSupport.repository.appendingPathComponent("benchmarks/generate-corpus.py").path, "150", project.path])
        try #require(generated.status == 0, "corpus generator: \(generated.stderr)")
        let site = work.appendingPathComponent("site")
        try TestSupport.write("<p>the previous site</p>\n", to: "index.html", in: site)
        try TestSupport.write("kept\n", to: "cases/old/index.html", in: site)
        try TestSupport.markAsSite(site)
        let previous = CommandLineTests.snapshot(site)
        let arguments = ["build", "--root", project.path, "--templates", try TestSupport.validTemplates().path, "--output", site.path]
        var outcomes: [String] = []
        for delay in [0.05, 0.2, 0.5, 1.0, 1.5, 2.5] {
            let process = Process()
            process.executableURL = TestSupport.casebook
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = CommandLineTests.snapshot(site)
            if now == previous {
                outcomes.append("previous")
            } else {
                #expect(now["index.html"] != nil && now["cases/old/index.html"] == nil, "after a kill at \(delay) s the site is neither old nor complete")
                #expect(now.keys.filter { $0.hasSuffix("index.html") }.count > 600, "the new site is complete")
                outcomes.append("new")
                return
            }
        }
        #expect(outcomes.contains("previous"), "\(outcomes)")
        let finished = try TestSupport.run(TestSupport.casebook, arguments)
        #expect(finished.status == 0, "\(finished.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(
        "an old site that cannot be wholly deleted is reported with the folder it was left in, and deleted once it can be",
        .enabled(if: getuid() == 0, "makes a file undeletable with chattr +i, which needs root"))
    func undeletableOldSite() throws {
        let project = try Self.copyOfBase()
        let parent = project.deletingLastPathComponent()
        let site = parent.appendingPathComponent("site")
        try TestSupport.markAsSite(site)
        try TestSupport.write("locked\n", to: "cases/locked.html", in: site)
        let locked = site.appendingPathComponent("cases/locked.html").path
        try #require(try TestSupport.run(command: "chattr", ["+i", locked]).status == 0, "chattr +i needs a file system with immutable files, such as ext4")
        let left = parent.appendingPathComponent(".site-staging-\(getpid())")
        defer { _ = try? TestSupport.run(command: "chattr", ["-i", left.appendingPathComponent("cases/locked.html").path]) }
        let builder = SiteBuilder(options: BuildOptions(root: project, templates: try TestSupport.validTemplates(), output: site))

        let report = try builder.build()

        let warning = ".site-staging-\(getpid()):1:1: warning: Casebook could not delete all of this folder, left by the previous site "
            + "or an interrupted build (Operation not permitted); delete it yourself"
        #expect(report.warnings.map { $0.description.replacingOccurrences(of: parent.path + "/", with: "") }.contains(warning))
        #expect(try FileManager.default.contentsOfDirectory(atPath: left.path) == ["cases"], "what could be deleted is gone")
        #expect(try SiteFiles(site).files["cases/locked.html"] == nil)

        _ = try TestSupport.run(command: "chattr", ["-i", left.appendingPathComponent("cases/locked.html").path])
        let next = try builder.build()
        #expect(!next.warnings.contains { $0.message == .folderLeftBehind(reason: "Operation not permitted") })
        #expect(!FileManager.default.fileExists(atPath: left.path), "the next build deletes it")
    }
}
