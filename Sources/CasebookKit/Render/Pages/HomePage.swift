/// The values of the home page (`home.mustache`): the latest cases and the site's totals.
public struct HomePage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var heading: String
    /// The latest cases.
    public var cases: [CaseSummaryView]
    /// Link to the list of all cases.
    public var casesHref: String
    public var caseCount: Int
    public var defenderCount: Int
    public var countryCount: Int
    /// The countries with published cases, shaded on a map of the world.
    public var map: WorldMap?

    /// How many cases the home page shows.
    static let latestCount = 10

    static func model(context: RenderContext) -> PageModel {
        let index = context.index
        let title = index.config.title
        let caseCount = index.caseCount(.all)
        let values = HomePage(
            site: context.site, page: context.page(.home, title: title, description: index.config.description ?? title),
            t: context.strings.table, heading: title,
            cases: index.cases(.all, fromOldest: max(0, caseCount - latestCount)..<caseCount).map { context.summary(of: $0, from: .home) },
            casesHref: Route.home.href(to: .caseList), caseCount: caseCount,
            defenderCount: index.defenders.filter { $0.publicSlug != nil }.count, countryCount: index.countries.count, map: context.worldMap(from: .home))
        return PageModel(template: "home", route: .home, values: values)
    }
}

extension HomePage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<HomePage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("heading", \.heading),
        .list("cases", \.cases),
        .text("casesHref", \.casesHref),
        .int("caseCount", \.caseCount),
        .int("defenderCount", \.defenderCount),
        .int("countryCount", \.countryCount),
        .optionalView("map", \.map),
    ]
}
