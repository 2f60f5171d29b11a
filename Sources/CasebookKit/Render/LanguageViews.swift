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
