extension StructuredData {
    /// A case page: an article about the event, its place, the people it concerns and the law it cites.
    func article(_ caseFile: CaseFile) -> [(String, JSONValue)] {
        var place: [(String, JSONValue)] = [("@type", .string("Place"))]
        var address: [(String, JSONValue)] = [("@type", .string("PostalAddress")), ("addressCountry", .string(caseFile.country.value))]
        if let locality = caseFile.place {
            place.append(("name", .string(locality)))
            address.append(("addressLocality", .string(locality)))
        }
        place.append(("address", .object(address)))
        let event = JSONValue.object([
            ("@type", .string("Event")), ("name", .string(caseFile.title)), ("startDate", .string(caseFile.date.iso)),
            ("location", .object(place)), ("about", .array(people(caseFile.defenders))),
        ])
        return [
            ("@type", .string("Article")), ("headline", .string(caseFile.title)), ("datePublished", .string(caseFile.date.iso)),
            ("dateModified", .string(caseFile.lastChange.iso)), ("about", event),
            ("contentLocation", country(caseFile.country.value)),
            ("keywords", .array(caseFile.violations.map(JSONValue.string))),
            ("citation", .array(cited(inCase: caseFile.slug))),
            ("hasPart", .array(caseFile.documents.map { link("Article", .document(caseSlug: caseFile.slug, slug: $0.slug), name: $0.label) })),
        ]
    }

    /// A source document: an article by its issuer, part of its case's page.
    func article(_ document: SourceDocument, of caseFile: CaseFile) -> [(String, JSONValue)] {
        let route = Route.document(caseSlug: caseFile.slug, slug: document.slug)
        let citations = context.linked.citations.entries(inCase: caseFile.slug).filter { $0.source == route }
        return [
            ("@type", .string("Article")), ("headline", .string(document.title)), ("identifier", .string(document.label)),
            ("datePublished", .string(document.date.iso)),
            ("author", .object([("@type", .string("Organization")), ("name", .string(document.issuer))])),
            ("about", .array(people(caseFile.defenders))), ("contentLocation", country(caseFile.country.value)),
            ("citation", .array(legislation(citing: citations))),
            ("isPartOf", link("Article", .caseFile(caseFile.slug), name: caseFile.title)),
        ] + (document.sourceURL.map { [("sameAs", JSONValue.string($0))] } ?? [])
    }

    /// A defender under the name their visibility allows; variants only when the name is public.
    /// A reference (`described: false`) gives only the name and the profile's `@id`, which describes the rest.
    func person(_ defender: Defender, described: Bool = true) -> JSONValue {
        guard let name = defender.publicName, let slug = defender.publicSlug else {
            return .object([("@type", .string("Person")), ("description", .string(defender.withheldAs ?? context.strings["withheld_defender"]))])
        }
        var members: [(String, JSONValue)] = [("@type", .string("Person")), ("@id", .string(context.url(.defender(slug)))), ("name", .string(name))]
        guard described else { return .object(members) }
        if defender.visibility == .public, !defender.variants.isEmpty { members.append(("alternateName", .array(defender.variants.map(JSONValue.string)))) }
        if let code = defender.country?.value { members.append(("homeLocation", country(code))) }
        let organizations = defender.organizations.compactMap { context.index.organization($0.value) }
        if !organizations.isEmpty {
            members.append(("memberOf", .array(organizations.map { link("Organization", .organization($0.slug), name: $0.name) })))
        }
        return .object(members)
    }

    func organization(_ organization: Organization) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@type", .string("Organization")), ("@id", .string(context.url(.organization(organization.slug)) + "#organization")),
            ("name", .string(organization.name)),
        ]
        if let short = organization.shortName { members.append(("alternateName", .string(short))) }
        if let website = organization.website { members.append(("sameAs", .string(website))) }
        if let code = organization.country?.value { members.append(("location", country(code))) }
        return .object(members)
    }

    func mandate(_ mandate: Mandate) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@type", .string("GovernmentOrganization")), ("name", .string(mandate.name)),
            ("parentOrganization", .object([("@type", .string("Organization")), ("name", .string("United Nations Human Rights Council"))])),
        ]
        if let short = mandate.shortName { members.append(("alternateName", .string(short))) }
        if let website = mandate.website { members.append(("sameAs", .string(website))) }
        return .object(members)
    }

    /// An instrument as `Legislation`, its articles as parts that point back to it.
    func legislation(_ instrument: Instrument) -> JSONValue {
        let url = context.url(.instrument(instrument.slug))
        let identifier = instrument.symbol ?? instrument.shortNames.first ?? instrument.title
        var members: [(String, JSONValue)] = [
            ("@type", .string("Legislation")), ("@id", .string(url + "#instrument")), ("name", .string(instrument.title)),
            ("legislationIdentifier", .string(identifier)),
            ("legislationType", .string(context.strings.label("instrument_kind", instrument.kind.rawValue).label)),
        ]
        if !instrument.shortNames.isEmpty { members.append(("alternateName", .array(instrument.shortNames.map(JSONValue.string)))) }
        if let adopted = instrument.adopted { members.append(("legislationDate", .string(adopted.iso))) }
        if let official = instrument.url { members.append(("sameAs", .string(official))) }
        members.append(("hasPart", .array(instrument.articles.map { article in
            .object([
                ("@type", .string("Legislation")), ("@id", .string(url + "#article-" + article.number)),
                ("name", .string("\(context.strings["article"]) \(article.number)" + (article.title.map { ": " + $0 } ?? ""))),
                ("legislationIdentifier", .string("\(identifier), art. \(article.number)")),
                ("isPartOf", .object([("@id", .string(url + "#instrument"))])),
            ])
        })))
        return .object(members)
    }

    /// The people a case or document concerns, as references to their profiles.
    private func people(_ slugs: [Located<String>]) -> [JSONValue] {
        slugs.compactMap { context.index.defender($0.value) }.map { person($0, described: false) }
    }

    private func cited(inCase slug: String) -> [JSONValue] {
        legislation(citing: context.linked.citations.entries(inCase: slug))
    }

    /// Each instrument the entries cite, once, followed by the articles of it they cite as bare `@id`
    /// references, in the order of their addresses. The instrument's page describes it and its articles:
    /// here it is named by its symbol or short name, and by its title only when it has neither.
    private func legislation(citing entries: [CitationIndex.Entry]) -> [JSONValue] {
        var articles: [String: Set<String>] = [:]
        for entry in entries {
            guard case .instrument(let slug) = entry.target else { continue }
            articles[slug, default: []].formUnion(entry.article.map { [$0] } ?? [])
        }
        var cited: [String: (instrument: Instrument, articles: Set<String>)] = [:]
        for (slug, numbers) in articles {
            guard let instrument = context.index.instrument(slug) else { continue }
            let url = context.url(.instrument(slug))
            cited[url] = (instrument, Set(numbers.map { url + "#article-" + $0 }))
        }
        return cited.sorted { $0.key < $1.key }.flatMap { url, cited in
            let instrument = cited.instrument
            let name = (instrument.symbol ?? instrument.shortNames.first).map { ("legislationIdentifier", JSONValue.string($0)) }
            return [.object([("@type", .string("Legislation")), ("@id", .string(url + "#instrument")), name ?? ("name", .string(instrument.title))])]
                + cited.articles.sorted().map { JSONValue.object([("@id", .string($0))]) }
        }
    }
}
