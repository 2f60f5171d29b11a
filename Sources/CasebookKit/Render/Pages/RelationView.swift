/// One document's relation to another of its case, as a page reads it: "Replies to AL KAZ 4/2021".
public struct RelationView: Sendable, Hashable {
    /// "Replies to", or read backwards from the other document, "Replied to by".
    public var text: String
    public var href: String
    public var label: String
    public var date: DateView
}

extension RelationView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<RelationView>] = [
        .text("text", \.text),
        .text("href", \.href),
        .text("label", \.label),
        .view("date", \.date),
    ]
}

extension RelationView {
    /// The relations of `document` to the other documents of `caseFile`, as seen from the page at `route`:
    /// its own, then, when `both`, those the others declare towards it, read backwards.
    static func relations(
        of document: SourceDocument, in caseFile: CaseFile, both: Bool, context: RenderContext, from route: Route
    ) -> [RelationView] {
        func view(_ other: SourceDocument, _ key: String) -> RelationView {
            RelationView(
                text: context.strings[key], href: route.href(to: .document(caseSlug: caseFile.slug, slug: other.slug)),
                label: other.label, date: context.date(other.date))
        }
        let own = document.relations.compactMap { relation in
            caseFile.documents.first { $0.slug == relation.document.value }
                .map { view($0, InterfaceStrings.labelKey("relation", relation.kind.rawValue)) }
        }
        guard both else { return own }
        let theirs = caseFile.documents.flatMap { other in
            other.relations.filter { $0.document.value == document.slug }.map {
                view(other, InterfaceStrings.labelKey("relation_inverse", $0.kind.rawValue))
            }
        }
        return own + theirs
    }
}
