/// A source document of a case: a communication, an appeal or a reply, reproduced in full.
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

    /// The file name without `.md`; the URL is `/cases/<case>/<slug>/`.
    public var slug: String
    /// The slug of the case the document belongs to.
    public var caseSlug: String
    public var title: String
    public var kind: Kind
    /// The body that issued the document, as it names itself.
    public var issuer: String
    /// The document's own reference code, e.g. `AL KAZ 4/2021`.
    public var reference: String
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
}

/// A person who signed a document, in the capacity they signed in.
public struct Signatory: Sendable, Hashable {
    public var name: String
    public var role: String?
}
