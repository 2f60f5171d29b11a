/// What every page builder needs: the index, the interface strings, and helpers for shared views.
public struct RenderContext: Sendable {
    public let index: SiteIndex
    public let strings: InterfaceStrings

    /// Creates the context shared by all pages of one build.
    public init(index: SiteIndex, strings: InterfaceStrings) {
        self.index = index
        self.strings = strings
    }

    var site: SiteView {
        SiteView(title: index.config.title, description: index.config.description, language: index.config.language)
    }

    /// The page facts for `route`, in the site's language unless the page's text has its own.
    func page(_ route: Route, title: String, description: String, language: String? = nil) -> PageView {
        let language = language ?? index.config.language
        let sections: [(Route, String)] = [
            (.caseList, "nav_cases"), (.defenderList, "nav_defenders"), (.countryList, "nav_countries"),
            (.mandateList, "nav_mandates"), (.organizationList, "nav_organizations"), (.instrumentList, "nav_instruments"),
        ]
        let nav = sections.map { section, key in
            NavItem(href: route.href(to: section), text: strings[key], current: route.path.hasPrefix(section.path) && route != .home)
        }
        return PageView(
            title: title, description: description, language: language,
            direction: Self.rightToLeft.contains(language.prefix(2).lowercased()) ? "rtl" : "ltr",
            root: route.relativePrefix, canonical: index.config.baseURL.map { $0 + route.path },
            path: "/" + route.path, nav: nav, homeHref: route.href(to: .home))
    }

    func date(_ day: Day) -> DateView { DateView(day, strings: strings) }

    func countryLink(_ code: String, from route: Route) -> LinkView {
        LinkView(href: route.href(to: .country(code)), text: Country(code: code)?.name ?? code)
    }

    func defenderLinks(_ slugs: [Located<String>], from route: Route) -> [LinkView] {
        slugs.compactMap { index.defender($0.value) }.map { LinkView(href: route.href(to: .defender($0.slug)), text: $0.name) }
    }

    func organizationLinks(_ slugs: [Located<String>], from route: Route) -> [LinkView] {
        slugs.compactMap { index.organization($0.value) }.map {
            LinkView(href: route.href(to: .organization($0.slug)), text: $0.name)
        }
    }

    func mandateLinks(_ slugs: [Located<String>], from route: Route) -> [LinkView] {
        slugs.compactMap { index.mandate($0.value) }.map { LinkView(href: route.href(to: .mandate($0.slug)), text: $0.name) }
    }

    func summary(of caseFile: CaseFile, from route: Route) -> CaseSummaryView {
        CaseSummaryView(
            href: route.href(to: .caseFile(caseFile.slug)), title: caseFile.title, summary: caseFile.summary,
            date: date(caseFile.date), country: countryLink(caseFile.country.value, from: route),
            status: strings.label("status", caseFile.status.rawValue),
            defenders: defenderLinks(caseFile.defenders, from: route))
    }

    static let rightToLeft: Set<String> = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ku", "sd", "ug"]
}
