extension ContentSet {
    /// The content as the pages of `language` show it, on a site in several languages: every case, document
    /// and profile with its translation into that language laid over it where there is one, else as its
    /// original, and with its `localization` (the language of its texts, its original's, the languages that
    /// have it). A case's and a document's `language` is the language of the texts shown.
    func localized(to language: String) -> ContentSet {
        var content = self
        content.config = config.making(language)
        guard config.isMultilingual else { return content }
        let overlay = Overlay(content: self, language: language)
        content.cases = cases.parallelMap(counted: false) { caseFile in
            var shown = overlay.apply(caseFile, original: caseFile.language ?? config.defaultLanguage)
            shown.language = shown.localization?.language
            shown.documents = caseFile.documents.map { document in
                var shownDocument = overlay.apply(document, original: document.language)
                shownDocument.language = shownDocument.localization?.language ?? document.language
                return shownDocument
            }
            return shown
        }
        content.defenders = defenders.map { defender in
            var shown = overlay.apply(defender, original: config.defaultLanguage)
            // The name as the original writes it stays a spelling readers of this language may search for.
            if shown.name != defender.name, !shown.variants.contains(defender.name) { shown.variants.append(defender.name) }
            return shown
        }
        content.organizations = organizations.map { overlay.apply($0, original: config.defaultLanguage) }
        content.mandates = mandates.map { overlay.apply($0, original: config.defaultLanguage) }
        content.instruments = instruments.map { instrument in
            var shown = overlay.apply(instrument, original: config.defaultLanguage)
            // Citations keep naming it by its original title, in every language's pages.
            if shown.title != instrument.title, !shown.aliases.contains(instrument.title) { shown.aliases.append(instrument.title) }
            return shown
        }
        return content
    }

    /// Every problem of the translations, at the translation: a language the site does not have, an
    /// original that does not exist or is in the same language, a field that does not fit the original's,
    /// and a text of the original left untranslated. `files` are the display paths of every content file,
    /// so that a translation of a file that failed to load is not reported again.
    func translationDiagnostics(files: Set<String>) -> [Diagnostic] {
        guard !translations.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for translation in translations {
            guard let language = config.siteLanguage(translation.language) else {
                diagnostics.append(.error(.translationLanguageNotInSite(translation.language, languages: config.languages), at: translation.location))
                continue
            }
            if let first = seen.updateValue(translation.location, forKey: translation.original + "\n" + language) {
                diagnostics.append(.error(.duplicateSlug(kind: "translation", slug: language, first: first), at: translation.location))
            }
        }
        let overlay = Overlay(content: self, language: nil)
        let defaultLanguage = config.defaultLanguage
        diagnostics += cases.parallelMap(counted: false) { caseFile in
            overlay.check(caseFile, original: caseFile.language ?? defaultLanguage)
                + caseFile.documents.flatMap { overlay.check($0, original: $0.language) }
        }.joined()
        diagnostics += defenders.flatMap { overlay.check($0, original: config.defaultLanguage) }
        diagnostics += organizations.flatMap { overlay.check($0, original: config.defaultLanguage) }
        diagnostics += mandates.flatMap { overlay.check($0, original: config.defaultLanguage) }
        diagnostics += instruments.flatMap { overlay.check($0, original: config.defaultLanguage) }
        let originals = Set(cases.flatMap { [$0.location.path] + $0.documents.map(\.location.path) })
            .union((defenders.map(\.location) + organizations.map(\.location) + mandates.map(\.location) + instruments.map(\.location)).map(\.path))
        for translation in translations where !originals.contains(translation.original) && !files.contains(translation.original) {
            diagnostics.append(.error(.translationWithoutOriginal(translation.original), at: translation.location))
        }
        return diagnostics
    }
}

extension SiteConfig {
    /// The site's own spelling of `tag`, if it is one of its languages (tags are compared without case).
    func siteLanguage(_ tag: String) -> String? { languages.first { $0.lowercased() == tag.lowercased() } }
}

/// Lays translations over their originals for the pages of one language, or checks every translation.
private struct Overlay {
    let config: SiteConfig
    /// Each file's translations by the site's spelling of their language, by the file's display path.
    let translations: [String: [String: Translation]]
    /// The language whose translations are laid over; nil when only checking.
    let language: String?

    init(content: ContentSet, language: String?) {
        config = content.config
        self.language = language
        var byOriginal: [String: [String: Translation]] = [:]
        for translation in content.translations {
            guard let tag = content.config.siteLanguage(translation.language) else { continue }
            if byOriginal[translation.original]?[tag] == nil { byOriginal[translation.original, default: [:]][tag] = translation }
        }
        translations = byOriginal
    }

    /// `model` as the pages of the language show it, with its localization.
    func apply<Model: Localizable>(_ model: Model, original: String) -> Model {
        let found = translations[model.location.path] ?? [:]
        let home = config.siteLanguage(original) ?? config.defaultLanguage
        let versions = config.languages.filter { $0 == home || found[$0] != nil && $0 != config.siteLanguage(original) }
        var shown = model
        var localization = Localization(language: original, original: original, translation: nil, versions: versions, home: home)
        for version in versions where version != home {
            if let translation = found[version] { localization.translations[version] = Localization.Note(status: translation.status, translator: translation.translator) }
        }
        if let language, let translation = found[language], config.siteLanguage(original) != language {
            (shown, _) = overlay(translation, on: model, checking: false)
            localization.language = language
            localization.translation = Localization.Note(status: translation.status, translator: translation.translator)
        }
        shown.localization = localization
        return shown
    }

    /// The problems of every translation of `model`.
    func check<Model: Localizable>(_ model: Model, original: String) -> [Diagnostic] {
        (translations[model.location.path] ?? [:]).sorted { $0.key < $1.key }.flatMap { language, translation in
            guard config.siteLanguage(original) != language else {
                return [Diagnostic.error(.translationInOriginalLanguage(translation.language), at: translation.location)]
            }
            return overlay(translation, on: model).problems
        }
    }

    /// The translation laid over `model`: each field it gives, and its text; with what does not fit and,
    /// when `checking` (the texts of both are then read), what it leaves untranslated.
    private func overlay<Model: Localizable>(_ translation: Translation, on model: Model, checking: Bool = true) -> (Model, problems: [Diagnostic]) {
        var shown = model
        var problems: [Diagnostic] = []
        for field in Model.translatableFields {
            if let value = translation.values[field.key] {
                problems += field.apply(&shown, value)
            } else if field.required, field.has(model) {
                problems.append(.error(.untranslatedField(field.key, original: translation.original), at: translation.location))
            }
        }
        let translatedText = translation.body.hasText
        // A text no page shows (a withheld defender's profile) may be translated or not.
        if checking, model.publishesBody, model.body.hasText != translatedText {
            problems.append(model.body.hasText
                ? .error(.untranslatedBody(original: translation.original), at: translation.location)
                : .error(.bodyOfNothing(original: translation.original), at: translation.body.start))
        }
        if translatedText { shown.body = translation.body }
        return (shown, problems)
    }
}

/// A kind of content that translations may be laid over.
protocol Localizable {
    static var translatableFields: [TranslatableField<Self>] { get }
    var body: MarkdownText { get set }
    var location: SourceLocation { get }
    var localization: Localization? { get set }
    /// Whether any page shows its text: a withheld defender's profile has no page.
    var publishesBody: Bool { get }
}

extension Localizable {
    var publishesBody: Bool { true }
}

extension CaseFile: Localizable {
    var body: MarkdownText {
        get { self[dynamicMember: \Fields.body] }
        set { self[dynamicMember: \Fields.body] = newValue }
    }
    var location: SourceLocation { self[dynamicMember: \Fields.location] }
    var localization: Localization? {
        get { self[dynamicMember: \Fields.localization] }
        set { self[dynamicMember: \Fields.localization] = newValue }
    }
}

extension SourceDocument: Localizable {
    var location: SourceLocation { self[dynamicMember: \Fields.location] }
    var localization: Localization? {
        get { self[dynamicMember: \Fields.localization] }
        set { self[dynamicMember: \Fields.localization] = newValue }
    }
}

extension Defender: Localizable {
    var publishesBody: Bool { visibility != .withheld }
}
extension Organization: Localizable {}
extension Mandate: Localizable {}
extension Instrument: Localizable {}
