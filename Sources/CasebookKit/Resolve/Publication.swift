/// Which content may be published at a given date; everything else is dropped before any index is built,
/// so it can reach no page, count, backlink, feed or search entry.
public struct Publication: Sendable {
    /// The build's clock: today unless `--now` says otherwise.
    public var now: Day
    /// `casebook build --drafts`: publish drafts and embargoed content too, for private previews.
    public var includeDrafts: Bool

    /// A publication rule for `now`.
    public init(now: Day, includeDrafts: Bool = false) {
        self.now = now
        self.includeDrafts = includeDrafts
    }

    /// Whether something with these settings is published: not a draft, and `now` is after `publish_after`.
    public func allows(draft: Bool, publishAfter: Day?) -> Bool {
        includeDrafts || (!draft && publishAfter.map { now > $0 } ?? true)
    }

    /// The content without unpublished cases and documents.
    public func filter(_ content: ContentSet) -> ContentSet {
        var published = content
        published.cases = content.cases.filter { allows(draft: $0.draft, publishAfter: $0.publishAfter) }.map { caseFile in
            guard !caseFile.documents.allSatisfy({ allows(draft: $0.draft, publishAfter: $0.publishAfter) }) else { return caseFile }
            var caseFile = caseFile
            caseFile.documents = caseFile.documents.filter { allows(draft: $0.draft, publishAfter: $0.publishAfter) }
            return caseFile
        }
        return published
    }
}
