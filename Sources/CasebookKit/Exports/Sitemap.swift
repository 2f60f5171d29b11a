/// `sitemap.xml` (sitemaps.org protocol 0.9): every page but the 404, archive pages of long lists included
/// (they keep their cases), with the date of its last change where known; past the protocol's limits, an
/// index of numbered sitemaps. On a site in several languages it lists every version of every page, each
/// with its alternates (`xhtml:link`), as the pages' `hreflang` do; pages that show their texts in another
/// language than their own are left out, as they name another version canonical.
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

    /// The most a sitemap file may hold under the protocol: 50,000 URLs and 50 MiB before compression.
    struct Limits: Sendable {
        var urls = 50_000
        var bytes = 50 * 1024 * 1024
    }

    /// The sitemap's files: `sitemap.xml` alone while the protocol's limits allow, otherwise `sitemap.xml`
    /// as an index of `sitemap-1.xml`, `sitemap-2.xml`… (each within the limits), found at `siteURL`.
    func files(siteURL: String, limits: Limits = Limits()) -> [OutputFile] {
        var parts = [Part(multilingual: multilingual)]
        for (url, lastModified, alternates) in entries {
            let line = "<url><loc>\(Escaping.xml(url))</loc>" + Self.lastmod(lastModified)
                + alternates.map { "<xhtml:link rel=\"alternate\" hreflang=\"\(Escaping.xml($0.hreflang))\" href=\"\(Escaping.xml($0.href))\"/>" }.joined()
                + "</url>\n"
            if !parts[parts.count - 1].takes(line, within: limits) { parts.append(Part(multilingual: multilingual)) }
            parts[parts.count - 1].add(line, lastModified: lastModified)
        }
        guard parts.count > 1 else { return [OutputFile(path: "sitemap.xml", contents: parts[0].contents)] }
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        var files: [OutputFile] = []
        for (number, part) in parts.enumerated() {
            let path = "sitemap-\(number + 1).xml"
            index += "<sitemap><loc>\(Escaping.xml(siteURL + path))</loc>" + Self.lastmod(part.lastModified) + "</sitemap>\n"
            files.append(OutputFile(path: path, contents: part.contents))
        }
        return [OutputFile(path: "sitemap.xml", contents: Array((index + "</sitemapindex>\n").utf8))] + files
    }

    private static func lastmod(_ day: Day?) -> String {
        day.map { "<lastmod>\($0.iso)</lastmod>" } ?? ""
    }

    /// One sitemap file being filled: its URL lines, how many, and the latest change among them.
    private struct Part {
        var xml: String
        var count = 0
        var lastModified: Day?
        static let closing = "</urlset>\n"

        init(multilingual: Bool) {
            xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + (multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n")
        }

        /// Whether `line` still fits; an empty part takes any line.
        func takes(_ line: String, within limits: Limits) -> Bool {
            count == 0 || (count < limits.urls && xml.utf8.count + line.utf8.count + Self.closing.utf8.count <= limits.bytes)
        }

        mutating func add(_ line: String, lastModified day: Day?) {
            xml += line
            count += 1
            if let day { lastModified = max(lastModified ?? day, day) }
        }

        var contents: [UInt8] { Array((xml + Self.closing).utf8) }
    }
}
