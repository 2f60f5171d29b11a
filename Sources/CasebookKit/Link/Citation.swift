/// What a citation points at: an instrument of the library, or a UN document the library has no page for.
public enum CitationTarget: Sendable, Hashable {
    case instrument(String)
    case external(symbol: String)
}

/// One citation found in a case or document text.
public struct Citation: Sendable, Hashable {
    public var target: CitationTarget
    /// The article cited, e.g. `19` (for documents cited by paragraph, the paragraph), if any.
    public var article: String?
    /// The paragraph or sub-paragraph within the article, e.g. `1` in "article 2 (1)", `a` in "5 (a)".
    public var paragraph: String?
    /// The words that cite, as written, cut to `Sentence.maximumLength` characters.
    public var text: String
    /// The sentence the citation stands in.
    public var sentence: String
    public var location: SourceLocation
}

/// A citation as the scanner finds it: byte ranges within one paragraph's text. What it cites is a
/// `CitationTarget` (`CitationMatch`), or a `MissingInstrument` the library lacks (`UnresolvedMatch`).
struct ScannedCitation<Target: Sendable & Hashable>: Sendable, Hashable {
    var target: Target
    var article: String?
    var paragraph: String?
    /// The whole citing phrase, e.g. "articles 19, 21 and 22 of the ICCPR".
    var range: Range<Int>
    /// The words linked for this citation, e.g. "21": where the citation is located.
    var link: Range<Int>
}

/// A citation of the library or of a UN document, linked.
typealias CitationMatch = ScannedCitation<CitationTarget>

/// A citation of an instrument the library lacks: reported, not linked.
typealias UnresolvedMatch = ScannedCitation<MissingInstrument>

/// Words of a paragraph to turn into a link.
struct LinkSpan: Sendable, Hashable {
    var range: Range<Int>
    var target: CitationTarget
    var article: String?
}

/// What scanning one paragraph found.
struct ScanResult: Sendable {
    var citations: [CitationMatch] = []
    var links: [LinkSpan] = []
    /// Citations of instruments the library lacks, one per article or paragraph cited.
    var unknown: [UnresolvedMatch] = []
}
