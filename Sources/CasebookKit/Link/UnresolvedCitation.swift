/// A citation of an instrument the library lacks: where it is, what it cites, and the file that would link it.
public struct UnresolvedCitation: Sendable, Hashable, Comparable {
    public var missing: MissingInstrument
    /// The article cited, if any.
    public var article: String?
    /// The paragraph cited (of the article, or of a document), if any.
    public var paragraph: String?
    /// The citing words as written, e.g. "articles 272 and 274 of the Syrian Criminal Code".
    public var text: String
    public var location: SourceLocation

    /// The warning that reports it.
    public var warning: Diagnostic {
        .warning(.unknownInstrument(missing, article: article, paragraph: paragraph), at: location)
    }

    public static func < (lhs: UnresolvedCitation, rhs: UnresolvedCitation) -> Bool {
        (lhs.location, lhs.missing.slug, lhs.article ?? "", lhs.paragraph ?? "")
            < (rhs.location, rhs.missing.slug, rhs.article ?? "", rhs.paragraph ?? "")
    }
}
