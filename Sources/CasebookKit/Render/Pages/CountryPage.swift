/// The values of a page of a country's cases (`country.mustache`), newest first.
public struct CountryPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var name: String
    public var code: String
    public var cases: [CaseSummaryView]
    /// The country's Atom feed, beside its front page.
    public var feedHref: String
    public var pager: PagerView?
    /// Its cases per year, on the front page.
    public var chart: YearChart?

    static func model(_ country: Country, page number: Int, context: RenderContext) -> PageModel {
        let list = CaseList.country(country.code)
        let pagination = context.pagination(.country(country.code), page: number, of: list)
        let values = CountryPage(
            site: context.site, page: context.page(pagination, title: country.name, description: country.name),
            t: context.strings.table, name: country.name, code: country.code, cases: context.summaries(list, on: pagination),
            feedHref: pagination.backToList + "feed.xml",
            pager: pagination.pager(strings: context.strings), chart: context.yearChart(list, on: pagination, title: country.name))
        return PageModel(template: "country", route: pagination.route, values: values)
    }
}

extension CountryPage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<CountryPage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("name", \.name),
        .text("code", \.code),
        .list("cases", \.cases),
        .text("feedHref", \.feedHref),
        .optionalView("pager", \.pager),
        .optionalView("chart", \.chart),
    ]
}
