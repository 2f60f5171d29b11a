/// The values of the home page (`home.mustache`) and of the list of all cases (`cases.mustache`).
public struct CaseListPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var heading: String
    public var cases: [CaseSummaryView]
    /// Link to the list of all cases.
    public var casesHref: String
    /// Totals shown on the home page.
    public var caseCount: Int
    public var defenderCount: Int
    public var countryCount: Int

    /// How many cases the home page shows.
    static let latestCount = 10

    static func models(context: RenderContext) -> [PageModel] {
        let index = context.index
        func model(_ route: Route, template: String, title: String, cases: ArraySlice<CaseFile>) -> PageModel {
            let values = CaseListPage(
                site: context.site,
                page: context.page(route, title: title, description: index.config.description ?? title),
                t: context.strings.table, heading: title, cases: cases.map { context.summary(of: $0, from: route) },
                casesHref: route.href(to: .caseList),
                caseCount: index.cases.count, defenderCount: index.defenders.filter { $0.publicSlug != nil }.count, countryCount: index.countries.count)
            return PageModel(template: template, route: route, values: values)
        }
        let years = index.years.map { year in
            let title = context.strings["year_title"].replacingOccurrences(of: "{year}", with: String(year))
            return model(.year(year), template: "cases", title: title, cases: index.cases(inYear: year)[...])
        }
        return [
            model(.home, template: "home", title: index.config.title, cases: index.cases.prefix(latestCount)),
            model(.caseList, template: "cases", title: context.strings["nav_cases"], cases: index.cases[...]),
        ] + years
    }
}
