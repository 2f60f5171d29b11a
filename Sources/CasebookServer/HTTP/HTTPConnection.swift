/// Reads the requests of one connection and answers them in order, until either side closes it.
///
/// Only GET and HEAD for the server's own `host` reach the handler; a HEAD response is the GET response's head.
struct HTTPConnection: Sendable {
    let socket: Socket
    /// The names the server answers to.
    let host: LoopbackHost
    let handler: @Sendable (HTTPRequest) -> HTTPResponse

    /// The largest request head accepted, and the largest body skipped.
    static let headLimit = 64 * 1024, bodyLimit = 1024 * 1024
    /// An idle connection is closed after this many seconds.
    static let idleSeconds = 15

    /// Answers requests until the client closes, a response ends the connection or it stays idle too long.
    func run() {
        socket.setReadTimeout(seconds: Self.idleSeconds)
        var buffer: [UInt8] = []
        while let end = readHead(into: &buffer) {
            let request = HTTPRequest(head: buffer[..<end])
            buffer.removeFirst(end + 4)
            guard let request else { return refuse(.text(400, "Bad request")) }
            guard let length = request.bodyLength, length <= Self.bodyLimit, skip(length, of: &buffer) else {
                return refuse(.text(400, "Request bodies are not accepted"))
            }
            guard host.admits(request.headers["host"]) else { return refuse(.text(403, "Forbidden: unknown Host")) }
            guard answer(request) else { return }
        }
    }

    /// Sends the response to `request`; whether the connection stays open.
    private func answer(_ request: HTTPRequest) -> Bool {
        let isHead = request.method == "HEAD"
        let response = isHead || request.method == "GET"
            ? handler(request) : .text(405, "Only GET and HEAD are served", headers: [("Allow", "GET, HEAD")])
        let keepAlive = request.keepsAlive && response.stream == nil
        guard socket.write(response.head(keepAlive: keepAlive) + (isHead ? [] : response.body)) else { return false }
        if let stream = response.stream, !isHead { stream(socket) }
        return keepAlive
    }

    /// Answers a request that cannot be served, then closes the connection without losing the answer.
    private func refuse(_ response: HTTPResponse) {
        socket.write(response.head(keepAlive: false) + response.body)
        socket.finishWriting()
    }

    /// Reads until `buffer` holds a whole head; the index of its blank line, or `nil` when the
    /// connection ended first or the head is too large (answered with 431).
    private func readHead(into buffer: inout [UInt8]) -> Int? {
        var searched = 0
        while true {
            let end = Self.blankLine(in: buffer, from: searched)
            if let end, end <= Self.headLimit { return end }
            guard end == nil, buffer.count <= Self.headLimit else {
                refuse(.text(431, "Request head too large"))
                return nil
            }
            searched = max(0, buffer.count - 3)
            guard let bytes = socket.read() else { return nil }
            buffer += bytes
        }
    }

    /// Drops a body of `length` bytes from the front of `buffer`, reading what has not arrived yet.
    private func skip(_ length: Int, of buffer: inout [UInt8]) -> Bool {
        while buffer.count < length {
            guard let bytes = socket.read() else { return false }
            buffer += bytes
        }
        buffer.removeFirst(length)
        return true
    }

    /// Where the first `\r\n\r\n` at or after `start` begins.
    private static func blankLine(in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= start + 4 else { return nil }
        return (start..<(bytes.count - 3)).first { bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10 }
    }
}
