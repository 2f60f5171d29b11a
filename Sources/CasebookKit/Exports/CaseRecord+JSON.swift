extension CaseRecord {
    /// The case as an object of `data/cases.json`; the README documents every key.
    var json: JSONValue {
        let caseFile = self.caseFile
        return .object([
            ("slug", .string(caseFile.slug)),
            ("url", .string(url)),
            ("title", .string(caseFile.title)),
            ("summary", .string(caseFile.summary)),
            ("country", .object([("code", .string(caseFile.country.value)), ("name", .string(countryName))])),
            ("place", .optional(caseFile.place)),
            ("date", .string(caseFile.date.iso)),
            ("updated", .optional(caseFile.updated?.iso)),
            ("status", .string(caseFile.status.rawValue)),
            ("reply_due", .optional(caseFile.replyDue?.iso)),
            ("defenders", .array(defenders.map { .object([("name", .string($0.name)), ("url", .optional($0.url))]) })),
            ("organizations", .array(organizations.map(Self.link))),
            ("violations", .array(caseFile.violations.map(JSONValue.string))),
            ("mandates", .array(mandates.map(Self.link))),
            ("actions", .array(caseFile.actions.map(JSONValue.string))),
            ("authorities", .array(caseFile.authorities.map {
                .object([("name", .string($0.name)), ("role", .optional($0.role)), ("email", .optional($0.email))])
            })),
            ("timeline", .array(caseFile.timeline.map { .object([("date", .string($0.date.iso)), ("event", .string($0.event))]) })),
            ("documents", .array(documents.map { document, url in
                .object([
                    ("slug", .string(document.slug)), ("reference", .optional(document.reference)),
                    ("identifiers", .array(document.identifiers.map { .object([("scheme", .string($0.scheme)), ("id", .string($0.value))]) })),
                    ("relations", .array(document.relations.map {
                        .object([("kind", .string($0.kind.rawValue)), ("document", .string($0.document.value))])
                    })),
                    ("title", .string(document.title)),
                    ("kind", .string(document.kind.rawValue)), ("issuer", .string(document.issuer)), ("date", .string(document.date.iso)),
                    ("language", .string(document.language)), ("url", .string(url)), ("source_url", .optional(document.sourceURL)),
                ] + Self.languages(of: nil, document.localization, documentVersions[document.slug] ?? []))
            })),
            ("instruments", .array(instruments.map { instrument in
                .object([
                    ("slug", .optional(instrument.slug)), ("title", .string(instrument.title)),
                    ("short_name", .optional(instrument.shortName)), ("symbol", .optional(instrument.symbol)),
                    ("articles", .array(instrument.articles.map(JSONValue.string))), ("url", .string(instrument.url)),
                ])
            })),
            ("related", .array(caseFile.related.map {
                .object([("reference", .string($0.reference)), ("date", .optional($0.date?.iso)), ("note", .optional($0.note))])
            })),
        ] + Self.languages(of: caseFile.language, caseFile.localization, versions))
    }

    /// `languages`, the versions of a page, on a site in several languages: each with its language, its
    /// address and, for a translation, what it is and who made it; and the language of the texts the record
    /// holds, where `language` is given.
    private static func languages(of language: String?, _ localization: Localization?, _ versions: [Version]) -> [(String, JSONValue)] {
        guard let localization else { return [] }
        let list = JSONValue.array(versions.map { version in
            .object([("language", .string(version.language)), ("url", .string(version.url))]
                + (version.translation.map { [("translation", .string($0.status.rawValue)), ("translated_by", .optional($0.translator))] }
                    ?? [("original", .bool(true))]))
        })
        return (language == nil ? [] : [("language", .string(localization.language))]) + [("languages", list)]
    }

    private static func link(_ entry: (slug: String, name: String, url: String)) -> JSONValue {
        .object([("slug", .string(entry.slug)), ("name", .string(entry.name)), ("url", .string(entry.url))])
    }
}
