/// A link as templates see it: `{{href}}` and `{{text}}`.
public struct LinkView: Sendable, Hashable {
    public var href: String
    public var text: String
}

/// A date as templates see it: `<time datetime="{{iso}}">{{text}}</time>`.
public struct DateView: Sendable, Hashable {
    public var iso: String
    /// Written out, e.g. `15 July 2021`.
    public var text: String
    public var year: Int

    init(_ day: Day, strings: InterfaceStrings) {
        iso = day.iso
        text = strings.format(day)
        year = day.year
    }
}

/// A value of a fixed vocabulary: `{{key}}` for styling, `{{label}}` for reading.
public struct LabelView: Sendable, Hashable {
    public var key: String
    public var label: String
}

/// The site as every page sees it: `{{site.title}}`.
public struct SiteView: Sendable, Hashable {
    public var title: String
    public var description: String?
    public var language: String
    /// The language of the description, where it is not the page's (`casebook.yml` gives none in it).
    public var descriptionLanguage: String? = nil
}

/// Facts about the page being rendered: `{{page.title}}`, `{{page.root}}`…
public struct PageView: Sendable, Hashable {
    /// The `<title>` and main heading.
    public var title: String
    /// One line for `<meta name="description">`.
    public var description: String
    /// `lang` attribute of the page's main content.
    public var language: String
    /// `ltr` or `rtl`.
    public var direction: String
    /// Relative prefix to the root of the page's language, e.g. `../../`: the site's root for the default
    /// language, `/ru/` for Russian pages; prepend to `cases/index.html`.
    public var root: String
    /// Relative prefix to the site's root, where the assets are; prepend to `assets/style.css`.
    public var siteRoot: String
    /// The absolute clean URL when the site's `base_url` is set.
    public var canonical: String?
    /// The site-relative clean path, e.g. `/cases/x/`.
    public var path: String
    /// The navigation, with the current section marked.
    public var nav: [NavItem]
    /// Link to the home page.
    public var homeHref: String
    /// `og:type`: `article` for cases and documents, `profile` for defenders, else `website`.
    public var ogType: String
    /// The page's JSON-LD, escaped so it cannot end its `<script>` element.
    public var structuredDataHTML: String?
    /// Links that share the page (cases, documents and profiles of a site with a `base_url`).
    public var share: [LinkView]
    /// What the page says of its texts' language, on a site in several languages.
    public var notice: NoticeView?
    /// The language of the page's own texts (a profile's name and text), where it is not the page's.
    public var textLanguage: TextLanguageView?
    /// The versions of the page for `<link rel="alternate" hreflang>`, itself and `x-default` included.
    public var alternates: [AlternateView]
    /// The language switcher: the versions of the page that exist, the current one marked.
    public var languages: [LanguageLinkView]
}

/// One item of the main navigation: `{{#current}}aria-current="page"{{/current}}`.
public struct NavItem: Sendable, Hashable {
    public var href: String
    public var text: String
    public var current: Bool
}

/// A case in a list (home, country, defender, organization and mandate pages).
public struct CaseSummaryView: Sendable, Hashable {
    public var href: String
    public var title: String
    public var summary: String
    public var date: DateView
    public var country: LinkView
    public var status: LabelView
    public var defenders: [PersonView]
    /// The language of its title and summary, where it is not the page's.
    public var textLanguage: TextLanguageView? = nil
}

/// A country named on a profile: `href` is set only when the site has a page for it.
public struct CountryView: Sendable, Hashable {
    public var name: String
    public var code: String
    public var href: String?
}

/// A defender as pages name them: the public name or pseudonym with a link, or a description without one.
public struct PersonView: Sendable, Hashable {
    public var name: String
    /// The profile's link; nil for a withheld defender, who has no profile.
    public var href: String?
    /// Where they stand now, and when the editors last checked it.
    public var situation: SituationView?
}

/// A defender's situation: "Detained (as of 1 May 2024)".
public struct SituationView: Sendable, Hashable {
    public var status: LabelView
    public var reviewed: DateView
}

/// A named entity in a list, with how many cases it has: `{{name}} ({{caseCount}})`.
public struct EntryView: Sendable, Hashable {
    public var href: String
    public var name: String
    /// A secondary line: a country, a short name, a symbol.
    public var detail: String?
    public var caseCount: Int
    /// For instruments: how many citations the site's texts make of it.
    public var citationCount: Int = 0
    /// The counts written out in the page's language: "3 cases", "5 дел"; "12 citations".
    public var caseCountText = ""
    public var citationCountText = ""

    /// The same entry with its counts written out by `strings`.
    func counted(by strings: InterfaceStrings) -> EntryView {
        var entry = self
        entry.caseCountText = strings.plural("cases_count", caseCount)
        entry.citationCountText = strings.plural("citations_count", citationCount)
        return entry
    }
}

/// The links between the pages of a long list (`pager.mustache`); absent when the list fits on its
/// front page. Archive pages are numbered from the oldest; the links run newest first.
public struct PagerView: Sendable, Hashable {
    /// "Page 2", or "Latest" on the front page.
    public var position: String
    /// Whether this is an archive page: `{{^pager.later}}` shows a profile's introduction on the front page only.
    public var later: Bool
    /// The list's front page, with the newest items.
    public var latest: Link
    /// The newer page (`rel="prev"`): the next archive page, or the front page.
    public var previous: String?
    /// The older page (`rel="next"`).
    public var next: String?
    /// Archive pages newest first: those around this one and the first, with a gap (no `href`) where pages are left out.
    public var links: [Link]

    /// A numbered page link, or a gap when `href` is nil.
    public struct Link: Sendable, Hashable {
        public var number: Int
        public var href: String?
        public var current: Bool
    }
}

extension LinkView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<LinkView>] = [
        .text("href", \.href),
        .text("text", \.text),
    ]
}

extension DateView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<DateView>] = [
        .text("iso", \.iso),
        .text("text", \.text),
        .int("year", \.year),
    ]
}

extension LabelView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<LabelView>] = [
        .text("key", \.key),
        .text("label", \.label),
    ]
}

extension SiteView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<SiteView>] = [
        .text("title", \.title),
        .optionalText("description", \.description),
        .text("language", \.language),
        .optionalText("descriptionLanguage", \.descriptionLanguage),
    ]
}

extension PageView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<PageView>] = [
        .text("title", \.title),
        .text("description", \.description),
        .text("language", \.language),
        .text("direction", \.direction),
        .text("root", \.root),
        .text("siteRoot", \.siteRoot),
        .optionalText("canonical", \.canonical),
        .text("path", \.path),
        .list("nav", \.nav),
        .text("homeHref", \.homeHref),
        .text("ogType", \.ogType),
        .optionalHTML("structuredDataHTML", \.structuredDataHTML),
        .list("share", \.share),
        .optionalView("notice", \.notice),
        .optionalView("textLanguage", \.textLanguage),
        .list("alternates", \.alternates),
        .list("languages", \.languages),
    ]
}

extension NavItem: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<NavItem>] = [
        .text("href", \.href),
        .text("text", \.text),
        .bool("current", \.current),
    ]
}

extension CaseSummaryView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<CaseSummaryView>] = [
        .text("href", \.href),
        .text("title", \.title),
        .text("summary", \.summary),
        .view("date", \.date),
        .view("country", \.country),
        .view("status", \.status),
        .list("defenders", \.defenders),
        .optionalView("textLanguage", \.textLanguage),
    ]
}

extension CountryView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<CountryView>] = [
        .text("name", \.name),
        .text("code", \.code),
        .optionalText("href", \.href),
    ]
}

extension PersonView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<PersonView>] = [
        .text("name", \.name),
        .optionalText("href", \.href),
        .optionalView("situation", \.situation),
    ]
}

extension SituationView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<SituationView>] = [
        .view("status", \.status),
        .view("reviewed", \.reviewed),
    ]
}

extension EntryView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<EntryView>] = [
        .text("href", \.href),
        .text("name", \.name),
        .optionalText("detail", \.detail),
        .int("caseCount", \.caseCount),
        .int("citationCount", \.citationCount),
        .text("caseCountText", \.caseCountText),
        .text("citationCountText", \.citationCountText),
    ]
}

extension PagerView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<PagerView>] = [
        .text("position", \.position),
        .bool("later", \.later),
        .view("latest", \.latest),
        .optionalText("previous", \.previous),
        .optionalText("next", \.next),
        .list("links", \.links),
    ]
}

extension PagerView.Link: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<PagerView.Link>] = [
        .int("number", \.number),
        .optionalText("href", \.href),
        .bool("current", \.current),
    ]
}
