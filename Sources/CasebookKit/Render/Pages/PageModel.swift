/// A page ready for a template: which template, where it goes, and the values it shows.
public struct PageModel: Sendable {
    /// The template's name in `templates/`, without `.mustache`.
    public var template: String
    public var route: Route
    /// The values the template reads; a struct whose stored properties are the template's variables.
    public var values: any Sendable & Hashable
}
