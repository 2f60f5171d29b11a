/// The language of a text from the content where it differs from the page's:
/// `{{#textLanguage}} lang="{{code}}" dir="{{direction}}"{{/textLanguage}}`.
public struct TextLanguageView: Sendable, Hashable {
    public var code: String
    public var direction: String
}

/// What a page says of the language of its texts: a translation and its original, or an original shown
/// untranslated in another language's pages.
public struct NoticeView: Sendable, Hashable {
    public var text: String
    /// The page of the original, for a translation.
    public var original: LinkView?
    /// The original's language, for `hreflang`.
    public var originalLanguage: String?
}

extension TextLanguageView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<TextLanguageView>] = [
        .text("code", \.code),
        .text("direction", \.direction),
    ]
}

extension NoticeView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<NoticeView>] = [
        .text("text", \.text),
        .optionalView("original", \.original),
        .optionalText("originalLanguage", \.originalLanguage),
    ]
}

/// A form of a counted phrase, for a page's script to choose by the count's plural category
/// (`data-result-{{category}}="{{text}}"`).
public struct PluralFormView: Sendable, Hashable {
    /// CLDR's category: `zero`, `one`, `two`, `few`, `many` or `other`.
    public var category: String
    public var text: String
}

extension PluralFormView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<PluralFormView>] = [
        .text("category", \.category),
        .text("text", \.text),
    ]
}

/// One version of the page in another language, for `<link rel="alternate" hreflang="…" href="…">`.
public struct AlternateView: Sendable, Hashable {
    /// The language of the version's texts, or `x-default`.
    public var hreflang: String
    public var href: String
}

/// One language of the language switcher: a version of the page that exists.
public struct LanguageLinkView: Sendable, Hashable {
    /// The site language whose pages hold the version.
    public var code: String
    /// The language of the version's texts (its `hreflang`).
    public var hreflang: String
    /// The language's own name, e.g. `Русский`.
    public var name: String
    public var href: String
    /// Whether it is the page being read.
    public var current: Bool
}

extension AlternateView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<AlternateView>] = [
        .text("hreflang", \.hreflang),
        .text("href", \.href),
    ]
}

extension LanguageLinkView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<LanguageLinkView>] = [
        .text("code", \.code),
        .text("hreflang", \.hreflang),
        .text("name", \.name),
        .text("href", \.href),
        .bool("current", \.current),
    ]
}
