extension CaseFile {
    /// Reads a case's `index.md` front matter; documents are attached by the loader.
    static func read(_ reader: inout FrontMatterReader, slug: String, body: MarkdownText) -> CaseFile? {
        let title = reader.string("title", required: true)
        let summary = reader.string("summary", required: true)
        let country = reader.country("country", required: true)
        let place = reader.string("place")
        let date = reader.day("date", required: true)
        let updated = reader.day("updated")
        let status = reader.choice("status", as: Status.self, required: true)
        let replyDue = reader.day("reply_due")
        let defenders = reader.references("defenders", required: true)
        let organizations = reader.references("organizations")
        let violations = reader.strings("violations")
        let mandates = reader.references("mandates")
        let actions = reader.strings("actions")
        let authorities = reader.records("authorities", read: Authority.read)
        let timeline = reader.records("timeline", read: TimelineEvent.read)
        let related = reader.records("related", read: RelatedCommunication.read)
        let publishAfter = reader.writtenDay("publish_after")
        let draft = reader.flag("draft") ?? false
        let language = reader.string("language")
        guard let title, let summary, let country, let date, let status else { return nil }
        return CaseFile(.init(
            slug: slug, title: title, summary: summary, country: country, place: place, date: date,
            updated: updated, status: status, replyDue: replyDue, defenders: defenders,
            organizations: organizations, violations: violations, mandates: mandates, actions: actions,
            authorities: authorities, timeline: timeline.sorted { $0.date < $1.date }, related: related,
            publishAfter: publishAfter, draft: draft,
            body: body, documents: [], location: reader.origin, language: language))
    }
}

extension Authority {
    static func read(_ reader: inout FrontMatterReader) -> Authority? {
        let name = reader.string("name", required: true)
        let role = reader.string("role")
        let email = reader.string("email")
        let twitter = reader.string("twitter")
        return name.map { Authority(name: $0, role: role, email: email, twitter: twitter) }
    }
}

extension TimelineEvent {
    static func read(_ reader: inout FrontMatterReader) -> TimelineEvent? {
        let date = reader.day("date", required: true)
        let event = reader.string("event", required: true)
        guard let date, let event else { return nil }
        return TimelineEvent(date: date, event: event)
    }
}

extension RelatedCommunication {
    static func read(_ reader: inout FrontMatterReader) -> RelatedCommunication? {
        let reference = reader.string("reference", required: true)
        let date = reader.day("date")
        let note = reader.string("note")
        return reference.map { RelatedCommunication(reference: $0, date: date, note: note, location: reader.origin) }
    }
}
