#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One end of a TCP connection: blocking reads and writes on a file descriptor.
struct Socket: Sendable, Hashable {
    let descriptor: Int32

    /// Reads what has arrived, up to `limit` bytes; `nil` at the end of the stream, on an error or
    /// when the read timeout passed.
    func read(limit: Int = 64 * 1024) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, limit, 0) }
            if count > 0 { return Array(buffer[..<count]) }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    /// Writes every byte; `false` when the peer has gone.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Self.sendFlags) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Makes reads give up after `seconds` without data, so idle connections end.
    func setReadTimeout(seconds: Int) {
        var time = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Ends the sending direction, then reads and drops what the client still sends, for up to a
    /// second: closing with unread data would reset the connection and could lose the last response.
    func finishWriting() {
        shutdown(descriptor, Int32(SHUT_WR))
        setReadTimeout(seconds: 1)
        while read() != nil {}
    }

    /// Ends both directions at once, waking a thread blocked reading it.
    func hangUp() {
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    /// Closes the descriptor; the socket must not be used afterwards.
    func release() {
        close(descriptor)
    }

    /// A peer that went away must not kill the process with SIGPIPE.
    #if os(Linux)
    private static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
    private static let sendFlags: Int32 = 0
    #endif
}
