/// A human rights defender with a profile page at `/defenders/<slug>/`.
public struct Defender: Sendable, Hashable {
    /// What the defender consented to have published about them.
    public enum Visibility: String, Sendable, Hashable, CaseIterable {
        /// A profile under their name.
        case `public`
        /// Shown everywhere under a pseudonym they chose; the real name appears nowhere.
        case pseudonymous
        /// No profile and no mention by name; cases describe them instead.
        case withheld
    }

    /// Where the defender stands now, as last reviewed by the editors.
    public enum Situation: String, Sendable, Hashable, CaseIterable {
        case atLiberty = "at-liberty"
        case detained
        case released
        case onTrial = "on-trial"
        case convicted
        case inExile = "in-exile"
        case disappeared
        case killed
    }

    /// The file's slug, used by references in content; never in a URL unless the defender is public.
    public var slug: String
    public var name: String
    /// Other spellings of the name found in documents; indexed and shown.
    public var variants: [String]
    public var visibility: Visibility
    /// The name shown for a pseudonymous defender; the URL of their profile is built from it.
    public var pseudonym: String?
    /// The pseudonym as the pages of another language write it, where a translation gives it.
    public var shownPseudonym: String? = nil
    /// How a withheld defender is referred to, e.g. "a woman human rights defender".
    public var withheldAs: String?
    /// Public names that contain a part of a protected name and may be published all the same.
    public var allowed: [String] = []
    /// ISO 3166-1 alpha-3 code of the country where the defender works.
    public var country: Located<String>?
    /// ISO 3166-1 alpha-3 code of the defender's nationality, which may differ from where they work.
    public var nationality: Located<String>? = nil
    /// Where the defender stands now, and the day the editors last checked it.
    public var situation: Situation? = nil
    public var situationReviewed: Day? = nil
    public var organizations: [Located<String>]
    public var focus: [String]
    public var body: MarkdownText
    public var location: SourceLocation
    /// How its texts stand to the site's languages, on a site in several languages.
    public var localization: Localization? = nil
}

/// An organization or collective with a page at `/organizations/<slug>/`.
public struct Organization: Sendable, Hashable {
    public var slug: String
    public var name: String
    public var shortName: String?
    public var country: Located<String>?
    public var website: String?
    public var body: MarkdownText
    public var location: SourceLocation
    /// How its texts stand to the site's languages, on a site in several languages.
    public var localization: Localization? = nil
}

/// A UN Special Procedures mandate (or similar) with a page at `/mandates/<slug>/`.
public struct Mandate: Sendable, Hashable {
    public var slug: String
    public var name: String
    public var shortName: String?
    /// The resolution that created or last renewed the mandate, as cited.
    public var establishedBy: String?
    public var website: String?
    public var body: MarkdownText
    public var location: SourceLocation
    /// How its texts stand to the site's languages, on a site in several languages.
    public var localization: Localization? = nil
}
