import Foundation

/// The values of a source document's page (`document.mustache`).
public struct DocumentPage: Sendable, Hashable {
    /// A signatory and the capacity they signed in.
    public struct SignatoryView: Sendable, Hashable {
        public var name: String
        public var role: String?
    }

    /// An identifier in a scheme other than the reference: `{{value}} ({{scheme}})`.
    public struct IdentifierView: Sendable, Hashable {
        public var scheme: String
        public var value: String
    }

    /// An entry of the document's table of contents.
    public struct HeadingView: Sendable, Hashable {
        public var href: String
        public var text: String
        public var level: Int
    }

    public var site: SiteView
    public var page: PageView
    public var t: [String: String]
    public var title: String
    public var kind: LabelView
    public var issuer: String
    /// Its reference code, when it has one.
    public var reference: String?
    /// What breadcrumbs and lists call it: the reference, another identifier or the title.
    public var label: String
    /// Its identifiers in other schemes.
    public var identifiers: [IdentifierView]
    /// Its relations to the case's other documents, and theirs to it.
    public var relations: [RelationView]
    public var date: DateView
    /// `lang` and `dir` of the document's text, which may differ from the interface's.
    public var language: String
    /// The language's name in the site's language, e.g. "Arabic" for `ar`.
    public var languageName: String
    public var direction: String
    public var caseLink: LinkView
    public var mandates: [LinkView]
    public var organizations: [LinkView]
    public var signatories: [SignatoryView]
    public var sourceURL: String?
    /// The host of `sourceURL`, shown beside the link so readers see where it leads.
    public var sourceHost: String?
    public var headings: [HeadingView]
    /// The case's other documents, in date order, this one marked.
    public var siblings: [DocumentSummaryView]
    /// The case's document just before this one and just after it, so a thread reads in order.
    public var follows: DocumentSummaryView?
    public var followedBy: DocumentSummaryView?
    public var bodyHTML: String
    public var citeURL: String
}

extension DocumentPage {
    /// Builds the model of a document's page.
    static func model(_ document: SourceDocument, of caseFile: CaseFile, context: RenderContext) -> PageModel {
        let route = Route.document(caseSlug: caseFile.slug, slug: document.slug)
        let rendered = context.linked.body(route)
        let position = caseFile.documents.firstIndex { $0.slug == document.slug } ?? 0
        let neighbour = { (offset: Int) -> DocumentSummaryView? in
            caseFile.documents.indices.contains(position + offset)
                ? DocumentSummaryView(caseFile.documents[position + offset], context: context, from: route) : nil
        }
        let page = context.page(
            route, title: document.headline, description: "\(document.issuer), \(context.strings.format(document.date))")
        let values = DocumentPage(
            site: context.site, page: page, t: context.strings.table, title: document.title,
            kind: context.strings.label("document_kind", document.kind.rawValue), issuer: document.issuer,
            reference: document.reference, label: document.label,
            identifiers: document.identifiers.map { IdentifierView(scheme: $0.scheme, value: $0.value) },
            relations: RelationView.relations(of: document, in: caseFile, both: true, context: context, from: route),
            date: context.date(document.date), language: document.language,
            languageName: LocalizedNames.shared.language(document.language, in: context.index.config.language) ?? document.language,
            direction: LanguageTag.direction(of: document.language), caseLink: LinkView(href: route.href(to: .caseFile(caseFile.slug)), text: caseFile.title),
            mandates: context.mandateLinks(document.mandates, from: route),
            organizations: context.organizationLinks(document.organizations, from: route),
            signatories: document.signatories.map { SignatoryView(name: $0.name, role: $0.role) },
            sourceURL: document.sourceURL, sourceHost: document.sourceURL.flatMap { URL(string: $0)?.host },
            headings: rendered.headings.filter { $0.level <= 3 }.map { HeadingView(href: "#" + $0.anchor, text: $0.text, level: $0.level) },
            siblings: caseFile.documents.filter { $0.slug != document.slug }.map { DocumentSummaryView($0, context: context, from: route) },
            follows: neighbour(-1), followedBy: neighbour(1), bodyHTML: rendered.html, citeURL: page.canonical ?? page.path)
        return PageModel(template: "document", route: route, values: values)
    }
}

extension DocumentPage: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<DocumentPage>] = [
        .view("site", \.site),
        .view("page", \.page),
        .text("title", \.title),
        .view("kind", \.kind),
        .text("issuer", \.issuer),
        .optionalText("reference", \.reference),
        .text("label", \.label),
        .list("identifiers", \.identifiers),
        .list("relations", \.relations),
        .view("date", \.date),
        .text("language", \.language),
        .text("languageName", \.languageName),
        .text("direction", \.direction),
        .view("caseLink", \.caseLink),
        .list("mandates", \.mandates),
        .list("organizations", \.organizations),
        .list("signatories", \.signatories),
        .optionalText("sourceURL", \.sourceURL),
        .optionalText("sourceHost", \.sourceHost),
        .list("headings", \.headings),
        .list("siblings", \.siblings),
        .optionalView("follows", \.follows),
        .optionalView("followedBy", \.followedBy),
        .html("bodyHTML", \.bodyHTML),
        .text("citeURL", \.citeURL),
    ]
}

extension DocumentPage.SignatoryView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<DocumentPage.SignatoryView>] = [
        .text("name", \.name),
        .optionalText("role", \.role),
    ]
}

extension DocumentPage.HeadingView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<DocumentPage.HeadingView>] = [
        .text("href", \.href),
        .text("text", \.text),
        .int("level", \.level),
    ]
}

extension DocumentPage.IdentifierView: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<DocumentPage.IdentifierView>] = [
        .text("scheme", \.scheme),
        .text("value", \.value),
    ]
}
