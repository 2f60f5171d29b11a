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
        config.languages = languages(&reader)
        config.language = config.defaultLanguage
        config.allowRawHTML = reader.bool("raw_html") ?? false
        config.pageSize = reader.number("page_size", in: 1...1000) ?? config.pageSize
        reader.finish()
        return (config, reader.diagnostics)
    }

    /// The site's languages: the list under `languages`, or the one tag of `language` (a one-language
    /// site, as before `languages` existed); English when neither is written.
    private static func languages(_ reader: inout FrontMatterReader) -> [String] {
        let single = reader.located("language")
        let written = reader.written("languages") != nil
        let list = reader.locatedStrings("languages")
        if let single, written { reader.report(.languageAndLanguages, at: single.location) }
        var languages: [String] = []
        for tag in list.isEmpty ? [single].compactMap({ $0 }) : list {
            if !LanguageTag.isValid(tag.value) {
                reader.report(.invalidLanguageTag(tag.value), at: tag.location)
            } else if languages.contains(where: { $0.lowercased() == tag.value.lowercased() }) {
                reader.report(.duplicateLanguage(tag.value), at: tag.location)
            } else {
                languages.append(tag.value)
            }
        }
        return languages.isEmpty ? ["en"] : languages
    }
}
