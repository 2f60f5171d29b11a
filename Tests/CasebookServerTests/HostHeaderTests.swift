import Foundation
import Testing
@testable import CasebookServer

/// The preview answers only requests addressed to it as 127.0.0.1, localhost or [::1] with its port, so a
/// page on another site cannot read it through DNS rebinding.
@Suite("Host header", .serialized)
struct HostHeaderTests {
    @Test("requests for the loopback address or localhost with the server's port are answered")
    func loopbackNames() throws {
        let fixture = try PreviewFixture()
        defer { fixture.stop() }
        for host in ["127.0.0.1:\(fixture.port)", "localhost:\(fixture.port)", "LocalHost:\(fixture.port)", "[::1]:\(fixture.port)"] {
            var connection = try TestConnection(port: fixture.port)
            defer { connection.close() }
            connection.request("GET", "/", host: host, close: true)
            let response = try connection.response()
            #expect(response.status == 200, "Host: \(host)")
            #expect(response.body.contains("<html"), "Host: \(host)")
        }
    }

    @Test("any other Host, a Host without the port and a missing Host get 403 and the connection is closed")
    func otherNames() throws {
        let fixture = try PreviewFixture()
        defer { fixture.stop() }
        let port = fixture.port
        let requests = [
            "attacker.example:\(port)", "attacker.example", "127.0.0.1", "localhost", "[::1]", "127.0.0.1:\(port &+ 1)",
            "localhost.:\(port)", "127.0.0.1:\(port).attacker.example", "0.0.0.0:\(port)", "",
        ].map { "GET / HTTP/1.1\r\nHost: \($0)\r\n\r\n" } + [
            "GET / HTTP/1.1\r\nUser-Agent: casebook-tests\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nHost: attacker.example\r\n\r\n",
            "GET /__casebook/events HTTP/1.1\r\nHost: attacker.example:\(port)\r\n\r\n",
        ]
        for request in requests {
            var connection = try TestConnection(port: port)
            defer { connection.close() }
            connection.send(request)
            let response = try connection.response()
            #expect(response.status == 403, "\(request)")
            #expect(response.body == "Forbidden: unknown Host\n", "\(request)")
            #expect(response.headers["connection"] == "close")
            #expect(connection.closes(within: 5), "\(request)")
        }
    }
}
