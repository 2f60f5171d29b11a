import CasebookKit
import Foundation
import Testing
@testable import CasebookServer

/// `casebook serve` over real HTTP: a fixture site previewed on a free port of 127.0.0.1.
@Suite("preview server")
struct ServeTests {
    static let script = PageInjection.scriptTag

    @Test("serves pages, assets and data with their types, folders by index.html, HEAD without a body")
    func servesTheSite() throws {
        let preview = try PreviewFixture()
        defer { preview.stop() }

        let home = try preview.fetch("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.body.contains("<script src=\"/__casebook/reload.js\" defer></script></body>"))
        #expect(home.body.components(separatedBy: Self.script).count == 2, "the script is added once")
        #expect(!home.body.contains("casebook-overlay"))
        let types = [
            "/assets/style.css": "text/css; charset=utf-8", "/data/cases.json": "application/json; charset=utf-8",
            "/data/cases.csv": "text/csv; charset=utf-8", "/sitemap.xml": "application/xml; charset=utf-8",
            "/assets/logo.svg": "image/svg+xml", "/assets/pixel.png": "image/png",
            "/assets/read%20me.txt": "text/plain; charset=utf-8",
        ]
        for (path, type) in types {
            let response = try preview.fetch(path)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-type"] == type, "\(path)")
            #expect(!response.body.contains("__casebook"), "\(path): only HTML gets the script")
        }
        #expect(try preview.fetch("/assets/read%20me.txt").body == "plain text\n")

        let folder = try preview.fetch("/cases/shymkent-2021")
        #expect(folder.status == 301)
        #expect(folder.headers["location"] == "/cases/shymkent-2021/")
        let page = try preview.fetch("/cases/shymkent-2021/")
        #expect(page.status == 200)
        #expect(page.body.contains("Arrest of Gulzada Serzhan in Shymkent"))
        #expect(page.body.contains(Self.script))

        let head = try preview.fetch("/cases/shymkent-2021/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == String(page.body.utf8.count))
        #expect(head.body.isEmpty)
        #expect(try preview.fetch("/", method: "POST").status == 405)
    }

    @Test("a missing page is the site's 404.html, with status 404")
    func notFound() throws {
        let preview = try PreviewFixture()
        defer { preview.stop() }
        let onDisk = try String(contentsOf: preview.site.appendingPathComponent("404.html"), encoding: .utf8)

        for path in ["/no-such-page/", "/cases/no-such-case/index.html", "/assets/missing.css"] {
            let response = try preview.fetch(path)
            #expect(response.status == 404, "\(path)")
            #expect(response.headers["content-type"] == "text/html; charset=utf-8")
            #expect(response.body == String(decoding: PageInjection(failure: nil).apply(to: Array(onDisk.utf8)), as: UTF8.self))
        }
    }

    @Test("the built files never contain the reload script")
    func builtFilesAreUntouched() throws {
        let preview = try PreviewFixture()
        defer { preview.stop() }
        _ = try preview.fetch("/")
        let files = FileManager.default.enumerator(at: preview.site, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
        let pages = files.filter { $0.pathExtension == "html" }
        #expect(pages.count > 10)
        for page in pages {
            #expect(!(try String(contentsOf: page, encoding: .utf8)).contains("__casebook"), "\(page.path)")
        }
    }

    @Test(
        "no path leaves the site folder",
        arguments: [
            "/../casebook.yml", "/../../casebook.yml", "/%2e%2e/%2e%2e/casebook.yml", "/%2E%2E/%2E%2E/casebook.yml",
            "/..%2f..%2fcasebook.yml", "/assets/..%2f..%2f..%2fcasebook.yml", "/assets/%2e%2e/%2e%2e/%2e%2e/casebook.yml",
            "/cases/../../../casebook.yml", "/../../../../../../etc/passwd", "//etc/passwd", "/%00", "/index.html%00.txt",
            "/%zz", "/%", "/escape.yml",
        ])
    func traversal(path: String) throws {
        let preview = try PreviewFixture()
        defer { preview.stop() }
        try FileManager.default.createSymbolicLink(
            at: preview.site.appendingPathComponent("escape.yml"), withDestinationURL: preview.root.appendingPathComponent("casebook.yml"))

        let response = try preview.fetch(path)

        #expect([400, 404].contains(response.status), "\(path): \(response.status)")
        #expect(!response.body.contains("base_url:"), "\(path) served casebook.yml")
        #expect(!response.body.contains("root:"), "\(path) served /etc/passwd")
    }

    @Test("keep-alive answers several requests on one connection; Connection: close ends it")
    func keepAlive() throws {
        let preview = try PreviewFixture()
        defer { preview.stop() }
        var connection = try TestConnection(port: preview.port)
        defer { connection.close() }

        connection.request("GET", "/")
        connection.request("HEAD", "/assets/style.css")
        connection.request("GET", "/nope/")
        let first = try connection.response()
        let statuses = [first.status, try connection.response(toHead: true).status, try connection.response().status]
        #expect(statuses == [200, 200, 404])
        #expect(first.headers["connection"] == "keep-alive")
        connection.request("GET", "/", close: true)
        let last = try connection.response()
        #expect(last.headers["connection"] == "close")
        #expect(connection.closes(within: 5))
    }

    @Test("malformed requests get 400, oversized heads 431, and the server goes on")
    func malformedRequests() throws {
        let preview = try PreviewFixture()
        defer { preview.stop() }
        for raw in ["GARBAGE\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "GET http://example.org/ HTTP/1.1\r\n\r\n",
                    "GET / HTTP/1.1\r\n folded: header\r\n\r\n"] {
            var connection = try TestConnection(port: preview.port)
            defer { connection.close() }
            connection.send(raw)
            #expect(try connection.response().status == 400, "\(raw.debugDescription)")
        }
        var connection = try TestConnection(port: preview.port)
        defer { connection.close() }
        connection.send("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "a", count: 70_000) + "\r\n\r\n")
        #expect(try connection.response().status == 431)
        #expect(try preview.fetch("/").status == 200)
    }
}
