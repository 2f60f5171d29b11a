/// The JSON-LD (schema.org) describing each page: cases as articles about an event, defenders as
/// `Person`, organizations and mandates as `Organization`, instruments and articles as `Legislation`.
/// People appear only under the name their visibility allows.
struct StructuredData {
    let context: RenderContext

    /// The description of the page at `route`.
    func json(for route: Route, title: String, description: String) -> JSONValue {
        let index = context.index
        let page: [(String, JSONValue)] = [("@id", .string(context.url(route))), ("url", .string(context.url(route))), ("name", .string(title))]
        var entity: [(String, JSONValue)]
        switch route {
        case .caseFile(let slug):
            guard let caseFile = index.caseFile(slug) else { return .null }
            entity = article(caseFile)
        case .document(let caseSlug, let slug):
            guard let caseFile = index.caseFile(caseSlug),
                let document = caseFile.documents.first(where: { $0.slug == slug })
            else { return .null }
            entity = article(document, of: caseFile)
        case .defender(let slug):
            guard let defender = index.defender(publicSlug: slug) else { return .null }
            entity = [("@type", .string("ProfilePage")), ("mainEntity", person(defender))]
        case .organization(let slug):
            guard let organization = index.organization(slug) else { return .null }
            entity = [("@type", .string("AboutPage")), ("mainEntity", self.organization(organization))]
        case .mandate(let slug):
            guard let mandate = index.mandate(slug) else { return .null }
            entity = [("@type", .string("AboutPage")), ("mainEntity", self.mandate(mandate))]
        case .instrument(let slug):
            guard let instrument = index.instrument(slug) else { return .null }
            entity = [("@type", .string("WebPage")), ("mainEntity", legislation(instrument))]
        case .country(let code):
            entity = [("@type", .string("CollectionPage")), ("about", country(code))]
        case .home:
            entity = [("@type", .string("WebSite")), ("potentialAction", searchAction)]
        case .search:
            entity = [("@type", .string("SearchResultsPage"))]
        case .caseList, .defenderList, .organizationList, .mandateList, .countryList, .instrumentList, .yearList, .year, .page:
            entity = [("@type", .string("CollectionPage"))]
        case .notFound:
            return .null
        }
        var members = [("@context", JSONValue.string("https://schema.org"))] + entity.prefix(1) + page + entity.dropFirst()
        members.append(("description", .string(description)))
        members.append(("inLanguage", .string(index.config.language)))
        if route != .home {
            let site = JSONValue.object([("@type", .string("WebSite")), ("name", .string(index.config.title)), ("url", .string(context.url(.home)))])
            // A document is part of its case as well as of the site: one key holding both, never the key twice.
            if let at = members.firstIndex(where: { $0.0 == "isPartOf" }) {
                members[at].1 = .array([members[at].1, site])
            } else {
                members.append(("isPartOf", site))
            }
        }
        return .object(members)
    }

    /// The `<script type="application/ld+json">` content; `Escaping.jsonString` keeps `<` out of it.
    func html(for route: Route, title: String, description: String) -> String? {
        let json = json(for: route, title: title, description: description)
        if case .null = json { return nil }
        return json.serialized(pretty: false)
    }

    private var searchAction: JSONValue {
        .object([
            ("@type", .string("SearchAction")),
            ("target", .string(context.url(.search) + "?q={search_term_string}")),
            ("query-input", .string("required name=search_term_string")),
        ])
    }

    func link(_ type: String, _ route: Route, name: String) -> JSONValue {
        .object([("@type", .string(type)), ("@id", .string(context.url(route))), ("name", .string(name))])
    }

    func country(_ code: String) -> JSONValue {
        .object([("@type", .string("Country")), ("name", .string(Country.name(of: code, in: context.index.config.language))), ("identifier", .string(code))])
    }
}
