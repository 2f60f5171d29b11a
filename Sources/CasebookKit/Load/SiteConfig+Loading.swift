import Foundation

extension SiteConfig {
    /// Reads `casebook.yml`; a missing file means the defaults.
    static func load(from url: URL, displayPath: String) -> (SiteConfig, [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (SiteConfig(), []) }
        let parsed = SourceFile.read(at: url, displayPath: displayPath).flatMap {
            FrontMatterReader.parse(yaml: $0.text, path: displayPath, lineOffset: 0)
        }
        guard case .success(var reader) = parsed else {
            if case .failure(let diagnostic) = parsed { return (SiteConfig(), [diagnostic]) }
            return (SiteConfig(), [])
        }
        var config = SiteConfig()
        config.title = reader.string("title") ?? config.title
        config.description = reader.string("description")
        config.baseURL = reader.url("base_url").map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        config.language = reader.string("language") ?? config.language
        config.allowRawHTML = reader.bool("raw_html") ?? false
        config.pageSize = reader.number("page_size", in: 1...1000) ?? config.pageSize
        reader.finish()
        return (config, reader.diagnostics)
    }
}
