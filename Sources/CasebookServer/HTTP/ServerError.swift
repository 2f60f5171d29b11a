#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the preview server could not start.
public enum ServerError: Error, Sendable, CustomStringConvertible {
    /// The port is taken, or not ours to use; `code` is the system's `errno`.
    case cannotListen(port: UInt16, code: Int32)

    public var description: String {
        switch self {
        case .cannotListen(let port, let code): "cannot listen on 127.0.0.1:\(port): \(String(cString: strerror(code)))"
        }
    }
}
