/// A source document in a list: `{{reference}}`, `{{kind.label}}`, `{{issuer}}`…
public struct DocumentSummaryView: Sendable, Hashable {
    public var href: String
    public var title: String
    public var kind: LabelView
    public var issuer: String
    /// Its reference code, when it has one.
    public var reference: String?
    /// What the list calls it: the reference, another identifier or the title.
    public var label: String
    public var date: DateView
    /// How it stands to the case's other documents, so the case page threads them.
    public var relations: [RelationView]
    /// The language of its title, where it is not the page's.
    public var textLanguage: TextLanguageView?

    init(_ document: SourceDocument, context: RenderContext, from route: Route) {
        href = route.href(to: .document(caseSlug: document.caseSlug, slug: document.slug))
        title = document.title
        kind = context.strings.label("document_kind", document.kind.rawValue)
        issuer = document.issuer
        reference = document.reference
        label = document.label
        date = context.date(document.date)
        // Most documents relate to none: only those that do read their case, so lists need not depend on it.
        relations = document.relations.isEmpty ? [] : context.index.caseFile(document.caseSlug).map {
            RelationView.relations(of: document, in: $0, both: false, context: context, from: route)
        } ?? []
        textLanguage = context.textLanguage(document.localization)
    }
}

extension DocumentSummaryView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<DocumentSummaryView>] = [
        .text("href", \.href),
        .text("title", \.title),
        .view("kind", \.kind),
        .text("issuer", \.issuer),
        .optionalText("reference", \.reference),
        .text("label", \.label),
        .view("date", \.date),
        .list("relations", \.relations),
        .optionalView("textLanguage", \.textLanguage),
    ]
}
