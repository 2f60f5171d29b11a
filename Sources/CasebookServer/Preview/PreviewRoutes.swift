import CasebookKit
import Foundation

/// What the preview answers: its own script, stylesheet and event stream under `/__casebook/`, which no
/// site route uses, and the latest good build of the site for everything else.
struct PreviewRoutes: Sendable {
    static let prefix = "/__casebook/"

    /// The outcome of the latest build.
    let status: BuildStatus
    /// The build folder.
    let site: URL

    /// Answers one GET or HEAD.
    func respond(to request: HTTPRequest) -> HTTPResponse {
        switch request.path {
        case Self.prefix + "reload.js":
            return asset(PreviewAssets.reloadScript(servedBuild: status.current.tag), type: MediaType.of("reload.js"))
        case Self.prefix + "overlay.css":
            return asset(PreviewAssets.overlayStylesheet, type: MediaType.of("overlay.css"))
        case Self.prefix + "events":
            return HTTPResponse(status: 200, contentType: "text/event-stream") { [status] in Self.sendEvents(from: status, to: $0) }
        default:
            return status.read { state in
                let injection = PageInjection(failure: state.failure)
                guard state.hasSite else {
                    return HTTPResponse(status: 503, contentType: MediaType.of("index.html"), body: injection.placeholderPage, headers: SiteResponder.headers)
                }
                return SiteResponder(root: site, injection: injection).respond(to: request)
            }
        }
    }

    private func asset(_ text: String, type: String) -> HTTPResponse {
        HTTPResponse(status: 200, contentType: type, body: Array(text.utf8), headers: SiteResponder.headers)
    }

    /// Server-sent events: a `build` event naming the build served now, then one per later build, and
    /// a comment every 15 seconds so a connection whose browser left is noticed and closed.
    static func sendEvents(from status: BuildStatus, to socket: Socket) {
        var state = status.current
        guard socket.write(Array("retry: 1000\n\nevent: build\ndata: \(state.tag)\n\n".utf8)) else { return }
        while let next = status.wait(after: state.generation, seconds: 15) {
            let message = next.generation == state.generation ? ": waiting for changes\n\n" : "event: build\ndata: \(next.tag)\n\n"
            guard socket.write(Array(message.utf8)) else { return }
            state = next
        }
    }
}
