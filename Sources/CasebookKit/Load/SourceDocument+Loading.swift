extension SourceDocument {
    /// Reads a source document's front matter.
    static func read(
        _ reader: inout FrontMatterReader, slug: String, caseSlug: String, body: MarkdownText, defaultLanguage: String
    ) -> SourceDocument? {
        let title = reader.string("title", required: true)
        let kind = reader.choice("kind", as: Kind.self, required: true)
        let issuer = reader.string("issuer", required: true)
        let reference = reader.string("reference")
        let identifiers = reader.records("identifiers", read: DocumentIdentifier.read)
        let relations = reader.records("relations", read: DocumentRelation.read)
        let date = reader.day("date", required: true)
        let language = reader.string("language")
        let mandates = reader.references("mandates")
        let organizations = reader.references("organizations")
        let signatories = reader.records("signatories", read: Signatory.read)
        let sourceURL = reader.url("source_url")
        let publishAfter = reader.writtenDay("publish_after")
        let draft = reader.flag("draft") ?? false
        guard let title, let kind, let issuer, let date else { return nil }
        return SourceDocument(.init(
            slug: slug, caseSlug: caseSlug, title: title, kind: kind, issuer: issuer, reference: reference,
            identifiers: identifiers, relations: relations, date: date, language: language ?? defaultLanguage, mandates: mandates, organizations: organizations,
            signatories: signatories, sourceURL: sourceURL, publishAfter: publishAfter, draft: draft, body: body,
            location: reader.origin))
    }
}

extension DocumentIdentifier {
    static func read(_ reader: inout FrontMatterReader) -> DocumentIdentifier? {
        let scheme = reader.string("scheme", required: true)
        let value = reader.string("id", required: true)
        guard let scheme, let value else { return nil }
        return DocumentIdentifier(scheme: scheme, value: value)
    }
}

extension DocumentRelation {
    static func read(_ reader: inout FrontMatterReader) -> DocumentRelation? {
        let kind = reader.choice("kind", as: Kind.self, required: true)
        let document = reader.located("document", required: true)
        guard let kind, let document else { return nil }
        return DocumentRelation(kind: kind, document: document)
    }
}

extension Signatory {
    static func read(_ reader: inout FrontMatterReader) -> Signatory? {
        let name = reader.string("name", required: true)
        let role = reader.string("role")
        return name.map { Signatory(name: $0, role: role) }
    }
}
