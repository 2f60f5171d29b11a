/// A legal instrument (treaty, declaration, resolution, document, national law) at `/instruments/<slug>/`.
public struct Instrument: Sendable, Hashable {
    /// What kind of instrument it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case treaty
        case declaration
        case resolution
        case generalComment = "general-comment"
        case concludingObservations = "concluding-observations"
        case report
        case nationalLaw = "national-law"
        case regionalTreaty = "regional-treaty"
    }

    public var slug: String
    public var title: String
    /// Abbreviations and short names used in letters, e.g. `ICCPR`, `PIDCP`.
    public var shortNames: [String]
    public var kind: Kind
    /// UN document symbol, e.g. `A/RES/2200(XXI)` or `CCPR/C/GC/35`.
    public var symbol: String?
    public var adopted: Day?
    public var entryIntoForce: Day?
    /// A link to the official text.
    public var url: String?
    public var articles: [Article]
    public var body: MarkdownText
    public var location: SourceLocation
}

/// One article (or paragraph) of an instrument, anchored at `#article-<number>`.
public struct Article: Sendable, Hashable {
    public var number: String
    public var title: String?
    /// Whether the title is the project's own, not the instrument's.
    public var unofficialTitle: Bool
}
