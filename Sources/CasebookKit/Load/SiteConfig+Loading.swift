import Foundation

extension SiteConfig {
    /// Reads `casebook.yml`; a missing file means the defaults.
    static func load(from url: URL, displayPath: String) -> (SiteConfig, [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (SiteConfig(), []) }
        var reader: FrontMatterReader
        switch FrontMatterReader.read(at: url, displayPath: displayPath) {
        case .failure(let error): return (SiteConfig(), error.diagnostics)
        case .success(let read): reader = read
        }
        var config = SiteConfig()
        config.title = reader.string("title") ?? config.title
        config.description = reader.string("description")
        config.baseURL = reader.url("base_url").map(SiteConfig.folderURL)
        config.language = reader.string("language") ?? config.language
        config.allowRawHTML = reader.bool("raw_html") ?? false
        config.pageSize = reader.number("page_size", in: 1...1000) ?? config.pageSize
        reader.finish()
        return (config, reader.diagnostics)
    }
}
