import Foundation
import Testing
@testable import CasebookServer

/// The polling watcher: what counts as a change, and one build per burst of saves.
@Suite("preview server: watching files")
struct ContentWatcherTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("cases/a"), withIntermediateDirectories: true)
        try Data("one".utf8).write(to: url.appendingPathComponent("cases/a/index.md"))
        return url
    }

    @Test("edits, new files, deleted files, renamed-over files and watched single files all change the snapshot")
    func changes() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let settings = root.appendingPathComponent("casebook.yml")
        let watcher = ContentWatcher(locations: [root.appendingPathComponent("cases"), settings])
        let file = root.appendingPathComponent("cases/a/index.md")
        var before = watcher.snapshot()
        #expect(Array(before.keys) == [file.path])

        let steps: [(String, () throws -> Void)] = [
            ("edit", { try Data("two!".utf8).write(to: file) }),
            ("same size, new time", {
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: file.path)
            }),
            ("renamed over", { try Data("two!".utf8).write(to: file, options: .atomic) }),
            ("new file in a new folder", {
                try FileManager.default.createDirectory(at: root.appendingPathComponent("cases/b"), withIntermediateDirectories: true)
                try Data("b".utf8).write(to: root.appendingPathComponent("cases/b/index.md"))
            }),
            ("deleted", { try FileManager.default.removeItem(at: root.appendingPathComponent("cases/b/index.md")) }),
            ("settings created", { try Data("title: x\n".utf8).write(to: settings) }),
        ]
        for (name, step) in steps {
            try step()
            let after = watcher.snapshot()
            #expect(after != before, "\(name)")
            before = after
        }
    }

    @Test("a burst of saves ends in one change, once the files are quiet")
    func burst() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = ContentWatcher(locations: [root])
        let file = root.appendingPathComponent("cases/a/index.md")
        let before = watcher.snapshot()
        Thread {
            for text in ["1", "22", "333", "4444"] {
                try? Data(text.utf8).write(to: file)
                Thread.sleep(forTimeInterval: 0.04)
            }
        }.start()

        let settled = watcher.nextChange(after: before, interval: 0.3) { false }

        #expect(settled?[file.path]?.size == 4)
    }

    @Test("stopping ends the wait without a change")
    func stop() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = ContentWatcher(locations: [root])
        #expect(watcher.nextChange(after: watcher.snapshot(), interval: 0.01) { true } == nil)
    }
}
