/// Everything loaded from `content/`, before any cross-reference is checked.
public struct ContentSet: Sendable, Hashable {
    public var config: SiteConfig
    public var cases: [CaseFile]
    public var defenders: [Defender]
    public var organizations: [Organization]
    public var mandates: [Mandate]
    public var instruments: [Instrument]
    /// Slugs, by kind, of files that failed to load; references to them are not reported a second time.
    public var slugsWithErrors: [String: Set<String>] = [:]
    /// The references a file that failed to load makes all the same, checked with everyone else's so that
    /// one run reports every error.
    public var referencesInFailedFiles: [FailedReference] = []
    /// Every translation of a case, document or profile, as read: `localized(to:)` lays them over their originals.
    public var translations: [Translation] = []
    /// Every value of every `private` mapping, which no output may contain.
    public var privateValues: [Located<String>] = []
    /// Every file's text as the protection check reads it.
    var sources: [ScreenedSource] = []

    /// Creates a content set; each list is kept in the order given.
    public init(
        config: SiteConfig = SiteConfig(), cases: [CaseFile] = [], defenders: [Defender] = [],
        organizations: [Organization] = [], mandates: [Mandate] = [], instruments: [Instrument] = []
    ) {
        self.config = config
        self.cases = cases
        self.defenders = defenders
        self.organizations = organizations
        self.mandates = mandates
        self.instruments = instruments
    }
}

/// A reference to a defender, organization or mandate, made by a file that failed to load.
public struct FailedReference: Sendable, Hashable {
    /// `defender`, `organization` or `mandate`.
    public var kind: String
    public var reference: Located<String>
}
