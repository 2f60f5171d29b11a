/// Site-wide settings from `casebook.yml`.
public struct SiteConfig: Sendable, Hashable {
    /// The site's name.
    public var title: String = "Casebook"
    /// One line about the site.
    public var description: String?
    /// Public address of the site with a trailing slash, for canonical links; nil when unknown.
    public var baseURL: String?
    /// BCP 47 language of the interface and the default language of texts.
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
}
