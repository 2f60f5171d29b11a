/// What every page builder needs: the index, the interface strings, and helpers for shared views.
public struct RenderContext: Sendable {
    public let linked: LinkedSite
    public let strings: InterfaceStrings
    /// Each site language's own name, by tag, for the language switcher.
    let languageNames: [String: String]
    /// The texts of the notices on pages whose texts are translated or in another language, made once.
    let notices = ConcurrentMemo<NoticeKey, String>()

    /// A notice's inputs: its string's key, the original's language and the translator, if it names one.
    struct NoticeKey: Hashable, Sendable {
        var key: String
        var original: String
        var translator: String?
    }
    public var index: SiteIndex { linked.index }

    /// Creates the context shared by all pages of one build's language.
    public init(linked: LinkedSite, strings: InterfaceStrings, languageNames: [String: String] = [:]) {
        self.linked = linked
        self.strings = strings
        self.languageNames = languageNames
    }

    var site: SiteView {
        SiteView(
            title: index.config.title, description: index.config.description, language: index.config.language,
            descriptionLanguage: index.config.descriptionLanguage)
    }

    /// The page facts for `route`.
    func page(_ route: Route, title: String, description: String) -> PageView {
        let language = index.config.language
        let sections: [(Route, String)] = [
            (.caseList, "nav_cases"), (.defenderList, "nav_defenders"), (.countryList, "nav_countries"),
            (.mandateList, "nav_mandates"), (.organizationList, "nav_organizations"), (.instrumentList, "nav_instruments"),
            (.search, "nav_search"),
        ]
        let nav = sections.map { section, key in
            NavItem(href: root(of: route) + section.file, text: strings[key], current: route.path.hasPrefix(section.path) && route != .home)
        }
        let config = index.config
        let localized = localization(of: route)
        let versions = versions(of: route, localization: localized)
        let main = mainVersion(of: versions, localization: localized)
        // A page whose texts are in no language of its own (an original shown in another language's pages)
        // names the main version as canonical.
        let own = versions.isEmpty || versions.contains { $0.site == config.language }
        let canonical = route == .notFound ? nil : config.baseURL.map { $0 + config.folder(of: own ? config.language : main) + route.path }
        let ogType: String
        switch route {
        case .caseFile, .document: ogType = "article"
        case .defender: ogType = "profile"
        default: ogType = "website"
        }
        return PageView(
            title: title, description: description, language: language,
            direction: LanguageTag.direction(of: language), root: root(of: route), siteRoot: siteRoot(of: route), canonical: canonical,
            path: "/" + config.folder + route.path, nav: nav, homeHref: root(of: route) + Route.home.file, ogType: ogType,
            structuredDataHTML: StructuredData(context: self).html(for: route, title: title, description: description),
            share: ogType == "website" ? [] : canonical.map { ShareLinks.links(url: $0, title: title, strings: strings) } ?? [],
            notice: notice(for: route, localization: localized), textLanguage: textLanguage(localized),
            alternates: alternates(of: route, versions: versions, main: main), languages: switcher(of: route, versions: versions))
    }

    /// The relative way back to the root of the pages' language (the site root for the default language);
    /// the 404 page is served at any depth, so it uses the base path.
    private func root(of route: Route) -> String {
        guard route == .notFound else { return route.relativePrefix }
        return basePath + index.config.folder
    }

    /// The relative way back to the site root, where the assets are.
    private func siteRoot(of route: Route) -> String {
        guard route != .notFound else { return basePath }
        let up = folderDepth(of: index.config.language)
        return up == 0 ? route.relativePrefix : String(repeating: "../", count: route.depth + up)
    }

    /// The path of the site under its host, from `base_url`: `/` without one.
    private var basePath: String {
        guard let base = index.config.baseURL, let schemeEnd = base.range(of: "://") else { return "/" }
        return base[schemeEnd.upperBound...].firstIndex(of: "/").map { String(base[$0...]) } ?? "/"
    }

    func date(_ day: Day) -> DateView { DateView(day, strings: strings) }

    func countryLink(_ code: String, from route: Route) -> LinkView {
        LinkView(href: route.href(to: .country(code)), text: Country.name(of: code, in: index.config.language))
    }

    /// A country to name on a profile: linked only when the site has a page for it (it has cases).
    func country(_ code: String, from route: Route) -> CountryView {
        let hasPage = index.caseCount(.country(code)) > 0
        return CountryView(name: Country.name(of: code, in: index.config.language), code: code, href: hasPage ? route.href(to: .country(code)) : nil)
    }

    /// Defenders as a page may name them: never a withheld defender's name, never a pseudonymous one's real name.
    func people(_ slugs: [Located<String>], from route: Route) -> [PersonView] {
        slugs.compactMap { index.defender($0.value) }.map { defender in
            guard let name = defender.publicName, let slug = defender.publicSlug else {
                // Nothing of a withheld defender's profile is published, their situation included.
                return PersonView(name: defender.withheldAs ?? strings["withheld_defender"], href: nil, situation: nil)
            }
            return PersonView(name: name, href: route.href(to: .defender(slug)), situation: situation(of: defender))
        }
    }

    /// A defender's situation as last reviewed, if the profile gives it.
    func situation(of defender: Defender) -> SituationView? {
        guard let situation = defender.situation, let reviewed = defender.situationReviewed else { return nil }
        return SituationView(status: strings.label("situation", situation.rawValue), reviewed: date(reviewed))
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
            defenders: people(caseFile.defenders, from: route), textLanguage: textLanguage(caseFile.localization))
    }
}
