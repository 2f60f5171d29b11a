/// A legal instrument (treaty, declaration, resolution, document, national law) at `/instruments/<slug>/`.
public struct Instrument: Sendable, Hashable {
    /// Whether citations may name it by its title: titles of treaties, declarations and laws are names;
    /// those of resolutions and documents are ordinary phrases, so those are found by symbol or alias.
    public var isNamedByTitle: Bool { [.treaty, .declaration, .regionalTreaty, .nationalLaw].contains(kind) }

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
    /// Other names letters use for it, e.g. `UN Declaration on Human Rights Defenders`; recognised, not shown.
    public var aliases: [String]
    /// For national law: the country (ISO 3166-1 alpha-3) whose law it is.
    public var country: String?
    /// Names that mean this instrument only in texts about its country, e.g. `Criminal Code`.
    public var localNames: [String]
    public var kind: Kind
    /// The instrument's own UN document symbol, e.g. `CCPR/C/GC/35` or `A/HRC/RES/43/16`.
    public var symbol: String?
    /// The resolution that adopted it, e.g. `A/RES/2200A(XXI)`.
    public var adoptedBy: String?
    /// For general comments and recommendations: the treaty body's code (`CCPR`) and the number (`35`).
    public var committee: String?
    public var number: String?
    public var adopted: Day?
    public var entryIntoForce: Day?
    /// A link to the official text.
    public var url: String?
    public var articles: [Article]
    public var body: MarkdownText
    public var location: SourceLocation
    /// How its texts stand to the site's languages, on a site in several languages.
    public var localization: Localization? = nil
}

/// One article (or paragraph) of an instrument, anchored at `#article-<number>`.
public struct Article: Sendable, Hashable {
    public var number: String
    public var title: String?
    /// Whether the title is the project's own, not the instrument's.
    public var unofficialTitle: Bool
}
