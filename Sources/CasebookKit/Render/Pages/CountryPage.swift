/// The values of a country's page (`country.mustache`), listing its cases newest first.
public struct CountryPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var name: String
    public var code: String
    public var cases: [CaseSummaryView]

    static func model(_ country: Country, context: RenderContext) -> PageModel {
        let route = Route.country(country.code)
        let values = CountryPage(
            site: context.site, page: context.page(route, title: country.name, description: country.name),
            t: context.strings.table, name: country.name, code: country.code,
            cases: context.index.cases(inCountry: country.code).map { context.summary(of: $0, from: route) })
        return PageModel(template: "country", route: route, values: values)
    }
}
