/// The values of a defender's profile (`defender.mustache`).
public struct DefenderPage: Sendable {
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

    static func model(_ defender: Defender, context: RenderContext) -> PageModel {
        let route = Route.defender(defender.slug)
        let values = DefenderPage(
            site: context.site, page: context.page(route, title: defender.name, description: defender.name),
            t: context.strings.table, name: defender.name, variants: defender.variants,
            country: defender.country.map { context.country($0.value, from: route) },
            organizations: context.organizationLinks(defender.organizations, from: route), focus: defender.focus,
            bodyHTML: MarkdownRenderer.render(defender.body.source).html,
            cases: context.index.cases(ofDefender: defender.slug).map { context.summary(of: $0, from: route) })
        return PageModel(template: "defender", route: route, values: values)
    }
}

/// The values of an organization's page (`organization.mustache`).
public struct OrganizationPage: Sendable {
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
        let members = context.index.defenders.filter { $0.organizations.contains { $0.value == organization.slug } }
        let values = OrganizationPage(
            site: context.site, page: context.page(route, title: organization.name, description: organization.name),
            t: context.strings.table, name: organization.name, shortName: organization.shortName,
            country: organization.country.map { context.country($0.value, from: route) }, website: organization.website,
            members: members.map { LinkView(href: route.href(to: .defender($0.slug)), text: $0.name) },
            bodyHTML: MarkdownRenderer.render(organization.body.source).html,
            cases: context.index.cases(ofOrganization: organization.slug).map { context.summary(of: $0, from: route) })
        return PageModel(template: "organization", route: route, values: values)
    }
}

/// The values of a mandate's page (`mandate.mustache`).
public struct MandatePage: Sendable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var name: String
    public var shortName: String?
    public var establishedBy: String?
    public var website: String?
    public var bodyHTML: String
    /// Documents the mandate signed, newest first.
    public var documents: [DocumentSummaryView]
    public var cases: [CaseSummaryView]

    static func model(_ mandate: Mandate, context: RenderContext) -> PageModel {
        let route = Route.mandate(mandate.slug)
        let cases = context.index.cases(ofMandate: mandate.slug)
        let documents = cases.flatMap(\.documents).filter { $0.mandates.contains { $0.value == mandate.slug } }
            .sorted { ($0.date, $0.slug) > ($1.date, $1.slug) }
        let values = MandatePage(
            site: context.site, page: context.page(route, title: mandate.name, description: mandate.name),
            t: context.strings.table, name: mandate.name, shortName: mandate.shortName, establishedBy: mandate.establishedBy,
            website: mandate.website, bodyHTML: MarkdownRenderer.render(mandate.body.source).html,
            documents: documents.map { DocumentSummaryView($0, context: context, from: route) },
            cases: cases.map { context.summary(of: $0, from: route) })
        return PageModel(template: "mandate", route: route, values: values)
    }
}
