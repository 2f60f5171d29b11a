/// The values of an index page (`list.mustache`): defenders, organizations, mandates, years, countries, instruments.
public struct ListPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var heading: String
    public var entries: [EntryView]
    /// On the countries page: the countries shaded on a map of the world.
    public var map: WorldMap?

    /// The index pages, each with its route and the interface string that names it.
    enum Kind: CaseIterable {
        case defenders, organizations, mandates, years, countries, instruments

        var route: Route {
            switch self {
            case .defenders: .defenderList
            case .organizations: .organizationList
            case .mandates: .mandateList
            case .years: .yearList
            case .countries: .countryList
            case .instruments: .instrumentList
            }
        }

        var titleKey: String {
            switch self {
            case .defenders: "nav_defenders"
            case .organizations: "nav_organizations"
            case .mandates: "nav_mandates"
            case .years: "nav_years"
            case .countries: "nav_countries"
            case .instruments: "nav_instruments"
            }
        }
    }

    static func model(_ kind: Kind, context: RenderContext) -> PageModel {
        let route = kind.route
        let title = context.strings[kind.titleKey]
        let values = ListPage(
            site: context.site, page: context.page(route, title: title, description: title), t: context.strings.table,
            heading: title, entries: entries(kind, from: route, context: context),
            map: kind == .countries ? context.worldMap(from: route) : nil)
        return PageModel(template: "list", route: route, values: values)
    }

    private static func entries(_ kind: Kind, from route: Route, context: RenderContext) -> [EntryView] {
        let index = context.index
        switch kind {
        case .defenders:
            return index.defenders.compactMap { defender -> EntryView? in
                guard let name = defender.publicName, let slug = defender.publicSlug else { return nil }
                return EntryView(href: route.href(to: .defender(slug)), name: name,
                    detail: defender.country.flatMap { Country(code: $0.value)?.name },
                    caseCount: index.caseCount(.defender(defender.slug)))
            }.sorted { $0.name < $1.name }
        case .organizations:
            return index.organizations.map {
                EntryView(href: route.href(to: .organization($0.slug)), name: $0.name, detail: $0.shortName,
                    caseCount: index.caseCount(.organization($0.slug)))
            }
        case .mandates:
            return index.mandates.map {
                EntryView(href: route.href(to: .mandate($0.slug)), name: $0.name, detail: $0.establishedBy,
                    caseCount: index.caseCount(.mandate($0.slug)))
            }
        case .years:
            return index.years.map { EntryView(href: route.href(to: .year($0)), name: String($0), detail: nil, caseCount: index.caseCount(.year($0))) }
        case .countries:
            return index.countries.map {
                EntryView(href: route.href(to: .country($0.code)), name: $0.name, detail: $0.code, caseCount: index.caseCount(.country($0.code)))
            }
        case .instruments:
            return index.instruments.map {
                let citations = context.linked.citations.entries(citing: $0.slug)
                return EntryView(href: route.href(to: .instrument($0.slug)), name: $0.title,
                    detail: $0.shortNames.first ?? $0.symbol, caseCount: Set(citations.map(\.caseSlug)).count,
                    citationCount: citations.count)
            }
        }
    }
}

extension ListPage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<ListPage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("heading", \.heading),
        .list("entries", \.entries),
        .optionalView("map", \.map),
    ]
}
