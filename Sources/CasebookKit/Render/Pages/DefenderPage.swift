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
    /// The cases about the defender on this page, newest first.
    public var cases: [CaseSummaryView]
    public var pager: PagerView?

    /// Page `number` of the profile (0 for its front page), or nil for a withheld defender, who has none.
    static func model(_ defender: Defender, page number: Int, context: RenderContext) -> PageModel? {
        guard let name = defender.publicName, let slug = defender.publicSlug else { return nil }
        let list = CaseList.defender(defender.slug)
        let pagination = context.pagination(.defender(slug), page: number, of: list)
        let route = pagination.route
        let values = DefenderPage(
            site: context.site, page: context.page(pagination, title: name, description: name),
            t: context.strings.table, name: name, variants: defender.visibility == .public ? defender.variants : [],
            country: defender.country.map { context.country($0.value, from: route) },
            organizations: context.organizationLinks(defender.organizations, from: route), focus: defender.focus,
            bodyHTML: context.introduction(on: pagination),
            cases: context.summaries(list, on: pagination), pager: pagination.pager(strings: context.strings))
        return PageModel(template: "defender", route: route, values: values)
    }
}
