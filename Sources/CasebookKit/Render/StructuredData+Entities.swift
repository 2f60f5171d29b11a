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
            ("hasPart", .array(caseFile.documents.map { link("Article", .document(caseSlug: caseFile.slug, slug: $0.slug), name: $0.reference) })),
        ]
    }

    /// A source document: an article by its issuer, part of its case's page.
    func article(_ document: SourceDocument, of caseFile: CaseFile) -> [(String, JSONValue)] {
        let route = Route.document(caseSlug: caseFile.slug, slug: document.slug)
        let citations = context.linked.citations.entries(inCase: caseFile.slug).filter { $0.source == route }
        return [
            ("@type", .string("Article")), ("headline", .string(document.title)), ("identifier", .string(document.reference)),
            ("datePublished", .string(document.date.iso)),
            ("author", .object([("@type", .string("Organization")), ("name", .string(document.issuer))])),
            ("about", .array(people(caseFile.defenders))), ("contentLocation", country(caseFile.country.value)),
            ("citation", .array(legislation(citing: citations))),
            ("isPartOf", link("Article", .caseFile(caseFile.slug), name: caseFile.title)),
        ] + (document.sourceURL.map { [("sameAs", JSONValue.string($0))] } ?? [])
    }

    /// A defender under the name their visibility allows; variants only when the name is public.
    func person(_ defender: Defender) -> JSONValue {
        guard let name = defender.publicName, let slug = defender.publicSlug else {
            return .object([("@type", .string("Person")), ("description", .string(defender.withheldAs ?? context.strings["withheld_defender"]))])
        }
        var members: [(String, JSONValue)] = [("@type", .string("Person")), ("@id", .string(context.url(.defender(slug)))), ("name", .string(name))]
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

    private func people(_ slugs: [Located<String>]) -> [JSONValue] {
        slugs.compactMap { context.index.defender($0.value) }.map(person(_:))
    }

    private func cited(inCase slug: String) -> [JSONValue] {
        legislation(citing: context.linked.citations.entries(inCase: slug))
    }

    /// Each instrument or article the entries cite, once, in the order of their addresses.
    private func legislation(citing entries: [CitationIndex.Entry]) -> [JSONValue] {
        var cited: [String: String] = [:]
        for entry in entries {
            guard case .instrument(let slug) = entry.citation.target, let instrument = context.index.instrument(slug) else { continue }
            let url = context.url(.instrument(slug))
            cited[entry.citation.article.map { url + "#article-" + $0 } ?? url + "#instrument"] = instrument.title
        }
        return cited.sorted { $0.key < $1.key }.map { id, name in
            .object([("@type", .string("Legislation")), ("@id", .string(id)), ("name", .string(name))])
        }
    }
}
