/// The values of a page with nothing but the layout's: the search page (`search.mustache`) and the
/// page shown for a missing URL (`404.mustache`).
public struct PlainPage: Sendable, Hashable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    /// The forms of "n results" the page's language uses, for the search script.
    public var resultForms: [PluralFormView]
    /// The page's language on a site in several languages, whose search looks in its own pages first.
    public var ownLanguage: String?

    static func models(context: RenderContext) -> [PageModel] {
        func model(_ route: Route, template: String, titleKey: String) -> PageModel {
            let title = context.strings[titleKey]
            let forms = context.strings.pluralForms("search_result").map { PluralFormView(category: $0.category, text: $0.text) }
            let values = PlainPage(
                site: context.site, page: context.page(route, title: title, description: title), t: context.strings.table, resultForms: forms,
                ownLanguage: context.index.config.isMultilingual ? context.index.config.language : nil)
            return PageModel(template: template, route: route, values: values)
        }
        let search = model(.search, template: "search", titleKey: "nav_search")
        // Static hosts serve the site's one 404 page for any missing address, in the default language.
        let config = context.index.config
        guard config.language == config.defaultLanguage else { return [search] }
        return [search, model(.notFound, template: "404", titleKey: "not_found_title")]
    }
}

extension PlainPage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<PlainPage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .list("resultForms", \.resultForms),
        .optionalText("ownLanguage", \.ownLanguage),
    ]
}
