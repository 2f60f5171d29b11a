/// The values of a defender's profile (`defender.mustache`).
public struct DefenderPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var name: String
    public var variants: [String]
    /// Where they work.
    public var country: CountryView?
    /// Their nationality, when the profile gives it.
    public var nationality: CountryView?
    public var situation: SituationView?
    public var organizations: [LinkView]
    public var focus: [String]
    public var bodyHTML: String
    /// The cases about the defender on this page, newest first.
    public var cases: [CaseSummaryView]
    public var pager: PagerView?
    /// Their cases per year, on the front page.
    public var chart: YearChart?

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
            nationality: defender.nationality.map { context.country($0.value, from: route) }, situation: context.situation(of: defender),
            organizations: context.organizationLinks(defender.organizations, from: route), focus: defender.focus,
            bodyHTML: context.introduction(on: pagination),
            cases: context.summaries(list, on: pagination), pager: pagination.pager(strings: context.strings),
            chart: context.yearChart(list, on: pagination, title: name))
        return PageModel(template: "defender", route: route, values: values)
    }
}

extension DefenderPage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<DefenderPage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("name", \.name),
        .texts("variants", \.variants),
        .optionalView("country", \.country),
        .optionalView("nationality", \.nationality),
        .optionalView("situation", \.situation),
        .list("organizations", \.organizations),
        .texts("focus", \.focus),
        .html("bodyHTML", \.bodyHTML),
        .list("cases", \.cases),
        .optionalView("pager", \.pager),
        .optionalView("chart", \.chart),
    ]
}
