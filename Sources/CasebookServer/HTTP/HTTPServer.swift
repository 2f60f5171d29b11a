import Foundation

/// A small HTTP/1.1 server on 127.0.0.1: GET and HEAD, keep-alive, one thread per connection.
///
/// It is made for one person previewing a site in a browser, not for the open network: it binds the
/// loopback address only, answers only requests addressed to it by that address or `localhost` (see
/// `LoopbackHost`), and has no TLS, no request bodies and no chunked uploads.
final class HTTPServer: @unchecked Sendable {
    /// The port it listens on.
    var port: UInt16 { listener.port }

    private let listener: SocketListener
    private let handler: @Sendable (HTTPRequest) -> HTTPResponse
    private let threads = DispatchGroup()
    private let lock = NSLock()
    private var connections: Set<Socket> = []
    private var stopping = false

    /// Listens on 127.0.0.1:`port` (0: any free port); nothing is answered before `start`.
    init(port: UInt16, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) throws(ServerError) {
        listener = try SocketListener(port: port)
        self.handler = handler
    }

    /// Starts accepting connections on a thread of its own.
    func start() {
        spawn { [self] in
            while !lock.withLock({ stopping }) {
                guard let socket = listener.accept(waiting: 200) else { continue }
                spawn { [self] in serve(socket) }
            }
            listener.release()
        }
    }

    /// Stops accepting, ends every open connection and waits for their threads.
    func stop() {
        let open = lock.withLock {
            stopping = true
            return connections
        }
        open.forEach { $0.hangUp() }
        _ = threads.wait(timeout: .now() + 5)
    }

    private func serve(_ socket: Socket) {
        let admitted = lock.withLock { stopping ? false : connections.insert(socket).inserted }
        if admitted { HTTPConnection(socket: socket, host: LoopbackHost(port: port), handler: handler).run() }
        lock.withLock { _ = connections.remove(socket) }
        socket.release()
    }

    private func spawn(_ body: @escaping @Sendable () -> Void) {
        threads.enter()
        Thread { [threads] in
            body()
            threads.leave()
        }.start()
    }
}
