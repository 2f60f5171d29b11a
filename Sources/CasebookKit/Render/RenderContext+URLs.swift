extension RenderContext {
    /// A page's stable address: absolute under `base_url`, else from the site root (`/cases/x/`).
    func url(_ route: Route) -> String { url(route, in: index.config.language) }

    /// The address of the page at `route` in `language`.
    func url(_ route: Route, in language: String) -> String {
        let config = index.config
        return (config.baseURL ?? "/") + config.folder(of: language) + route.path
    }

    /// Whether addresses are absolute, as sitemaps and feed readers need.
    var hasBaseURL: Bool { index.config.baseURL != nil }
}
