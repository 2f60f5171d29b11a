/// The values of a page of a mandate (`mandate.mustache`): its cases and the documents it signed, both
/// newest first and paged together.
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
    /// Whether this page has a part of each list: archive pages leave out a list that has none there.
    public var showsCases: Bool
    public var showsDocuments: Bool
    public var pager: PagerView?
    /// The cases it took up per year, on the front page.
    public var chart: YearChart?

    /// How many items the longer of the mandate's two lists holds, which sets how many pages it has.
    static func longestList(of slug: String, in index: SiteIndex) -> Int {
        max(index.caseCount(.mandate(slug)), index.documentCount(ofMandate: slug))
    }

    /// Page `number` of the mandate's page (0 for its front page, which alone shows its text). Each list
    /// is paged from its own oldest item; the longer sets how many archive pages there are.
    static func model(_ mandate: Mandate, page number: Int, context: RenderContext) -> PageModel {
        let index = context.index
        let list = CaseList.mandate(mandate.slug)
        let pagination = context.pagination(
            .mandate(mandate.slug), page: number, count: { longestList(of: mandate.slug, in: index) },
            exceeds: { index.caseCount(list, exceeds: $0) || index.documentCount(ofMandate: mandate.slug, exceeds: $0) })
        let route = pagination.route
        let documentCount = pagination.isArchive ? 0 : index.documentCount(ofMandate: mandate.slug)
        let documents = index.documents(ofMandate: mandate.slug, fromOldest: pagination.positions(count: documentCount))
        let cases = context.summaries(list, on: pagination)
        let later = pagination.isArchive
        let values = MandatePage(
            site: context.site, page: context.page(pagination, title: mandate.name, description: mandate.name),
            t: context.strings.table, name: mandate.name, shortName: mandate.shortName,
            establishedByHTML: later ? nil : mandate.establishedBy.map { context.linked.inlineHTML($0, on: route, at: mandate.location) },
            website: mandate.website, bodyHTML: context.introduction(on: pagination),
            documents: documents.map { DocumentSummaryView($0, context: context, from: route) }, cases: cases,
            showsCases: !later || !cases.isEmpty, showsDocuments: !later || !documents.isEmpty,
            pager: pagination.pager(strings: context.strings), chart: context.yearChart(list, on: pagination, title: mandate.name))
        return PageModel(template: "mandate", route: route, values: values)
    }
}

extension MandatePage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<MandatePage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("name", \.name),
        .optionalText("shortName", \.shortName),
        .optionalHTML("establishedByHTML", \.establishedByHTML),
        .optionalText("website", \.website),
        .html("bodyHTML", \.bodyHTML),
        .list("documents", \.documents),
        .list("cases", \.cases),
        .bool("showsCases", \.showsCases),
        .bool("showsDocuments", \.showsDocuments),
        .optionalView("pager", \.pager),
        .optionalView("chart", \.chart),
    ]
}
