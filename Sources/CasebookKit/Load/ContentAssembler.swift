/// Puts loaded items together: documents into their cases, each list in a stable order.
enum ContentAssembler {
    static func assemble(_ items: [ContentItem], diagnostics: inout [Diagnostic]) -> ContentSet {
        var content = ContentSet()
        var documentsByFolder: [String: [SourceDocument]] = [:]
        var caseFolders: [String: Int] = [:]
        for item in items {
            switch item {
            case .caseFile(let caseFile, let folder):
                caseFolders[folder] = content.cases.count
                content.cases.append(caseFile)
            case .document(let document, let folder): documentsByFolder[folder, default: []].append(document)
            case .defender(let defender): content.defenders.append(defender)
            case .organization(let organization): content.organizations.append(organization)
            case .mandate(let mandate): content.mandates.append(mandate)
            case .instrument(let instrument): content.instruments.append(instrument)
            case .translation(let translation): content.translations.append(translation)
            }
        }
        for (folder, documents) in documentsByFolder {
            guard let index = caseFolders[folder] else { continue }
            let caseSlug = content.cases[index].slug
            // A document is changed only when its case overrides its slug, so that it keeps sharing its
            // values with the last build's copy, which the change set then compares at once.
            content.cases[index].documents = documents
                .map { document in
                    guard document.caseSlug != caseSlug else { return document }
                    var moved = document
                    moved.caseSlug = caseSlug
                    return moved
                }
                .sorted { ($0.date, $0.slug) < ($1.date, $1.slug) }
        }
        return content
    }
}
