/// The values of a mandate's page (`mandate.mustache`).
public struct MandatePage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var name: String
    public var shortName: String?
    /// The resolution that set the mandate, with its citations linked.
    public var establishedByHTML: String?
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
            t: context.strings.table, name: mandate.name, shortName: mandate.shortName, establishedByHTML: mandate.establishedBy.map { context.linked.inlineHTML($0, on: route, at: mandate.location) },
            website: mandate.website, bodyHTML: context.linked.body(route).html,
            documents: documents.map { DocumentSummaryView($0, context: context, from: route) },
            cases: cases.map { context.summary(of: $0, from: route) })
        return PageModel(template: "mandate", route: route, values: values)
    }
}
