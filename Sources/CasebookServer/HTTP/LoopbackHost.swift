/// The `Host` header values the server answers: its loopback address or `localhost`, with its port.
///
/// A page on another site can make a browser send requests to 127.0.0.1 under a name of its own (DNS
/// rebinding) and read the answers, a `--drafts` preview among them; those requests carry that name.
struct LoopbackHost: Sendable, Hashable {
    /// The port the server listens on.
    var port: UInt16

    /// Whether a request whose `Host` header is `host` may be answered; a missing header may not.
    func admits(_ host: String?) -> Bool {
        guard let host else { return false }
        return ["127.0.0.1", "localhost", "[::1]"].contains { host.lowercased() == "\($0):\(port)" }
    }
}
