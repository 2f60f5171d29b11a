/// A case: one attack, detention, trial or threat, with its source documents.
@dynamicMemberLookup
public struct CaseFile: Sendable, Hashable {
    /// How far the case has come.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case replyAwaited = "reply-awaited"
        case replyReceived = "reply-received"
        case ongoing
        case closed
        /// Long closed, kept for the record: nothing is asked of readers any more.
        case historic
    }

    /// The case's values, kept in one box that its copies share: cases are copied into many lists.
    public struct Fields: Sendable, Hashable {
        /// The folder name under `content/cases/`; the case's URL is `/cases/<slug>/`.
        public var slug: String
        public var title: String
        /// One paragraph that tells the story, shown first on the case page and in lists.
        public var summary: String
        /// ISO 3166-1 alpha-3 code.
        public var country: Located<String>
        /// Where the events took place (city or region), if known.
        public var place: String?
        /// The date of the events the case is about.
        public var date: Day
        /// The date of the last change to the case, if any.
        public var updated: Day?
        public var status: Status
        /// Until when a reply from the authorities is awaited.
        public var replyDue: Day?
        public var defenders: [Located<String>]
        public var organizations: [Located<String>]
        public var violations: [String]
        public var mandates: [Located<String>]
        /// The actions requested of readers and of the authorities.
        public var actions: [String]
        public var authorities: [Authority]
        public var timeline: [TimelineEvent]
        public var related: [RelatedCommunication]
        /// Nothing of it is published before this date (UN communications are confidential for 60 days).
        public var publishAfter: Day?
        /// Work in progress: published only by `casebook build --drafts`.
        public var draft: Bool
        public var body: MarkdownText
        /// The case's source documents, ordered by date then slug.
        public var documents: [SourceDocument]
        /// Where the case's `index.md` is.
        public var location: SourceLocation
        /// BCP 47 language tag of the case's texts, if not the site's language.
        public var language: String? = nil
        /// How its texts stand to the site's languages, on a site in several languages.
        public var localization: Localization? = nil
    }

    private var box: Box<Fields>

    /// A case with these values.
    public init(_ fields: Fields) { box = Box(fields) }

    /// Each of its values, read and changed as if it were stored here.
    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.value[keyPath: field] }
        set { box = box.replacing(field, with: newValue) }
    }

    /// Equal when their values are: at once when they share the box.
    public static func == (a: CaseFile, b: CaseFile) -> Bool { a.box.holdsSameValue(as: b.box) }

    /// Hashes the values, as equality compares them.
    public func hash(into hasher: inout Hasher) { hasher.combine(box.value) }
}

/// An authority that readers are asked to write to.
public struct Authority: Sendable, Hashable {
    public var name: String
    public var role: String?
    public var email: String?
    public var twitter: String?
}

/// A dated fact in a case's timeline.
public struct TimelineEvent: Sendable, Hashable {
    public var date: Day
    public var event: String
}

/// An earlier or later communication about the same people, which may or may not have a page.
public struct RelatedCommunication: Sendable, Hashable {
    public var reference: String
    public var date: Day?
    public var note: String?
    public var location: SourceLocation
}

extension CaseFile {
    /// Whether the authorities' reply is still awaited after the period they were given ended before `today`.
    func isReplyOverdue(on today: Day?) -> Bool {
        guard self.status == .replyAwaited, let due = self.replyDue, let today else { return false }
        return today > due
    }
}
