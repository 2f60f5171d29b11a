/// The `Content-Type` of a site's files, by extension.
enum MediaType {
    /// The media type for a file name; `application/octet-stream` for extensions the site does not use.
    static func of(_ fileName: String) -> String {
        let dot = fileName.lastIndex(of: ".")
        let fileExtension = dot.map { fileName[fileName.index(after: $0)...].lowercased() } ?? ""
        return types[fileExtension] ?? "application/octet-stream"
    }

    /// Whether a media type is an HTML page.
    static func isHTML(_ type: String) -> Bool { type.hasPrefix("text/html") }

    private static let types = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8", "xml": "application/xml; charset=utf-8",
        "atom": "application/atom+xml; charset=utf-8", "csv": "text/csv; charset=utf-8",
        "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8", "svg": "image/svg+xml",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "avif": "image/avif", "ico": "image/x-icon", "woff2": "font/woff2", "woff": "font/woff", "pdf": "application/pdf",
        "webmanifest": "application/manifest+json", "wasm": "application/wasm",
    ]
}
