extension Instrument {
    /// Reads an instrument's front matter.
    static func read(_ reader: inout FrontMatterReader, slug: String, body: MarkdownText) -> Instrument? {
        let title = reader.string("title", required: true)
        let shortNames = reader.strings("short_names")
        let aliases = reader.strings("aliases")
        let country = reader.country("country")
        let localNames = reader.strings("local_names")
        let kind = reader.choice("kind", as: Kind.self, required: true)
        let symbol = reader.string("symbol")
        let adoptedBy = reader.string("adopted_by")
        let committee = reader.choice("committee", as: TreatyBody.self)
        let number = reader.string("number")
        let adopted = reader.day("adopted")
        let entryIntoForce = reader.day("entry_into_force")
        let url = reader.url("url")
        let articles = reader.records("articles", read: Article.read)
        guard let title, let kind else { return nil }
        return Instrument(
            slug: slug, title: title, shortNames: shortNames, aliases: aliases,
            country: country?.value, localNames: localNames, kind: kind, symbol: symbol,
            adoptedBy: adoptedBy, committee: committee?.rawValue, number: number, adopted: adopted,
            entryIntoForce: entryIntoForce, url: url, articles: articles, body: body, location: reader.origin)
    }
}

extension Article {
    static func read(_ reader: inout FrontMatterReader) -> Article? {
        let number = reader.string("number", required: true)
        let title = reader.string("title")
        let unofficial = reader.bool("unofficial_title") ?? false
        return number.map { Article(number: $0, title: title, unofficialTitle: unofficial) }
    }
}
