/// `sitemap.xml` (sitemaps.org protocol 0.9): every page but the 404, archive pages of long lists included
/// (they keep their cases), with the date of its last change where known. On a site in several languages it
/// lists every version of every page, each with its alternates (`xhtml:link`), as the pages' `hreflang` do;
/// pages that show their texts in another language than their own are left out, as they name another
/// version canonical.
struct Sitemap: Sendable {
    var entries: [(url: String, lastModified: Day?, alternates: [AlternateView])]
    /// Whether the site has several languages, whose alternates the sitemap lists.
    var multilingual = false

    /// The sitemap of the pages at `routes`.
    init(routes: [Route], context: RenderContext) {
        let index = context.index
        var changed: [Route: Day] = [:]
        for caseFile in index.cases {
            changed[.caseFile(caseFile.slug)] = caseFile.lastChange
            for document in caseFile.documents { changed[.document(caseSlug: caseFile.slug, slug: document.slug)] = document.date }
        }
        multilingual = index.config.isMultilingual
        entries = routes.filter { $0 != .notFound }.flatMap { route in
            let localization = context.localization(of: route)
            let versions = context.versions(of: route, localization: localization)
            guard !versions.isEmpty else { return [(context.url(route), changed[route], [AlternateView]())] }
            let alternates = versions.count < 2 ? [] : versions.map { AlternateView(hreflang: $0.hreflang, href: context.url(route, in: $0.site)) }
                + [AlternateView(hreflang: "x-default", href: context.url(route, in: context.mainVersion(of: versions, localization: localization)))]
            return versions.map { (context.url(route, in: $0.site), changed[route], alternates) }
        }
    }

    /// The sitemap's XML.
    var xml: String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + (multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n")
        for (url, lastModified, alternates) in entries {
            xml += "<url><loc>\(Escaping.xml(url))</loc>" + (lastModified.map { "<lastmod>\($0.iso)</lastmod>" } ?? "")
                + alternates.map { "<xhtml:link rel=\"alternate\" hreflang=\"\(Escaping.xml($0.hreflang))\" href=\"\(Escaping.xml($0.href))\"/>" }.joined()
                + "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
