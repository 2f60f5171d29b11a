/// The values of the page shown for a missing URL (`404.mustache`).
public struct NotFoundPage: Sendable {
    public var site: SiteView
    public var page: PageView
    public var t: [String: String]

    static func model(context: RenderContext) -> PageModel {
        let title = context.strings["not_found_title"]
        let values = NotFoundPage(
            site: context.site, page: context.page(.notFound, title: title, description: title), t: context.strings.table)
        return PageModel(template: "404", route: .notFound, values: values)
    }
}
