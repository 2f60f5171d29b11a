/// A translation of a content file: `<name>.<tag>.md` beside the original `<name>.md` (`index.ru.md` beside
/// a case's `index.md`). It gives the original's translatable fields in its language and inherits the rest.
public struct Translation: Sendable, Hashable {
    /// Whether the text is the issuer's own language version or someone else's translation.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// A language version published as such, e.g. a UN document in Russian.
        case official
        /// A translation made by someone else, who is named (`translated_by`).
        case unofficial
    }

    /// The BCP 47 tag of its language, from its file name.
    public var language: String
    /// The path of the file it translates, as diagnostics name it.
    public var original: String
    public var status: Status
    /// Who made an unofficial translation.
    public var translator: String?
    /// Each translatable key it gives, with the values as written.
    var values: [String: TranslatedValue]
    /// The translated body; an empty one where the original has none.
    public var body: MarkdownText
    /// Where its front matter starts.
    public var location: SourceLocation
}

/// A translated field as a translation file writes it, before it is laid over its original.
enum TranslatedValue: Sendable, Hashable {
    case text(Located<String>)
    case texts([Located<String>])
    /// A list of mappings, each matched to the original's item at the same place (or with the same key).
    case records([TranslatedRecord])
}

/// One mapping of a translated list: its fields as written, and where it starts.
struct TranslatedRecord: Sendable, Hashable {
    var fields: [String: Located<String>]
    var location: SourceLocation
}

/// How the texts a page shows stand to their languages, set on every case, document and profile of a
/// site in several languages as the pages of one language see it.
public struct Localization: Sendable, Hashable {
    /// The language of the texts shown: a translation's, else the original's.
    public var language: String
    /// The language the texts were written in.
    public var original: String
    /// The translation shown, when the texts are one.
    public var translation: Note?
    /// The site's languages whose pages show these texts in their own language (the original's, or a
    /// translation), in the site's order.
    public var versions: [String]
    /// The site language whose page shows the original: its own language, or the default language when
    /// the original's is not one of the site's.
    public var home: String
    /// What each translation into a site language says of itself, by that language.
    public var translations: [String: Note] = [:]

    /// What a translation says of itself.
    public struct Note: Sendable, Hashable {
        public var status: Translation.Status
        public var translator: String?
    }

    /// The language of the texts on the page of `siteLanguage`, one of `versions`: the original's own
    /// language on the page that shows the original, else the translation's.
    public func versionLanguage(_ siteLanguage: String) -> String { siteLanguage == home ? original : siteLanguage }
}
