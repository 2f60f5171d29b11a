/// The values of a case page (`case.mustache`).
public struct CasePage: Sendable, Hashable {
    /// An authority to write to, with a ready `mailto:` link.
    public struct AuthorityView: Sendable, Hashable {
        public var name: String
        public var role: String?
        public var email: String?
        public var mailto: String?
        public var twitter: String?
    }

    /// A dated fact of the timeline.
    public struct TimelineItemView: Sendable, Hashable {
        public var date: DateView
        public var event: String
    }

    /// A related communication, linked when the site has it.
    public struct RelatedView: Sendable, Hashable {
        public var reference: String
        public var date: DateView?
        public var note: String?
        public var href: String?
    }

    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var title: String
    public var summary: String
    public var country: LinkView
    public var place: String?
    public var date: DateView
    public var updated: DateView?
    public var status: LabelView
    /// The end of the period given for a reply, while it lasts.
    public var replyDue: DateView?
    /// The same date once it has passed with the reply still awaited: "Reply overdue since …".
    public var replyOverdue: DateView?
    public var defenders: [PersonView]
    public var organizations: [LinkView]
    public var mandates: [LinkView]
    public var violations: [String]
    public var actions: [String]
    /// The first action requested, shown under the title with links to the rest; none for a historic case.
    public var ask: String?
    public var authorities: [AuthorityView]
    public var timeline: [TimelineItemView]
    public var documents: [DocumentSummaryView]
    public var related: [RelatedView]
    public var bodyHTML: String
    /// The URL to quote when citing the page.
    public var citeURL: String
    /// The ready letter to the authorities, as plain text.
    public var letter: String
    /// `mailto:` to every published address at once, with the letter.
    public var mailtoAll: String?
    /// `lang` and `dir` of the case's own texts.
    public var language: String
    public var direction: String
}

extension CasePage {
    /// Builds the model of a case's page.
    static func model(_ caseFile: CaseFile, context: RenderContext) -> PageModel {
        let route = Route.caseFile(caseFile.slug)
        let page = context.page(route, title: caseFile.title, description: caseFile.summary)
        let defenders = context.people(caseFile.defenders, from: route)
        let letter = AppealLetter(caseFile: caseFile, people: defenders.map(\.name), strings: context.strings)
        let addresses = caseFile.authorities.compactMap(\.email)
        let language = caseFile.language ?? context.index.config.language
        let overdue = caseFile.isReplyOverdue(on: context.index.config.today)
        let values = CasePage(
            site: context.site, page: page, t: context.strings.table, title: caseFile.title, summary: caseFile.summary,
            country: context.countryLink(caseFile.country.value, from: route), place: caseFile.place,
            date: context.date(caseFile.date), updated: caseFile.updated.map(context.date),
            status: context.strings.label("status", caseFile.status.rawValue),
            replyDue: overdue ? nil : caseFile.replyDue.map(context.date), replyOverdue: overdue ? caseFile.replyDue.map(context.date) : nil,
            defenders: defenders,
            organizations: context.organizationLinks(caseFile.organizations, from: route),
            mandates: context.mandateLinks(caseFile.mandates, from: route), violations: caseFile.violations,
            actions: caseFile.actions, ask: caseFile.status == .historic ? nil : caseFile.actions.first,
            authorities: caseFile.authorities.map {
                AuthorityView(name: $0.name, role: $0.role, email: $0.email, mailto: $0.email.map { letter.mailto([$0]) }, twitter: $0.twitter)
            },
            timeline: caseFile.timeline.map { TimelineItemView(date: context.date($0.date), event: $0.event) },
            documents: caseFile.documents.map { DocumentSummaryView($0, context: context, from: route) },
            related: caseFile.related.map { related in
                RelatedView(
                    reference: related.reference, date: related.date.map(context.date), note: related.note,
                    href: context.index.document(withReference: related.reference).map {
                        route.href(to: .document(caseSlug: $0.caseSlug, slug: $0.slug))
                    })
            },
            bodyHTML: context.linked.body(route).html,
            citeURL: page.canonical ?? page.path, letter: letter.text,
            mailtoAll: addresses.count > 1 ? letter.mailto(addresses) : nil,
            language: language, direction: LanguageTag.direction(of: language))
        return PageModel(template: "case", route: route, values: values)
    }
}

extension CasePage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<CasePage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("title", \.title),
        .text("summary", \.summary),
        .view("country", \.country),
        .optionalText("place", \.place),
        .view("date", \.date),
        .optionalView("updated", \.updated),
        .view("status", \.status),
        .optionalView("replyDue", \.replyDue),
        .optionalView("replyOverdue", \.replyOverdue),
        .list("defenders", \.defenders),
        .list("organizations", \.organizations),
        .list("mandates", \.mandates),
        .texts("violations", \.violations),
        .texts("actions", \.actions),
        .optionalText("ask", \.ask),
        .list("authorities", \.authorities),
        .list("timeline", \.timeline),
        .list("documents", \.documents),
        .list("related", \.related),
        .html("bodyHTML", \.bodyHTML),
        .text("citeURL", \.citeURL),
        .text("letter", \.letter),
        .optionalText("mailtoAll", \.mailtoAll),
        .text("language", \.language),
        .text("direction", \.direction),
    ]
}

extension CasePage.AuthorityView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<CasePage.AuthorityView>] = [
        .text("name", \.name),
        .optionalText("role", \.role),
        .optionalText("email", \.email),
        .optionalText("mailto", \.mailto),
        .optionalText("twitter", \.twitter),
    ]
}

extension CasePage.TimelineItemView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<CasePage.TimelineItemView>] = [
        .view("date", \.date),
        .text("event", \.event),
    ]
}

extension CasePage.RelatedView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<CasePage.RelatedView>] = [
        .text("reference", \.reference),
        .optionalView("date", \.date),
        .optionalText("note", \.note),
        .optionalText("href", \.href),
    ]
}
