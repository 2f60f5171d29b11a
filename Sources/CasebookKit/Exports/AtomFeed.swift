/// An Atom feed (RFC 4287) of cases, newest change first: the site's and one per country.
struct AtomFeed: Sendable {
    /// How many entries a feed holds.
    static let limit = 50

    var title: String
    /// The feed's own address, and the page it stands for.
    var selfURL: String
    var pageURL: String
    var cases: [CaseFile]

    /// The feed's XML; every value escaped by `Escaping.xml`.
    func xml(context: RenderContext) -> String {
        let entries = cases.sorted { ($0.lastChange, $1.slug) > ($1.lastChange, $0.slug) }.prefix(Self.limit)
        let updated = entries.first.map { Self.timestamp($0.lastChange) } ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escaping.xml(context.index.config.language))">
            <title>\(Escaping.xml(title))</title>
            <id>\(Escaping.xml(Self.identifier(selfURL)))</id>
            <link rel="self" type="application/atom+xml" href="\(Escaping.xml(selfURL))"/>
            <link rel="alternate" type="text/html" href="\(Escaping.xml(pageURL))"/>
            <updated>\(updated)</updated>
            <author><name>\(Escaping.xml(context.index.config.title))</name></author>

            """
        for caseFile in entries {
            let url = context.url(.caseFile(caseFile.slug))
            let country = Country.name(of: caseFile.country.value, in: context.index.config.language)
            // An entry whose texts are in another language than the feed's says so.
            let language = caseFile.language.flatMap { $0 == context.index.config.language ? nil : " xml:lang=\"\(Escaping.xml($0))\"" } ?? ""
            xml += """
                <entry\(language)>
                <title>\(Escaping.xml(caseFile.title))</title>
                <id>\(Escaping.xml(Self.identifier(url)))</id>
                <link rel="alternate" type="text/html" href="\(Escaping.xml(url))"/>
                <published>\(Self.timestamp(caseFile.date))</published>
                <updated>\(Self.timestamp(caseFile.lastChange))</updated>
                <category term="\(Escaping.xml(caseFile.country.value))" label="\(Escaping.xml(country))"/>

                """
            for violation in caseFile.violations {
                xml += "<category term=\"\(Escaping.xml(Slug.make(from: violation)))\" label=\"\(Escaping.xml(violation))\"/>\n"
            }
            xml += "<summary type=\"text\">\(Escaping.xml(caseFile.summary))</summary>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// An entry id must be an absolute IRI: the URL when the site has a `base_url`, else a URN built from the path.
    static func identifier(_ url: String) -> String {
        url.hasPrefix("/") ? "urn:casebook:" + url.split(separator: "/").joined(separator: ":") : url
    }

    static func timestamp(_ day: Day) -> String { day.iso + "T00:00:00Z" }
}

extension CaseFile {
    /// When the case last changed: its `updated` date, else the date of its events.
    var lastChange: Day { self.updated ?? self.date }
}
