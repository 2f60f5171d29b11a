/// A page ready for a template: which template, where it goes, and the values it shows.
public struct PageModel: Sendable {
    /// The template's name in `templates/`, without `.mustache`.
    public var template: String
    public var route: Route
    /// The values the template reads: a view whose declared fields are the names its template may use.
    public var values: any TemplateView
}
