/// The values of an organization's page (`organization.mustache`).
public struct OrganizationPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var name: String
    public var shortName: String?
    public var country: CountryView?
    public var website: String?
    /// Defenders who belong to it.
    public var members: [LinkView]
    public var bodyHTML: String
    public var cases: [CaseSummaryView]
    public var pager: PagerView?

    /// Page `number` of the organization's page (0 for its front page, which alone shows its members and text).
    static func model(_ organization: Organization, page number: Int, context: RenderContext) -> PageModel {
        let list = CaseList.organization(organization.slug)
        let pagination = context.pagination(.organization(organization.slug), page: number, of: list)
        let route = pagination.route
        let members = pagination.isArchive ? [] : context.index.members(of: organization.slug)
        let values = OrganizationPage(
            site: context.site, page: context.page(pagination, title: organization.name, description: organization.name),
            t: context.strings.table, name: organization.name, shortName: organization.shortName,
            country: organization.country.map { context.country($0.value, from: route) }, website: organization.website,
            members: members.compactMap { member in
                guard let name = member.publicName, let slug = member.publicSlug else { return nil }
                return LinkView(href: route.href(to: .defender(slug)), text: name)
            },
            bodyHTML: context.introduction(on: pagination),
            cases: context.summaries(list, on: pagination), pager: pagination.pager(strings: context.strings))
        return PageModel(template: "organization", route: route, values: values)
    }
}

extension OrganizationPage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<OrganizationPage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("name", \.name),
        .optionalText("shortName", \.shortName),
        .optionalView("country", \.country),
        .optionalText("website", \.website),
        .list("members", \.members),
        .html("bodyHTML", \.bodyHTML),
        .list("cases", \.cases),
        .optionalView("pager", \.pager),
    ]
}
