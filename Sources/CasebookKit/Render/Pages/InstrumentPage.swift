/// The values of a legal instrument's page (`instrument.mustache`).
public struct InstrumentPage: Sendable, Hashable {
    /// An article with its anchor (`id="{{anchor}}"`) and the citations of it.
    public struct ArticleView: Sendable, Hashable {
        public var number: String
        public var title: String?
        public var unofficialTitle: Bool
        public var anchor: String
        /// The newest citations, at most `InstrumentPage.listed`.
        public var citations: [CitationView]
        public var citationCount: Int
        /// How many older citations the page counts but does not list.
        public var unlistedCount: Int
        /// The counts written out: "3 citations", "2 older citations are counted above…".
        public var citationCountText: String
        public var unlistedText: String
    }

    /// How many citations the page lists under each article (newest first); all are counted.
    static let listed = 25

    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var title: String
    public var shortNames: [String]
    public var kind: LabelView
    public var symbol: String?
    public var adoptedBy: String?
    public var adopted: DateView?
    public var entryIntoForce: DateView?
    public var url: String?
    public var articles: [ArticleView]
    /// Citations of the instrument as a whole, or of articles it does not list.
    public var generalCitations: [CitationView]
    public var generalUnlistedCount: Int
    public var generalUnlistedText: String
    public var citationCount: Int
    /// "12 citations in 3 cases", in the page's language.
    public var citationSummary: String
    /// How many cases cite it.
    public var caseCount: Int
    public var bodyHTML: String

    static func model(_ instrument: Instrument, context: RenderContext) -> PageModel {
        let route = Route.instrument(instrument.slug)
        let entries = context.linked.citations.entries(citing: instrument.slug)
        let listed = Set(instrument.articles.map(\.number))
        let general = entries.filter { !($0.article.map(listed.contains) ?? false) }
        let (strings, cases) = (context.strings, Set(entries.map(\.caseSlug)).count)
        let byArticle = Dictionary(grouping: entries.filter { $0.article.map(listed.contains) ?? false }) { $0.article! }
        let values = InstrumentPage(
            site: context.site, page: context.page(route, title: instrument.title, description: instrument.title),
            t: context.strings.table, title: instrument.title, shortNames: instrument.shortNames,
            kind: context.strings.label("instrument_kind", instrument.kind.rawValue), symbol: instrument.symbol,
            adoptedBy: instrument.adoptedBy, adopted: instrument.adopted.map(context.date),
            entryIntoForce: instrument.entryIntoForce.map(context.date), url: instrument.url,
            articles: instrument.articles.map { article in
                let citations = byArticle[article.number] ?? []
                return ArticleView(
                    number: article.number, title: article.title, unofficialTitle: article.unofficialTitle, anchor: article.anchor,
                    citations: citations.prefix(Self.listed).map { CitationView($0, context: context, from: route) },
                    citationCount: citations.count, unlistedCount: max(0, citations.count - Self.listed),
                    citationCountText: strings.plural("citations_count", citations.count),
                    unlistedText: strings.plural("older_citations", max(0, citations.count - Self.listed)))
            },
            generalCitations: general.prefix(Self.listed).map { CitationView($0, context: context, from: route) },
            generalUnlistedCount: max(0, general.count - Self.listed),
            generalUnlistedText: strings.plural("older_citations", max(0, general.count - Self.listed)),
            citationCount: entries.count,
            citationSummary: strings.plural("citations_count", entries.count) + " " + strings.plural("in_cases_count", cases),
            caseCount: cases,
            bodyHTML: context.linked.body(route).html)
        return PageModel(template: "instrument", route: route, values: values)
    }
}

extension Article {
    /// The fragment an article is linked at: `article-19`, `article-5-a`.
    public var anchor: String { Self.anchor(for: number) }

    /// The fragment for an article number.
    public static func anchor(for number: String) -> String { "article-" + Slug.make(from: number) }
}

extension InstrumentPage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<InstrumentPage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("title", \.title),
        .texts("shortNames", \.shortNames),
        .view("kind", \.kind),
        .optionalText("symbol", \.symbol),
        .optionalText("adoptedBy", \.adoptedBy),
        .optionalView("adopted", \.adopted),
        .optionalView("entryIntoForce", \.entryIntoForce),
        .optionalText("url", \.url),
        .list("articles", \.articles),
        .list("generalCitations", \.generalCitations),
        .int("generalUnlistedCount", \.generalUnlistedCount),
        .text("generalUnlistedText", \.generalUnlistedText),
        .int("citationCount", \.citationCount),
        .text("citationSummary", \.citationSummary),
        .int("caseCount", \.caseCount),
        .html("bodyHTML", \.bodyHTML),
    ]
}

extension InstrumentPage.ArticleView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<InstrumentPage.ArticleView>] = [
        .text("number", \.number),
        .optionalText("title", \.title),
        .bool("unofficialTitle", \.unofficialTitle),
        .text("anchor", \.anchor),
        .list("citations", \.citations),
        .int("citationCount", \.citationCount),
        .int("unlistedCount", \.unlistedCount),
        .text("citationCountText", \.citationCountText),
        .text("unlistedText", \.unlistedText),
    ]
}
