import Foundation

/// One case as the data exports publish it: public fields only, people by their public names.
struct CaseRecord: Sendable {
    var caseFile: CaseFile
    var url: String
    var countryName: String
    var defenders: [(name: String, url: String?)]
    var organizations: [(slug: String, name: String, url: String)]
    var mandates: [(slug: String, name: String, url: String)]
    var documents: [(document: SourceDocument, url: String)]
    /// Instruments cited by the case or its documents, with the articles cited, by slug.
    var instruments: [(instrument: Instrument, articles: [String], url: String)]

    init(_ caseFile: CaseFile, context: RenderContext) {
        let index = context.index
        self.caseFile = caseFile
        url = context.url(.caseFile(caseFile.slug))
        countryName = Country(code: caseFile.country.value)?.name ?? caseFile.country.value
        defenders = caseFile.defenders.compactMap { index.defender($0.value) }.map { defender in
            guard let name = defender.publicName, let slug = defender.publicSlug else {
                return (defender.withheldAs ?? context.strings["withheld_defender"], nil)
            }
            return (name, context.url(.defender(slug)))
        }
        organizations = caseFile.organizations.compactMap { index.organization($0.value) }.map {
            ($0.slug, $0.name, context.url(.organization($0.slug)))
        }
        mandates = caseFile.mandates.compactMap { index.mandate($0.value) }.map { ($0.slug, $0.name, context.url(.mandate($0.slug))) }
        documents = caseFile.documents.map { ($0, context.url(.document(caseSlug: caseFile.slug, slug: $0.slug))) }
        var articles: [String: Set<String>] = [:]
        for entry in context.linked.citations.entries(inCase: caseFile.slug) {
            guard case .instrument(let slug) = entry.citation.target else { continue }
            articles[slug, default: []].formUnion([entry.citation.article].compactMap { $0 })
        }
        instruments = articles.keys.sorted().compactMap { slug in
            guard let instrument = index.instrument(slug) else { return nil }
            let cited = articles[slug]!.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
            return (instrument, cited, context.url(.instrument(slug)))
        }
    }
}
