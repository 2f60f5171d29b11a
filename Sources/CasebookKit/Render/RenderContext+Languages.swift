extension RenderContext {
    /// How the texts of the page at `route` stand to the site's languages: its case's, document's or
    /// profile's localization; nil for pages of lists and of a one-language site.
    func localization(of route: Route) -> Localization? {
        switch route {
        case .caseFile(let slug): index.caseFile(slug)?.localization
        case .document(let caseSlug, let slug): index.caseFile(caseSlug)?.documents.first { $0.slug == slug }?.localization
        case .defender(let slug): index.defender(publicSlug: slug)?.localization
        case .organization(let slug): index.organization(slug)?.localization
        case .mandate(let slug): index.mandate(slug)?.localization
        case .instrument(let slug): index.instrument(slug)?.localization
        default: nil
        }
    }

    /// The language of texts in `localization`'s language, where it is not the page's.
    func textLanguage(_ localization: Localization?) -> TextLanguageView? {
        guard let language = localization?.language, language != index.config.language else { return nil }
        return TextLanguageView(code: language, direction: LanguageTag.direction(of: language))
    }

    /// What the page at `route` says of its texts' language: that they are a translation, and of what;
    /// or that they are shown in their original language, the only one they are in, or not in this one.
    func notice(for route: Route, localization: Localization?) -> NoticeView? {
        guard let localization else { return nil }
        if let translation = localization.translation {
            let text = translation.status == .official
                ? noticeText("translation_official", original: localization.original)
                : noticeText("translation_unofficial", original: localization.original, translator: translation.translator ?? "")
            let original = LinkView(href: relativeAddress(of: route, in: localization.home), text: strings["translation_read_original"])
            return NoticeView(text: text, original: original, originalLanguage: localization.original)
        }
        guard localization.language != index.config.language else { return nil }
        let key = localization.versions.count > 1 ? "not_translated" : route.isDocument ? "only_in_original_document" : "only_in_original_page"
        return NoticeView(text: noticeText(key, original: localization.original), original: nil, originalLanguage: nil)
    }

    /// The notice `key` naming the original's language (and the translator, if given) in the pages' language.
    private func noticeText(_ key: String, original: String, translator: String? = nil) -> String {
        notices.value(for: NoticeKey(key: key, original: original, translator: translator)) {
            let name = LocalizedNames.shared.language(original, in: index.config.language) ?? original
            return strings[key].filling(["language": name].merging(translator.map { ["translator": $0] } ?? [:]) { $1 })
        }
    }

    /// The versions of the page at `route`: each site language whose page shows its texts in its own
    /// language, with the language of those texts (its `hreflang`). A page of lists, made of the interface
    /// and of what each language's pages show, exists in every language; a case, document or profile only
    /// in its original's language and in those it is translated into. None for the 404 page and on a site
    /// in one language.
    func versions(of route: Route, localization: Localization?) -> [(site: String, hreflang: String)] {
        let config = index.config
        guard config.isMultilingual, route != .notFound else { return [] }
        guard let localization else { return config.languages.map { ($0, $0) } }
        return localization.versions.map { ($0, localization.versionLanguage($0)) }
    }

    /// The version of the page the others point to for readers of no listed language (`x-default`), and
    /// that a page in a language the texts are not in names as canonical: the default language's where it
    /// is a version, else the one that holds the original.
    func mainVersion(of versions: [(site: String, hreflang: String)], localization: Localization?) -> String {
        let first = index.config.defaultLanguage
        return versions.contains { $0.site == first } ? first : localization?.home ?? first
    }

    /// The `hreflang` alternates of the page at `route`, the page itself included, and `x-default`; none
    /// for a page with one version, nor on a page that is not a version of its texts, which names the main
    /// version as canonical instead.
    func alternates(of route: Route, versions: [(site: String, hreflang: String)], main: String) -> [AlternateView] {
        guard versions.count > 1, versions.contains(where: { $0.site == index.config.language }) else { return [] }
        return versions.map { AlternateView(hreflang: $0.hreflang, href: address(of: route, in: $0.site)) }
            + [AlternateView(hreflang: "x-default", href: address(of: route, in: main))]
    }

    /// The language switcher: every version of the page, each in its own language's words; empty when the
    /// page is the only one.
    func switcher(of route: Route, versions: [(site: String, hreflang: String)]) -> [LanguageLinkView] {
        let current = index.config.language
        guard versions.contains(where: { $0.site != current }) else { return [] }
        return versions.map { version in
            LanguageLinkView(
                code: version.site, hreflang: version.hreflang, name: languageNames[version.site] ?? version.site,
                href: relativeAddress(of: route, in: version.site), current: version.site == current)
        }
    }

    /// The page at `route` in `language`: its absolute URL under `base_url`, else a link from this page.
    func address(of route: Route, in language: String) -> String {
        hasBaseURL ? url(route, in: language) : relativeAddress(of: route, in: language)
    }

    /// A link from the page at `route` to the same page in `language`.
    func relativeAddress(of route: Route, in language: String) -> String {
        String(repeating: "../", count: route.depth + folderDepth(of: index.config.language)) + index.config.folder(of: language) + route.file
    }

    /// How many folders the pages of `language` lie below the site's root.
    func folderDepth(of language: String) -> Int {
        index.config.folder(of: language).utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
    }
}

extension Route {
    var isDocument: Bool { if case .document = self { true } else { false } }
}
