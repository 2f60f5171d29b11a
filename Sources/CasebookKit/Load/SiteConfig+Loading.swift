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
        config.languages = languages(&reader)
        config.language = config.defaultLanguage
        config.descriptions = descriptions(&reader, languages: config.languages)
        config.description = config.descriptions[config.defaultLanguage]
        config.baseURL = reader.url("base_url").map(SiteConfig.folderURL)
        config.allowRawHTML = reader.bool("raw_html") ?? false
        config.pageSize = reader.number("page_size", in: 1...1000) ?? config.pageSize
        reader.finish()
        return (config, reader.diagnostics)
    }

    /// The description: one text, in the default language, or a mapping of language tags to texts, which
    /// must give the default language's.
    private static func descriptions(_ reader: inout FrontMatterReader, languages: [String]) -> [String: String] {
        guard let node = reader.value("description", required: false) else { return [:] }
        guard var mapping = reader.nested(node) else {
            return reader.string("description").map { [languages.first ?? "en": $0] } ?? [:]
        }
        var texts: [String: String] = [:]
        for key in mapping.keys {
            guard let language = languages.first(where: { $0.lowercased() == key.lowercased() }) else {
                _ = mapping.written(key)
                mapping.report(.translationLanguageNotInSite(key, languages: languages), at: mapping.origin)
                continue
            }
            texts[language] = mapping.string(key, required: true)
        }
        if let first = languages.first, texts[first] == nil { mapping.report(.missingKey(first), at: mapping.origin) }
        mapping.finish()
        reader.absorb(mapping.diagnostics)
        return texts
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
