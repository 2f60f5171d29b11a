extension Defender {
    /// The name pages show: the name, the pseudonym, or nil for a withheld defender.
    public var publicName: String? {
        switch visibility {
        case .public: name
        case .pseudonymous: shownPseudonym ?? pseudonym
        case .withheld: nil
        }
    }

    /// The slug of the profile's URL: never built from a protected name; nil when there is no profile.
    public var publicSlug: String? {
        switch visibility {
        case .public: slug
        case .pseudonymous: pseudonym.map(Slug.make)
        case .withheld: nil
        }
    }

    /// The names that must appear in no output: the real name and its variants, unless public.
    public var protectedNames: [String] { visibility == .public ? [] : [name] + variants }
}
