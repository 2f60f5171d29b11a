/// A source document in a list: `{{reference}}`, `{{kind.label}}`, `{{issuer}}`…
public struct DocumentSummaryView: Sendable, Hashable {
    public var href: String
    public var title: String
    public var kind: LabelView
    public var issuer: String
    public var reference: String
    public var date: DateView

    init(_ document: SourceDocument, context: RenderContext, from route: Route) {
        href = route.href(to: .document(caseSlug: document.caseSlug, slug: document.slug))
        title = document.title
        kind = context.strings.label("document_kind", document.kind.rawValue)
        issuer = document.issuer
        reference = document.reference
        date = context.date(document.date)
    }
}

extension DocumentSummaryView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<DocumentSummaryView>] = [
        .text("href", \.href),
        .text("title", \.title),
        .view("kind", \.kind),
        .text("issuer", \.issuer),
        .text("reference", \.reference),
        .view("date", \.date),
    ]
}
