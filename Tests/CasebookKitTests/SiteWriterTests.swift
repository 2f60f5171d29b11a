import Foundation
import Testing
@testable import CasebookKit

/// How `serve` keeps its output folder: written whole the first time, then file by file.
@Suite("Site writer updates")
struct SiteWriterTests {
    static func file(_ path: String, _ text: String) -> OutputFile { OutputFile(path: path, contents: Array(text.utf8)) }

    static func tree(_ folder: URL) throws -> [String: String] {
        var found: [String: String] = [:]
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects ?? [] {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            found[String(url.standardizedFileURL.path.dropFirst(base.count))] = text
        }
        return found
    }

    @Test("a first update replaces whatever the folder held; later updates write changes and delete leftovers")
    func firstUpdateReplacesTheFolder() throws {
        let parent = try TestSupport.temporaryFolder()
        let destination = parent.appendingPathComponent("site")
        try TestSupport.write("stale", to: "stale.html", in: destination.appendingPathComponent("old"))
        let writer = SiteWriter(destination: destination)

        let first = try writer.update([Self.file("index.html", "home"), Self.file("cases/a/index.html", "a")], previous: nil)
        #expect(try Self.tree(destination) == ["index.html": "home", "cases/a/index.html": "a"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"], "no staging or retired folder is left")

        _ = try writer.update([Self.file("index.html", "home 2")], previous: first)
        #expect(try Self.tree(destination) == ["index.html": "home 2"])
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("cases").path), "emptied folders go too")
    }
}
