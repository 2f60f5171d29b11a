/// The values of a legal instrument's page (`instrument.mustache`).
public struct InstrumentPage: Sendable {
    /// An article with its anchor, `id="{{anchor}}"`.
    public struct ArticleView: Sendable, Hashable {
        public var number: String
        public var title: String?
        public var unofficialTitle: Bool
        public var anchor: String
    }

    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var title: String
    public var shortNames: [String]
    public var kind: LabelView
    public var symbol: String?
    public var adopted: DateView?
    public var entryIntoForce: DateView?
    public var url: String?
    public var articles: [ArticleView]
    public var bodyHTML: String

    static func model(_ instrument: Instrument, context: RenderContext) -> PageModel {
        let route = Route.instrument(instrument.slug)
        let values = InstrumentPage(
            site: context.site, page: context.page(route, title: instrument.title, description: instrument.title),
            t: context.strings.table, title: instrument.title, shortNames: instrument.shortNames,
            kind: context.strings.label("instrument_kind", instrument.kind.rawValue), symbol: instrument.symbol,
            adopted: instrument.adopted.map(context.date), entryIntoForce: instrument.entryIntoForce.map(context.date),
            url: instrument.url,
            articles: instrument.articles.map {
                ArticleView(number: $0.number, title: $0.title, unofficialTitle: $0.unofficialTitle, anchor: $0.anchor)
            },
            bodyHTML: MarkdownRenderer.render(instrument.body.source).html)
        return PageModel(template: "instrument", route: route, values: values)
    }
}

extension Article {
    /// The fragment an article is linked at: `article-19`, `article-5-a`.
    public var anchor: String { "article-" + Slug.make(from: number) }
}
