import Foundation
import Testing
@testable import CasebookKit

/// How the writer replaces its output folder: in one step, and only a folder that is Casebook's own.
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

    @Test("a first update replaces a folder Casebook made; later updates write changes and delete leftovers")
    func firstUpdateReplacesTheFolder() throws {
        let parent = try TestSupport.temporaryFolder()
        let destination = parent.appendingPathComponent("site")
        try TestSupport.write("stale", to: "stale.html", in: destination.appendingPathComponent("old"))
        try TestSupport.markAsSite(destination)
        let writer = SiteWriter(destination: destination)

        let first = try writer.update([Self.file("index.html", "home"), Self.file("cases/a/index.html", "a")], previous: nil)
        #expect(first.warnings.isEmpty)
        #expect(try Self.tree(destination) == ["index.html": "home", "cases/a/index.html": "a", ".casebook-site": SiteMarker.text])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"], "no staging or retired folder is left")

        _ = try writer.update([Self.file("index.html", "home 2")], previous: first.written)
        #expect(try Self.tree(destination) == ["index.html": "home 2", ".casebook-site": SiteMarker.text])
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("cases").path), "emptied folders go too")
    }

    /// A new staging folder and site side by side, with their parent: the staging folder holds
    /// `index.html`, "new", and the site `cases/old.html`, "old".
    static func stagingAndSite() throws -> (parent: URL, staging: URL, site: URL) {
        let parent = try TestSupport.temporaryFolder()
        let (staging, site) = (parent.appendingPathComponent(".site-staging-1"), parent.appendingPathComponent("site"))
        try TestSupport.write("new", to: "index.html", in: staging)
        try TestSupport.write("old", to: "cases/old.html", in: site)
        return (parent, staging, site)
    }

    @Test("the exchange swaps two folders in one step, both paths existing throughout")
    func exchange() throws {
        let (parent, staging, site) = try Self.stagingAndSite()

        #expect(SiteWriter.exchange(staging, site) == 0)
        #expect(try Self.tree(site) == ["index.html": "new"])
        #expect(try Self.tree(staging) == ["cases/old.html": "old"])
        #expect(SiteWriter.exchange(site, parent.appendingPathComponent("missing")) == ENOENT)
    }

    @Test("where the exchange is unsupported, two renames replace the site and the old one is deleted")
    func twoRenames() throws {
        let (parent, staging, site) = try Self.stagingAndSite()

        #expect(try SiteWriter(destination: site).swapInTwoSteps(staging, into: site).isEmpty)
        #expect(try Self.tree(site) == ["index.html": "new"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test("a reader polling index.html while builds replace the site never fails to read it")
    func readersNeverMissTheSite() throws {
        let destination = try TestSupport.temporaryFolder().appendingPathComponent("site")
        let writer = SiteWriter(destination: destination)
        let pages = (0..<400).map { Self.file("cases/\($0)/index.html", String(repeating: "case \($0) ", count: 50)) }
        _ = try writer.update(pages + [Self.file("index.html", "build 0")], previous: nil)
        let poll = Poll(destination.appendingPathComponent("index.html").path)
        let reader = Thread { poll.run() }
        reader.start()
        for build in 1...15 { _ = try writer.update(pages + [Self.file("index.html", "build \(build)")], previous: nil) }
        let (reads, failures) = poll.stop()
        #expect(reads > 0)
        #expect(failures == 0, "\(failures) of \(reads) reads found no site/index.html")
        #expect(try String(contentsOf: destination.appendingPathComponent("index.html"), encoding: .utf8) == "build 15")
    }

    /// Reads a file over and over on a thread of its own, counting the reads that fail, until stopped
    /// (or for at most a minute).
    final class Poll: @unchecked Sendable {
        private let path: String
        private let lock = NSLock()
        private var (reads, failures, stopped, finished) = (0, 0, false, false)

        init(_ path: String) { self.path = path }

        func run() {
            let deadline = Date(timeIntervalSinceNow: 60)
            while !lock.withLock({ stopped }), Date() < deadline {
                let read = FileManager.default.contents(atPath: path) != nil
                lock.withLock { (reads, failures) = (reads + 1, failures + (read ? 0 : 1)) }
            }
            lock.withLock { finished = true }
        }

        /// Stops the reader and waits for it; how many reads it made and how many failed.
        func stop() -> (reads: Int, failures: Int) {
            lock.withLock { stopped = true }
            while !lock.withLock({ finished }) { Thread.sleep(forTimeInterval: 0.01) }
            return lock.withLock { (reads, failures) }
        }
    }
}
