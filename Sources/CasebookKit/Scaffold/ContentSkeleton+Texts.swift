extension ContentSkeleton {
    /// The file's text: front matter with every key of the kind, and a body to write.
    public var text: String {
        "---\n" + frontMatter + "---\n" + body
    }

    private var frontMatter: String {
        switch kind {
        case .caseFile:
            """
            # A case: the README's "Case" table explains every key. Replace each TODO; keys after '#' are optional.
            title: "TODO: headline of the case, e.g. Arbitrary detention of A. Defender in Almaty"
            summary: "TODO: one paragraph telling the story; shown first and in lists"
            country: "TODO: ISO 3166-1 alpha-3 code of the country where it happened, e.g. KAZ"
            # place: "city or region"
            date: "TODO: date of the events, YYYY-MM-DD"
            # updated: YYYY-MM-DD
            status: "TODO: one of reply-awaited, reply-received, ongoing, closed"
            # reply_due: YYYY-MM-DD
            defenders:
              - "TODO: slug of a defender in content/defenders/ (casebook new defender <slug>), or leave the list empty: []"
            # organizations: [organization-slug]
            # violations: ["arbitrary detention"]
            # mandates: [mandate-slug]
            # actions:
            #   - "Release A. Defender immediately and unconditionally."
            # authorities:
            #   - {name: "Minister of Justice", role: "Minister", email: "minister@example.org"}
            # timeline:
            #   - {date: YYYY-MM-DD, event: "What happened that day."}
            # related:
            #   - {reference: "AL KAZ 1/2020", date: YYYY-MM-DD, note: "An earlier communication."}
            # language: en
            # draft: true
            # publish_after: YYYY-MM-DD
            # private:
            #   contact: "never published"

            """
        case .document:
            """
            # A source document of case '\(caseSlug ?? "")': the README's "Source document" table explains every key.
            title: "TODO: title of the document, as it names itself"
            kind: "TODO: one of allegation-letter, urgent-appeal, other-letter, government-reply, press-release, ngo-appeal, statement, judgment, report"
            issuer: "TODO: the body that issued it, e.g. UN Special Procedures"
            date: "TODO: date of the document, YYYY-MM-DD"
            # reference: "AL KAZ 4/2021"     # its reference code, if it has one
            # identifiers:                    # other identifiers, each with the scheme that gave it
            #   - {scheme: "Amnesty index", id: "EUR 57/4231/2021"}
            # relations:                      # how it stands to another document of this case (its file name)
            #   - {kind: replies-to, document: other-document}
            # language: en
            # mandates: [mandate-slug]
            # organizations: [organization-slug]
            # signatories:
            #   - {name: "Name", role: "Special Rapporteur on the situation of human rights defenders"}
            # source_url: "https://..."
            # publish_after: YYYY-MM-DD
            # draft: true
            # private:
            #   source: "never published"

            """
        case .defender:
            """
            # A defender: the README's "Defender" table explains every key. Ask them what may be published.
            name: "TODO: name as the defender uses it"
            # visibility: public        # or pseudonymous (with pseudonym) or withheld: see the README's Safety section
            # pseudonym: "A. Defender"
            # withheld_as: "a woman human rights defender"
            # variants: ["other spellings found in documents"]
            # country: KAZ
            # organizations: [organization-slug]
            # focus: ["women's rights"]
            # allow: []
            # private:
            #   consent: "never published"

            """
        case .organization:
            """
            # An organization: the README's "Organization" table explains every key.
            name: "TODO: full name"
            # short_name: "usual short name"
            # country: KAZ
            # website: "https://..."

            """
        case .mandate:
            """
            # A UN mandate: the README's "Mandate" table explains every key.
            name: "TODO: full title of the mandate"
            # short_name: "usual short name"
            # established_by: "Human Rights Council resolution 43/16"
            # website: "https://..."

            """
        case .instrument:
            """
            # A legal instrument: the README's "Instrument" table explains every key.
            title: "TODO: official title"
            kind: "TODO: one of treaty, declaration, resolution, general-comment, concluding-observations, report, national-law, regional-treaty"
            # short_names: [ICCPR]
            # aliases: []
            # symbol: "A/RES/53/144"
            # country: KAZ              # national law only, with local_names
            # local_names: ["Criminal Code"]
            # adopted: YYYY-MM-DD
            # url: "https://..."
            # articles:
            #   - {number: "19", title: "Freedom of expression"}

            """
        }
    }

    private var body: String {
        switch kind {
        case .caseFile: "\n## What happened\n\nTODO: the story, in your own words, from the source documents.\n"
        case .document: "\nTODO: the text of the document, reproduced faithfully.\n"
        case .defender: "\nTODO: a short profile, or delete this line.\n"
        default: ""
        }
    }
}
