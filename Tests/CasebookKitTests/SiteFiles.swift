import Foundation

/// A built site read back from disk, for assertions about what a reader gets.
struct SiteFiles {
    let folder: URL
    /// Site-relative path to bytes, for every file.
    let files: [String: Data]

    init(_ folder: URL) throws {
        self.folder = folder
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])! {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        self.files = files
    }

    /// The text of a page, e.g. `cases/x/index.html`.
    func page(_ path: String) -> String? { files[path].map { String(decoding: $0, as: UTF8.self) } }

    /// The HTML pages, by path.
    var pages: [String] { files.keys.filter { $0.hasSuffix(".html") }.sorted() }

    /// Every `href` and `src` attribute value of a page, unescaped.
    static func links(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\s(?:href|src)="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }

    /// Resolves a relative link from a page to a site-relative path and fragment; nil for external links.
    static func resolve(_ link: String, from page: String) -> (path: String, fragment: String?)? {
        if link.contains(":") || link.hasPrefix("//") { return nil }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let fragment = parts.count > 1 ? parts[1] : nil
        if parts[0].isEmpty { return (page, fragment) }
        var components = page.split(separator: "/").dropLast().map(String.init)
        if parts[0].hasPrefix("/") { components = [] }
        for component in parts[0].split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(String(component))
            }
        }
        var path = components.joined(separator: "/")
        if parts[0].hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        return (path, fragment)
    }
}
