import Foundation
import Testing
@testable import CasebookKit

/// The walker reads a depth's folders many at a time and still lists files in one stable order.
@Suite("Content walker")
struct ContentWalkerTests {
    @Test("files come out depth first in name order; hidden entries are skipped, links are resolved")
    func orderAndLinks() throws {
        let folder = try TestSupport.temporaryFolder()
        let outside = try TestSupport.temporaryFolder()
        try TestSupport.write("secret", to: "secret.md", in: outside)
        for name in ["cases/b-case/index.md", "cases/b-case/z.md", "cases/a-case/index.md", "cases/a-case/m/deep.md",
                     "cases/.hidden/index.md", "cases/a-case/.draft.md", "defenders/x.md", "a.md"] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try TestSupport.write("x", to: url.lastPathComponent, in: url.deletingLastPathComponent())
        }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("cases/c-link").path, withDestinationPath: "b-case")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("defenders/y.md").path,
                                       withDestinationPath: outside.appendingPathComponent("secret.md").path)

        let files = ContentWalker(folder: folder).files()

        #expect(files.map { $0.components.joined(separator: "/") } == [
            "a.md", "cases/a-case/index.md", "cases/a-case/m/deep.md", "cases/b-case/index.md", "cases/b-case/z.md",
            "defenders/x.md", "defenders/y.md",
        ])
        #expect(files.filter(\.leavesContent).map(\.components.last) == ["y.md"])
    }

    @Test("blockingMap keeps the input's order on many threads")
    func blockingMapOrder() {
        let numbers = Array(0..<1_000)
        #expect(numbers.blockingMap(width: 7) { $0 * 2 } == numbers.map { $0 * 2 })
        #expect([5].blockingMap { $0 + 1 } == [6])
        #expect([Int]().blockingMap { $0 } == [])
    }
}
