/// A source document of a case: a communication, an appeal or a reply, reproduced in full.
@dynamicMemberLookup
public struct SourceDocument: Sendable, Hashable {
    /// What kind of document it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case allegationLetter = "allegation-letter"
        case urgentAppeal = "urgent-appeal"
        case otherLetter = "other-letter"
        case governmentReply = "government-reply"
        case pressRelease = "press-release"
        case ngoAppeal = "ngo-appeal"
        case statement
        case judgment
        case report
    }

    /// The document's values, kept in one box that its copies share.
    public struct Fields: Sendable, Hashable {
        /// The file name without `.md`; the URL is `/cases/<case>/<slug>/`.
        public var slug: String
        /// The slug of the case the document belongs to.
        public var caseSlug: String
        public var title: String
        public var kind: Kind
        /// The body that issued the document, as it names itself.
        public var issuer: String
        /// The document's own reference code, e.g. `AL KAZ 4/2021`; many documents have none.
        public var reference: String?
        /// Other identifiers, each in the scheme that gave it (an Amnesty UA number, an index number).
        public var identifiers: [DocumentIdentifier] = []
        /// How it stands to other documents of its case: a reply, a follow-up, a translation…
        public var relations: [DocumentRelation] = []
        public var date: Day
        /// BCP 47 language tag of the text, e.g. `en`.
        public var language: String
        public var mandates: [Located<String>]
        public var organizations: [Located<String>]
        public var signatories: [Signatory]
        /// Where the document was published, if it is public elsewhere.
        public var sourceURL: String?
        /// Nothing of it is published before this date (UN communications are confidential for 60 days).
        public var publishAfter: Day?
        /// Work in progress: published only by `casebook build --drafts`.
        public var draft: Bool
        public var body: MarkdownText
        public var location: SourceLocation
        /// How its texts stand to the site's languages, on a site in several languages.
        public var localization: Localization? = nil
    }

    private var box: Box<Fields>

    /// A document with these values.
    public init(_ fields: Fields) { box = Box(fields) }

    /// Each of its values, read and changed as if it were stored here.
    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.value[keyPath: field] }
        set { box = box.replacing(field, with: newValue) }
    }

    /// The text, spelled out because protocols (`MarkdownBodied`) cannot see dynamic members.
    public var body: MarkdownText {
        get { box.value.body }
        set { box = box.replacing(\.body, with: newValue) }
    }

    /// Equal when their values are: at once when they share the box.
    public static func == (a: SourceDocument, b: SourceDocument) -> Bool { a.box.holdsSameValue(as: b.box) }

    /// Hashes the values, as equality compares them.
    public func hash(into hasher: inout Hasher) { hasher.combine(box.value) }
}

extension SourceDocument {
    /// What lists and breadcrumbs call it: its reference, else its first identifier, else its title.
    public var label: String { self.reference ?? self.identifiers.first?.value ?? self.title }

    /// Its title with its label before it, as its page is titled: "AL KAZ 4/2021: Mandates of …"; the title alone without one.
    public var headline: String { label == self.title ? self.title : "\(label): \(self.title)" }
}

/// An identifier of a document in a scheme other than its reference, e.g. `{scheme: "Amnesty index", id: "EUR 57/4231/2021"}`.
public struct DocumentIdentifier: Sendable, Hashable {
    public var scheme: String
    public var value: String
}

/// How a document stands to another document of the same case.
public struct DocumentRelation: Sendable, Hashable {
    /// The relation, read from this document to the other.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case followsUp = "follows-up"
        case repliesTo = "replies-to"
        case translationOf = "translation-of"
        case languageVersionOf = "language-version-of"
        case reportsOn = "reports-on"
    }

    public var kind: Kind
    /// The slug of the other document, in the same case folder.
    public var document: Located<String>
}

/// A person who signed a document, in the capacity they signed in.
public struct Signatory: Sendable, Hashable {
    public var name: String
    public var role: String?
}
