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
    /// Everything the case or its documents cite, with the articles cited: the library's instruments by
    /// slug, then the UN documents linked to the UN's resolver by symbol.
    var instruments: [CitedInstrument]
    /// On a site in several languages: the language of the texts, and every version of the case's page.
    var versions: [Version]
    var documentVersions: [String: [Version]]

    /// A version of a page: its language, address, and whether it is the original or a translation.
    struct Version: Sendable {
        var language: String
        var url: String
        var translation: Localization.Note?
    }

    /// The versions of the page at `route`, whose texts stand to the site's languages as `localization` says.
    static func versions(of route: Route, _ localization: Localization?, context: RenderContext) -> [Version] {
        guard let localization else { return [] }
        return localization.versions.map { site in
            Version(language: localization.versionLanguage(site), url: context.url(route, in: site), translation: localization.translations[site])
        }
    }

    /// An instrument as the exports name it: a page of the site, or a UN document the library lacks.
    struct CitedInstrument: Sendable {
        var slug: String?
        var title: String
        var shortName: String?
        var symbol: String?
        var articles: [String]
        var url: String

        /// The name a spreadsheet cell gives it: short name, symbol or title.
        var shownName: String { shortName ?? symbol ?? title }
    }

    init(_ caseFile: CaseFile, context: RenderContext) {
        let index = context.index
        self.caseFile = caseFile
        url = context.url(.caseFile(caseFile.slug))
        countryName = Country.name(of: caseFile.country.value, in: context.index.config.language)
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
        var articles: [CitationTarget: Set<String>] = [:]
        for entry in context.linked.citations.entries(inCase: caseFile.slug) {
            articles[entry.target, default: []].formUnion([entry.article].compactMap { $0 })
        }
        func numbered(_ target: CitationTarget) -> [String] {
            (articles[target] ?? []).sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        }
        var library: [CitedInstrument] = [], external: [CitedInstrument] = []
        for target in articles.keys {
            switch target {
            case .instrument(let slug):
                guard let instrument = index.instrument(slug) else { continue }
                library.append(CitedInstrument(
                    slug: slug, title: instrument.title, shortName: instrument.shortNames.first, symbol: instrument.symbol,
                    articles: numbered(target), url: context.url(.instrument(slug))))
            case .external(let symbol):
                external.append(CitedInstrument(
                    slug: nil, title: symbol, shortName: nil, symbol: symbol, articles: numbered(target), url: UNSymbol.resolverURL(symbol)))
            }
        }
        instruments = library.sorted { ($0.slug ?? "") < ($1.slug ?? "") } + external.sorted { $0.title < $1.title }
        versions = Self.versions(of: .caseFile(caseFile.slug), caseFile.localization, context: context)
        documentVersions = Dictionary(caseFile.documents.map { document in
            (document.slug, Self.versions(of: .document(caseSlug: caseFile.slug, slug: document.slug), document.localization, context: context))
        }, uniquingKeysWith: { first, _ in first })
    }
}
