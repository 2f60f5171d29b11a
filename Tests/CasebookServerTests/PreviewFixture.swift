import CasebookKit
import Foundation
@testable import CasebookServer

/// A temporary copy of a fixture project with the repository's templates, previewed by a
/// `PreviewServer` on a free port.
final class PreviewFixture: Sendable {
    /// The repository root: this file is `<repo>/Tests/CasebookServerTests/PreviewFixture.swift`.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Files added to the templates' assets, so the site has one of each type the server must label.
    static let extraAssets: [String: [UInt8]] = [
        "assets/logo.svg": Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"#.utf8),
        "assets/pixel.png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        "assets/read me.txt": Array("plain text\n".utf8),
    ]

    let root: URL
    let server: PreviewServer
    let events: EventLog

    /// What the server reported, in order.
    final class EventLog: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [PreviewServer.Event] = []
        func append(_ event: PreviewServer.Event) { lock.withLock { events.append(event) } }
        var all: [PreviewServer.Event] { lock.withLock { events } }
    }

    /// Copies `Tests/CasebookKitTests/Fixtures/<fixture>` and starts previewing it.
    init(_ fixture: String = "valid/base") throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("casebook-serve-\(UUID().uuidString)").standardizedFileURL
        try manager.copyItem(at: Self.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/\(fixture)"), to: root)
        try manager.copyItem(at: Self.repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        for (path, bytes) in Self.extraAssets { try Data(bytes).write(to: root.appendingPathComponent("templates/\(path)")) }
        var options = BuildOptions(root: root, output: PreviewServer.buildFolder(root: root))
        options.publication = Publication(now: Day(iso: "2030-01-01")!)
        let events = EventLog()
        self.events = events
        server = try PreviewServer(options: options, port: 0, pollInterval: 0.1) { events.append($0) }
        server.start()
    }

    /// Stops the server and deletes the project.
    func stop() {
        server.stop()
        try? FileManager.default.removeItem(at: root)
    }

    var port: UInt16 { UInt16(server.url.port!) }

    /// The built site, as on disk.
    var site: URL { PreviewServer.buildFolder(root: root) }

    /// One request on a connection of its own.
    func fetch(_ target: String, method: String = "GET") throws -> TestConnection.Response {
        var connection = try TestConnection(port: port)
        defer { connection.close() }
        connection.request(method, target, close: true)
        return try connection.response(toHead: method == "HEAD")
    }

    /// Fetches `target` until `done` holds for the response, for up to a minute.
    func fetch(_ target: String, until done: (TestConnection.Response) -> Bool) throws -> TestConnection.Response? {
        let deadline = Date(timeIntervalSinceNow: 60)
        while Date() < deadline {
            let response = try fetch(target)
            if done(response) { return response }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// Rewrites a file of the project.
    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }
}
