extension SourceDocument {
    /// Reads a source document's front matter.
    static func read(
        _ reader: inout FrontMatterReader, slug: String, caseSlug: String, body: MarkdownText, defaultLanguage: String
    ) -> SourceDocument? {
        let title = reader.string("title", required: true)
        let kind = reader.choice("kind", as: Kind.self, required: true)
        let issuer = reader.string("issuer", required: true)
        let reference = reader.string("reference", required: true)
        let date = reader.day("date", required: true)
        let language = reader.string("language")
        let mandates = reader.references("mandates")
        let organizations = reader.references("organizations")
        let signatories = reader.records("signatories", read: Signatory.read)
        let sourceURL = reader.url("source_url")
        let publishAfter = reader.writtenDay("publish_after")
        let draft = reader.flag("draft") ?? false
        guard let title, let kind, let issuer, let reference, let date else { return nil }
        return SourceDocument(.init(
            slug: slug, caseSlug: caseSlug, title: title, kind: kind, issuer: issuer, reference: reference,
            date: date, language: language ?? defaultLanguage, mandates: mandates, organizations: organizations,
            signatories: signatories, sourceURL: sourceURL, publishAfter: publishAfter, draft: draft, body: body,
            location: reader.origin))
    }
}

extension Signatory {
    static func read(_ reader: inout FrontMatterReader) -> Signatory? {
        let name = reader.string("name", required: true)
        let role = reader.string("role")
        return name.map { Signatory(name: $0, role: role) }
    }
}
