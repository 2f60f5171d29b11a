/// The values of an index page (`list.mustache`): defenders, organizations, mandates, countries, instruments.
public struct ListPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var heading: String
    public var entries: [EntryView]

    static func models(context: RenderContext) -> [PageModel] {
        let index = context.index
        func model(_ route: Route, _ key: String, _ entries: (Route) -> [EntryView]) -> PageModel {
            let title = context.strings[key]
            let values = ListPage(
                site: context.site, page: context.page(route, title: title, description: title), t: context.strings.table,
                heading: title, entries: entries(route))
            return PageModel(template: "list", route: route, values: values)
        }
        return [
            model(.defenderList, "nav_defenders") { route in
                index.defenders.compactMap { defender -> EntryView? in
                    guard let name = defender.publicName, let slug = defender.publicSlug else { return nil }
                    return EntryView(href: route.href(to: .defender(slug)), name: name,
                        detail: defender.country.flatMap { Country(code: $0.value)?.name },
                        caseCount: index.cases(ofDefender: defender.slug).count)
                }.sorted { $0.name < $1.name }
            },
            model(.organizationList, "nav_organizations") { route in
                index.organizations.map {
                    EntryView(href: route.href(to: .organization($0.slug)), name: $0.name, detail: $0.shortName,
                        caseCount: index.cases(ofOrganization: $0.slug).count)
                }
            },
            model(.mandateList, "nav_mandates") { route in
                index.mandates.map {
                    EntryView(href: route.href(to: .mandate($0.slug)), name: $0.name, detail: $0.establishedBy,
                        caseCount: index.cases(ofMandate: $0.slug).count)
                }
            },
            model(.yearList, "nav_years") { route in
                index.years.map { year in
                    EntryView(href: route.href(to: .year(year)), name: String(year), detail: nil, caseCount: index.cases(inYear: year).count)
                }
            },
            model(.countryList, "nav_countries") { route in
                index.countries.map {
                    EntryView(href: route.href(to: .country($0.code)), name: $0.name, detail: $0.code,
                        caseCount: index.cases(inCountry: $0.code).count)
                }
            },
            model(.instrumentList, "nav_instruments") { route in
                index.instruments.map {
                    let citations = context.linked.citations.entries(citing: $0.slug)
                    return EntryView(href: route.href(to: .instrument($0.slug)), name: $0.title,
                        detail: $0.shortNames.first ?? $0.symbol, caseCount: Set(citations.map(\.caseSlug)).count,
                        citationCount: citations.count)
                }
            },
        ]
    }
}
