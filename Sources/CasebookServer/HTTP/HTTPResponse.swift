/// A response: status, headers and either a whole body or a stream written until the client leaves.
struct HTTPResponse: Sendable {
    var status: Int
    /// Headers besides `Content-Length` and `Connection`, which the connection adds.
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// Writes the body of an endless response (server-sent events) once the head is sent; the
    /// connection closes when it returns.
    var stream: (@Sendable (Socket) -> Void)?

    /// A response with a whole body.
    init(status: Int, contentType: String, body: [UInt8], headers: [(name: String, value: String)] = []) {
        self.status = status
        self.headers = [("Content-Type", contentType)] + headers
        self.body = body
    }

    /// A response whose body `stream` writes for as long as the client listens.
    init(status: Int, contentType: String, stream: @escaping @Sendable (Socket) -> Void) {
        self.init(status: status, contentType: contentType, body: [])
        self.stream = stream
    }

    /// A short plain-text response, for errors.
    static func text(_ status: Int, _ text: String, headers: [(name: String, value: String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array((text + "\n").utf8), headers: headers)
    }

    /// The status line, headers and blank line; `keepAlive` tells the client whether the connection stays open.
    func head(keepAlive: Bool) -> [UInt8] {
        var lines = ["HTTP/1.1 \(status) \(Self.reason(for: status))"]
        lines += headers.map { "\($0.name): \($0.value)" }
        if stream == nil { lines.append("Content-Length: \(body.count)") }
        lines.append("Connection: \(keepAlive && stream == nil ? "keep-alive" : "close")")
        return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    /// The reason phrase of each status this server sends.
    static func reason(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 431: "Request Header Fields Too Large"
        case 501: "Not Implemented"
        case 503: "Service Unavailable"
        default: "Internal Server Error"
        }
    }
}
