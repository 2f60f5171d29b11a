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

    static func model(_ organization: Organization, context: RenderContext) -> PageModel {
        let route = Route.organization(organization.slug)
        let members = context.index.members(of: organization.slug)
        let values = OrganizationPage(
            site: context.site, page: context.page(route, title: organization.name, description: organization.name),
            t: context.strings.table, name: organization.name, shortName: organization.shortName,
            country: organization.country.map { context.country($0.value, from: route) }, website: organization.website,
            members: members.compactMap { member in
                guard let name = member.publicName, let slug = member.publicSlug else { return nil }
                return LinkView(href: route.href(to: .defender(slug)), text: name)
            },
            bodyHTML: context.linked.body(route).html,
            cases: context.index.cases(ofOrganization: organization.slug).map { context.summary(of: $0, from: route) })
        return PageModel(template: "organization", route: route, values: values)
    }
}
