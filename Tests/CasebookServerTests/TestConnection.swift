import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A raw HTTP/1.1 connection for the tests: requests go out exactly as written, so paths such as
/// `/../x` reach the server without the clean-up URLSession and curl apply.
struct TestConnection {
    /// One response as read off the wire.
    struct Response {
        var status: Int
        /// Header values by lowercased name.
        var headers: [String: String]
        var body: String
    }

    private let descriptor: Int32
    /// The server's port, named in the `Host` header of `request`.
    private let port: UInt16
    /// Bytes read but not consumed yet.
    private var pending: [UInt8] = []

    /// Connects to 127.0.0.1:`port`.
    init(port: UInt16) throws {
        self.port = port
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends `text` as it is.
    func send(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// Sends a request for `target` with `host` as its `Host` header (default: the address and port
    /// connected to); `close` asks the server to close the connection after answering.
    func request(_ method: String = "GET", _ target: String, host: String? = nil, close: Bool = false) {
        let host = host ?? "127.0.0.1:\(port)"
        send("\(method) \(target) HTTP/1.1\r\nHost: \(host)\r\nUser-Agent: casebook-tests\r\n\(close ? "Connection: close\r\n" : "")\r\n")
    }

    /// Reads the next response; a HEAD response has no body whatever its `Content-Length` says.
    mutating func response(toHead: Bool = false, seconds: Double = 20) throws -> Response {
        let head = try read(until: seconds) { bytes in Self.blankLine(in: bytes).map { $0 + 4 } }
        let lines = String(decoding: head.dropLast(4), as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1])!
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        let length = toHead ? 0 : Int(headers["content-length"] ?? "0")!
        let body = try read(until: seconds) { $0.count >= length ? length : nil }
        return Response(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }

    /// Reads until the text received so far satisfies `done` (used for event streams); all of it.
    mutating func text(until done: (String) -> Bool, seconds: Double) throws -> String {
        let bytes = try read(until: seconds) { done(String(decoding: $0, as: UTF8.self)) ? $0.count : nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the server closes the connection within `seconds`; drops whatever arrives before.
    func closes(within seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK) { return true }
        }
        return false
    }

    func close() { Glibc.close(descriptor) }

    /// Reads until `complete` returns how many of the pending bytes form the item; consumes and returns them.
    private mutating func read(until seconds: Double, _ complete: ([UInt8]) -> Int?) throws -> [UInt8] {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while true {
            if let count = complete(pending) {
                defer { pending.removeFirst(count) }
                return Array(pending[..<count])
            }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 { pending += buffer[..<count] } else if count == 0 { throw POSIXError(.ECONNRESET) }
            if Date() > deadline { throw POSIXError(.ETIMEDOUT) }
        }
    }

    private static func blankLine(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        return (0...(bytes.count - 4)).first { bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10 }
    }
}
