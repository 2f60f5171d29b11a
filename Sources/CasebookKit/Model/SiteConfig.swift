/// Site-wide settings from `casebook.yml`.
public struct SiteConfig: Sendable, Hashable {
    /// The site's name.
    public var title: String = "Casebook"
    /// One line about the site, for the pages being made: in their language where `casebook.yml` gives it.
    public var description: String?
    /// The description in each language `casebook.yml` gives it in, by tag (a single text is the default
    /// language's).
    public var descriptions: [String: String] = [:]
    /// Public address of the site with a trailing slash, for canonical links; nil when unknown.
    public var baseURL: String?
    /// The site's languages as BCP 47 tags, the default first: its pages keep the site's own URLs, each
    /// other language's pages live under `/<tag>/` with the same paths.
    public var languages: [String] = ["en"]
    /// The language of the pages being made: the default language, or another of `languages` for the
    /// pages under its folder. It is also the language of a text that does not say.
    public var language: String = "en"
    /// Whether raw HTML in Markdown is passed through: off unless the site explicitly opts in.
    public var allowRawHTML = false
    /// How many cases or documents a page of a long list shows before the list goes on to another page.
    public var pageSize = 20
    /// The build's date (`--now`), for what a reader is told relative to today, such as an overdue reply.
    public var today: Day?

    /// Default settings.
    public init() {}
}

extension SiteConfig {
    /// The address as a folder, ending in `/`, as every link built on it expects.
    static func folderURL(_ address: String) -> String { address.hasSuffix("/") ? address : address + "/" }

    /// The default language, whose pages keep the site's own URLs.
    public var defaultLanguage: String { languages.first ?? language }

    /// Whether the site publishes more than one language.
    public var isMultilingual: Bool { languages.count > 1 }

    /// The folder under the site's root that holds the pages of `language`: none for the default
    /// language, else its tag in lowercase with a slash (`ru/`, `pt-br/`).
    public func folder(of language: String) -> String {
        language == defaultLanguage ? "" : language.lowercased() + "/"
    }

    /// The folder of the pages being made.
    public var folder: String { folder(of: language) }

    /// The same settings for the pages of `language`.
    func making(_ language: String) -> SiteConfig {
        var config = self
        config.language = language
        config.description = descriptions[language] ?? descriptions[defaultLanguage]
        return config
    }

    /// The language the pages' description is written in, where it is not theirs (no text in it was given).
    var descriptionLanguage: String? {
        descriptions[language] == nil && description != nil && language != defaultLanguage ? defaultLanguage : nil
    }
}
