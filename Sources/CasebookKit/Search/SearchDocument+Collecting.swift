extension SearchDocument {
    /// Every published page worth finding, in index order (see `parts(context:)`).
    static func all(context: RenderContext) -> [SearchDocument] {
        parts(context: context).makeAll().flatMap { $0 }
    }

    /// The documents of `all(context:)` in parts made independently, keyed as the page groups are.
    /// Each part looks its subject up in the index, so that it reads it.
    ///
    /// Ids run in the order pages arrive, so that a new case takes the next ids and no other page's id
    /// moves: organizations, mandates, instruments and defenders named in no case first, then each case
    /// from the oldest, after the defenders it is the first to name and its documents (both reversed).
    /// Read backwards, which is how the search page breaks ties, that is newest case first, each
    /// followed by its documents and its new defenders, then the rest.
    static func parts(context: RenderContext) -> [Part<[SearchDocument]>] {
        let collector = Collector(context: context)
        let index = context.index
        var firstCase: [String: String] = [:]
        for caseFile in index.cases.reversed() {
            for defender in caseFile.defenders where firstCase[defender.value] == nil { firstCase[defender.value] = caseFile.slug }
        }
        let named = Dictionary(grouping: index.defenders.filter { firstCase[$0.slug] != nil }) { firstCase[$0.slug] ?? "" }
        let defender = { (defender: Defender) in
            Part(key: "defender/" + defender.slug) { index.defender(defender.slug).flatMap(collector.document(_:)).map { [$0] } ?? [] }
        }
        var shown: [Part<[SearchDocument]>] = []
        for caseFile in index.cases {
            shown.append(Part(key: "case/" + caseFile.slug) {
                guard let caseFile = index.caseFile(caseFile.slug) else { return [] }
                let cited = collector.cited(in: caseFile)
                let documents = caseFile.documents.map { document in
                    collector.document(document, of: caseFile, cited: cited[.document(caseSlug: caseFile.slug, slug: document.slug)] ?? [])
                }
                return documents.reversed() + [collector.document(caseFile, cited: cited[.caseFile(caseFile.slug)] ?? [])]
            })
            shown += (named[caseFile.slug] ?? []).map(defender)
        }
        shown += index.defenders.filter { firstCase[$0.slug] == nil }.map(defender)
        shown += index.organizations.map { organization in
            Part(key: "organization/" + organization.slug) { index.organization(organization.slug).map { [collector.document($0)] } ?? [] }
        }
        shown += index.mandates.map { mandate in
            Part(key: "mandate/" + mandate.slug) { index.mandate(mandate.slug).map { [collector.document($0)] } ?? [] }
        }
        shown += index.instruments.map { instrument in
            Part(key: "instrument/" + instrument.slug) { index.instrument(instrument.slug).map { [collector.document($0)] } ?? [] }
        }
        return shown.reversed()
    }
}

/// Reads each page's searchable text and filter values from the linked site.
private struct Collector: Sendable {
    let context: RenderContext
    /// Thousands of pages carry the same filter values: each is kept once, not once a page.
    private let shared = SharedValues<FacetValue>()

    init(context: RenderContext) {
        self.context = context
    }

    /// The filter value `value` of `facet`, shown as `label`, as one shared copy.
    private func facetValue(_ facet: SearchFacet, value: String, label: String) -> FacetValue {
        shared.intern(FacetValue(facet: facet, value: value, label: label))
    }

    /// The instruments and articles a case's texts cite, for the case (all of them) and for each of its documents.
    func cited(in caseFile: CaseFile) -> [Route: [FacetValue]] {
        var parts: [Route: Set<CitedPart>] = [:]
        for entry in context.linked.citations.entries(inCase: caseFile.slug) {
            guard case .instrument(let slug) = entry.target else { continue }
            let part = CitedPart(slug: slug, article: entry.article)
            parts[entry.source, default: []].insert(part)
            parts[.caseFile(entry.caseSlug), default: []].insert(part)
        }
        var values: [CitedPart: [FacetValue]] = [:]
        var cited: [Route: [FacetValue]] = [:]
        for (route, routeParts) in parts {
            var routeValues: Set<FacetValue> = []
            for part in routeParts {
                let partValues = values[part] ?? facetValues(part)
                values[part] = partValues
                routeValues.formUnion(partValues)
            }
            cited[route] = routeValues.sorted { $0.key < $1.key }
        }
        return cited
    }

    /// An instrument, or an article of one, that a text cites.
    private struct CitedPart: Hashable {
        var slug: String
        var article: String?
    }

    /// The filter values of a cited instrument or article: the instrument's, and the article's if any.
    private func facetValues(_ part: CitedPart) -> [FacetValue] {
        guard let instrument = context.index.instrument(part.slug) else { return [] }
        let name = instrument.shortNames.first ?? instrument.title
        var values = [facetValue(.instrument, value: instrument.slug, label: name)]
        if let article = part.article {
            let label = context.strings["facet_article_value"].filling(["instrument": name, "article": article])
            values.append(facetValue(.article, value: "\(instrument.slug)-\(article)", label: label))
        }
        return values
    }

    var strings: InterfaceStrings { context.strings }

    func document(_ caseFile: CaseFile, cited: [FacetValue]) -> SearchDocument {
        let route = Route.caseFile(caseFile.slug)
        let defenders = caseFile.defenders.compactMap { context.index.defender($0.value) }
        var facets = [kind("case", label: strings["kind_case"])] + place(caseFile.country.value, caseFile.date)
        facets += defenders.compactMap(person(_:))
        facets += caseFile.organizations.compactMap { context.index.organization($0.value) }.map(organization(_:))
        facets += caseFile.violations.map { facetValue(.violation, value: Slug.make(from: $0), label: $0) }
        facets += caseFile.mandates.compactMap { context.index.mandate($0.value) }.map(mandate(_:))
        facets += cited + language(of: caseFile.localization)
        return SearchDocument(
            title: caseFile.title, path: route.path, date: caseFile.date, summary: caseFile.summary,
            names: defenders.flatMap(names(_:)), body: context.linked.plainText(route), facets: unique(facets))
    }

    func document(_ document: SourceDocument, of caseFile: CaseFile, cited: [FacetValue]) -> SearchDocument {
        let route = Route.document(caseSlug: caseFile.slug, slug: document.slug)
        let defenders = caseFile.defenders.compactMap { context.index.defender($0.value) }
        var facets = [kind(document.kind.rawValue, label: strings.label("document_kind", document.kind.rawValue).label)]
        facets += place(caseFile.country.value, document.date) + defenders.compactMap(person(_:))
        facets += (document.organizations + caseFile.organizations).compactMap { context.index.organization($0.value) }.map(organization(_:))
        facets += document.mandates.compactMap { context.index.mandate($0.value) }.map(mandate(_:))
        facets += cited + language(of: document.localization)
        facets.append(facetValue(.issuer, value: Slug.make(from: document.issuer), label: document.issuer))
        return SearchDocument(
            title: document.headline, path: route.path, date: document.date,
            summary: "\(document.issuer) · \(caseFile.title)", names: defenders.flatMap(names(_:)),
            body: context.linked.plainText(route), facets: unique(facets))
    }

    func document(_ defender: Defender) -> SearchDocument? {
        guard let name = defender.publicName, let slug = defender.publicSlug else { return nil }
        let route = Route.defender(slug)
        var facets = [kind("defender", label: strings["kind_defender"])]
        facets += defender.country.map { [country($0.value)] } ?? []
        facets += person(defender).map { [$0] } ?? []
        facets += defender.organizations.compactMap { context.index.organization($0.value) }.map(organization(_:))
        facets += language(of: defender.localization)
        return SearchDocument(
            title: name, path: route.path, date: nil, summary: defender.focus.joined(separator: ", "), names: names(defender),
            body: context.linked.plainText(route), facets: facets)
    }

    func document(_ organization: Organization) -> SearchDocument {
        let route = Route.organization(organization.slug)
        var facets = [kind("organization", label: strings["kind_organization"]), self.organization(organization)]
        facets += organization.country.map { [country($0.value)] } ?? []
        facets += language(of: organization.localization)
        return SearchDocument(
            title: organization.name, path: route.path, date: nil, summary: organization.shortName ?? "",
            names: organization.shortName.map { [$0] } ?? [], body: context.linked.plainText(route), facets: facets)
    }

    func document(_ mandate: Mandate) -> SearchDocument {
        let route = Route.mandate(mandate.slug)
        return SearchDocument(
            title: mandate.name, path: route.path, date: nil, summary: mandate.establishedBy ?? "",
            names: mandate.shortName.map { [$0] } ?? [], body: context.linked.plainText(route),
            facets: [kind("mandate", label: strings["kind_mandate"]), self.mandate(mandate)] + language(of: mandate.localization))
    }

    func document(_ instrument: Instrument) -> SearchDocument {
        let route = Route.instrument(instrument.slug)
        let name = instrument.shortNames.first ?? instrument.title
        return SearchDocument(
            title: instrument.title, path: route.path, date: nil, summary: instrument.symbol ?? "",
            names: instrument.shortNames + [instrument.symbol].compactMap { $0 }, body: context.linked.plainText(route),
            facets: [kind("instrument", label: strings["kind_instrument"]), facetValue(.instrument, value: instrument.slug, label: name)]
                + language(of: instrument.localization))
    }

    private func kind(_ value: String, label: String) -> FacetValue { facetValue(.kind, value: value, label: label) }

    /// The language of a page's texts as a filter, on a site in several languages: each language's search
    /// looks in its own first. Named in the page's language, capitalised as a list item.
    private func language(of localization: Localization?) -> [FacetValue] {
        guard let code = localization?.language else { return [] }
        let name = LocalizedNames.shared.language(code, in: context.index.config.language) ?? code
        return [facetValue(.language, value: code, label: name.prefix(1).uppercased() + name.dropFirst())]
    }

    private func country(_ code: String) -> FacetValue {
        facetValue(.country, value: code, label: Country.name(of: code, in: context.index.config.language))
    }

    private func place(_ code: String, _ date: Day) -> [FacetValue] {
        [country(code), facetValue(.year, value: String(date.year), label: String(date.year))]
    }

    /// A defender as a filter: under the public name or pseudonym only; a withheld defender is no filter.
    private func person(_ defender: Defender) -> FacetValue? {
        guard let name = defender.publicName, let slug = defender.publicSlug else { return nil }
        return facetValue(.defender, value: slug, label: name)
    }

    /// The names a search for a defender may use: variants only for public defenders, whose names are not protected.
    private func names(_ defender: Defender) -> [String] {
        guard let name = defender.publicName else { return [defender.withheldAs ?? strings["withheld_defender"]] }
        return defender.visibility == .public ? [name] + defender.variants : [name]
    }

    private func organization(_ organization: Organization) -> FacetValue {
        facetValue(.organization, value: organization.slug, label: organization.name)
    }

    private func mandate(_ mandate: Mandate) -> FacetValue {
        facetValue(.mandate, value: mandate.slug, label: mandate.shortName ?? mandate.name)
    }

    private func unique(_ values: [FacetValue]) -> [FacetValue] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.key).inserted }
    }
}
