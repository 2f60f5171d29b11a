/// The values of a defender's profile (`defender.mustache`).
public struct DefenderPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var name: String
    public var variants: [String]
    public var country: CountryView?
    public var organizations: [LinkView]
    public var focus: [String]
    public var bodyHTML: String
    /// Every case about the defender, newest first.
    public var cases: [CaseSummaryView]

    /// The profile page, or nil for a withheld defender, who has none.
    static func model(_ defender: Defender, context: RenderContext) -> PageModel? {
        guard let name = defender.publicName, let slug = defender.publicSlug else { return nil }
        let route = Route.defender(slug)
        let values = DefenderPage(
            site: context.site, page: context.page(route, title: name, description: name),
            t: context.strings.table, name: name, variants: defender.visibility == .public ? defender.variants : [],
            country: defender.country.map { context.country($0.value, from: route) },
            organizations: context.organizationLinks(defender.organizations, from: route), focus: defender.focus,
            bodyHTML: context.linked.body(route).html,
            cases: context.index.cases(ofDefender: defender.slug).map { context.summary(of: $0, from: route) })
        return PageModel(template: "defender", route: route, values: values)
    }
}
