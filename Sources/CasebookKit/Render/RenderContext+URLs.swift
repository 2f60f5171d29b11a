extension RenderContext {
    /// A page's stable address: absolute under `base_url`, else from the site root (`/cases/x/`).
    func url(_ route: Route) -> String { (index.config.baseURL ?? "/") + route.path }

    /// Whether addresses are absolute, as sitemaps and feed readers need.
    var hasBaseURL: Bool { index.config.baseURL != nil }
}
