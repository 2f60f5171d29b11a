/// The values of a page of the list of all cases, or of a year's cases (`cases.mustache`).
public struct CaseListPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var heading: String
    public var cases: [CaseSummaryView]
    public var pager: PagerView?

    /// The lists this page type shows, with their routes.
    static func route(of list: CaseList) -> Route { if case .year(let year) = list { .year(year) } else { .caseList } }

    /// Page `number` of `list` (0 for its front page): all cases, or a year's.
    static func model(_ list: CaseList, page number: Int, context: RenderContext) -> PageModel {
        let title: String
        if case .year(let year) = list {
            title = context.strings["year_title"].filling(["year": String(year)])
        } else {
            title = context.strings["nav_cases"]
        }
        let pagination = context.pagination(route(of: list), page: number, of: list)
        let values = CaseListPage(
            site: context.site,
            page: context.page(pagination, title: title, description: context.index.config.description ?? title),
            t: context.strings.table, heading: title, cases: context.summaries(list, on: pagination),
            pager: pagination.pager(strings: context.strings))
        return PageModel(template: "cases", route: pagination.route, values: values)
    }
}

extension CaseListPage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<CaseListPage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("heading", \.heading),
        .list("cases", \.cases),
        .optionalView("pager", \.pager),
    ]
}
