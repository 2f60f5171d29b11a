/// `sitemap.xml` (sitemaps.org protocol 0.9): every page but the 404, archive pages of long lists included
/// (they keep their cases), with the date of its last change where known.
struct Sitemap: Sendable {
    var entries: [(url: String, lastModified: Day?)]

    /// The sitemap of the pages at `routes`.
    init(routes: [Route], context: RenderContext) {
        let index = context.index
        var changed: [Route: Day] = [:]
        for caseFile in index.cases {
            changed[.caseFile(caseFile.slug)] = caseFile.lastChange
            for document in caseFile.documents { changed[.document(caseSlug: caseFile.slug, slug: document.slug)] = document.date }
        }
        entries = routes.filter { $0 != .notFound }.map { (context.url($0), changed[$0]) }
    }

    /// The sitemap's XML.
    var xml: String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (url, lastModified) in entries {
            xml += "<url><loc>\(Escaping.xml(url))</loc>" + (lastModified.map { "<lastmod>\($0.iso)</lastmod>" } ?? "") + "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
