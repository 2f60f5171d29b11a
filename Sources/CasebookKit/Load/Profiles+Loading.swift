extension Defender {
    /// Reads a defender profile's front matter.
    static func read(_ reader: inout FrontMatterReader, slug: String, body: MarkdownText) -> Defender? {
        let name = reader.string("name", required: true)
        let variants = reader.strings("variants")
        let country = reader.country("country")
        let organizations = reader.references("organizations")
        let focus = reader.strings("focus")
        let visibility = reader.writtenChoice("visibility", as: Visibility.self) ?? .public
        let pseudonym = reader.string("pseudonym", required: visibility == .pseudonymous)
        let withheldAs = reader.string("withheld_as")
        let allowed = reader.strings("allow")
        let nationality = reader.country("nationality")
        let situation = reader.choice("situation", as: Situation.self)
        // A situation nobody has checked for long misleads: it comes with the day it was last reviewed.
        let reviewed = reader.day("situation_reviewed", required: situation != nil)
        guard let name else { return nil }
        return Defender(
            slug: slug, name: name, variants: variants, visibility: visibility, pseudonym: pseudonym, withheldAs: withheldAs,
            allowed: allowed, country: country, nationality: nationality, situation: situation, situationReviewed: reviewed,
            organizations: organizations, focus: focus, body: body, location: reader.origin)
    }
}

extension Organization {
    /// Reads an organization's front matter.
    static func read(_ reader: inout FrontMatterReader, slug: String, body: MarkdownText) -> Organization? {
        let name = reader.string("name", required: true)
        let shortName = reader.string("short_name")
        let country = reader.country("country")
        let website = reader.url("website")
        guard let name else { return nil }
        return Organization(
            slug: slug, name: name, shortName: shortName, country: country, website: website, body: body,
            location: reader.origin)
    }
}

extension Mandate {
    /// Reads a mandate's front matter.
    static func read(_ reader: inout FrontMatterReader, slug: String, body: MarkdownText) -> Mandate? {
        let name = reader.string("name", required: true)
        let shortName = reader.string("short_name")
        let establishedBy = reader.string("established_by")
        let website = reader.url("website")
        guard let name else { return nil }
        return Mandate(
            slug: slug, name: name, shortName: shortName, establishedBy: establishedBy, website: website,
            body: body, location: reader.origin)
    }
}
