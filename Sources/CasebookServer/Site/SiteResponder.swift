import Foundation

/// Answers GET and HEAD from the site folder: its files, a folder's `index.html`, and the site's own
/// `404.html` with status 404 for anything else. HTML pages go out through `injection`.
struct SiteResponder: Sendable {
    /// The built site.
    var root: URL
    /// What the preview adds to each HTML page.
    var injection: PageInjection

    /// The response to a GET or HEAD of `request`.
    func respond(to request: HTTPRequest) -> HTTPResponse {
        guard let path = SitePath(request.path) else { return .text(400, "Bad request path") }
        let url = path.url(in: root)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return notFound() }
        if isFolder.boolValue, !path.endsWithSlash {
            return .text(301, "Moved to \(request.path)/", headers: [("Location", "\(request.path)/\(request.query)")])
        }
        return file(isFolder.boolValue ? url.appendingPathComponent("index.html") : url) ?? notFound()
    }

    /// A file of the site with its media type; `nil` when it is missing, unreadable or, through a
    /// symbolic link, outside the site folder.
    private func file(_ url: URL, status: Int = 200) -> HTTPResponse? {
        let realRoot = root.resolvingSymlinksInPath().path + "/"
        guard url.resolvingSymlinksInPath().path.hasPrefix(realRoot), let data = FileManager.default.contents(atPath: url.path)
        else { return nil }
        let type = MediaType.of(url.lastPathComponent)
        if MediaType.isHTML(type) { return page(injection.apply(to: Array(data)), status: status) }
        return HTTPResponse(status: status, contentType: type, body: Array(data), headers: Self.headers)
    }

    private func notFound() -> HTTPResponse {
        file(root.appendingPathComponent("404.html"), status: 404) ?? .text(404, "Not found", headers: Self.headers)
    }

    private func page(_ html: [UInt8], status: Int) -> HTTPResponse {
        HTTPResponse(status: status, contentType: MediaType.of("index.html"), body: html, headers: Self.headers)
    }

    /// A preview is always current: browsers must not cache it, nor guess types.
    static let headers: [(name: String, value: String)] = [("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff")]
}
