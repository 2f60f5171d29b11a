/// A citation as an instrument page lists it: the citing page, its date, and the sentence.
public struct CitationView: Sendable, Hashable {
    /// Link to the citing page, at the case or document.
    public var href: String
    public var sourceTitle: String
    public var date: DateView
    /// The sentence the citation stands in.
    public var sentence: String
    /// The citing words, e.g. "article 2 (1) of the International Covenant…".
    public var text: String
    /// "19", "2 (1)", "para. 9", when the citation names a part.
    public var part: String?

    init(_ entry: CitationIndex.Entry, context: RenderContext, from route: Route) {
        href = route.href(to: entry.source)
        sourceTitle = entry.sourceTitle
        date = context.date(entry.date)
        let citation = entry.citation
        (sentence, text) = (citation.sentence, citation.text)
        part = citation.article.map { article in citation.paragraph.map { "\(article) (\($0))" } ?? article }
            ?? citation.paragraph.map { "para. \($0)" }
    }
}

extension CitationView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<CitationView>] = [
        .text("href", \.href),
        .text("sourceTitle", \.sourceTitle),
        .view("date", \.date),
        .text("sentence", \.sentence),
        .text("text", \.text),
        .optionalText("part", \.part),
    ]
}
