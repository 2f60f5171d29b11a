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
        let language = index.config.language
        let originalName = LocalizedNames.shared.language(localization.original, in: language) ?? localization.original
        if let translation = localization.translation {
            let text = translation.status == .official
                ? strings["translation_official"].filling(["language": originalName])
                : strings["translation_unofficial"].filling(["language": originalName, "translator": translation.translator ?? ""])
            let href = String(repeating: "../", count: route.depth + folderDepth(of: language)) + index.config.folder(of: localization.home) + route.file
            return NoticeView(text: text, original: LinkView(href: href, text: strings["translation_read_original"]), originalLanguage: localization.original)
        }
        guard localization.language != language else { return nil }
        let key = localization.versions.count > 1 ? "not_translated" : route.isDocument ? "only_in_original_document" : "only_in_original_page"
        return NoticeView(text: strings[key].filling(["language": originalName]), original: nil, originalLanguage: nil)
    }

    /// How many folders the pages of `language` lie below the site's root.
    func folderDepth(of language: String) -> Int {
        index.config.folder(of: language).utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
    }
}

extension Route {
    var isDocument: Bool { if case .document = self { true } else { false } }
}
