/// A change set compares the site's entities without their Markdown sources, which pages never read
/// directly (they read `LinkedSite.body(_:)`, or note `Dependency.text` if they do): editing a case's
/// text then leaves the lists that show the case as they were.
extension ChangeSet {
    /// Every Markdown source of the site, by display path.
    static func texts(of index: SiteIndex) -> [String: MarkdownText] {
        var texts: [MarkdownText] = index.storedCases.flatMap { [$0.body] + $0.documents.map(\.body) }
        texts += index.storedDefenders.map(\.body) + index.storedOrganizations.map(\.body) + index.storedMandates.map(\.body)
        texts += index.storedInstruments.map(\.body)
        return Dictionary(texts.map { ($0.start.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func same(_ a: CaseFile?, _ b: CaseFile?) -> Bool { same(a, b, \.withoutSources) }
    static func same(_ a: Defender?, _ b: Defender?) -> Bool { same(a, b, \.withoutSource) }
    static func same(_ a: [Defender]?, _ b: [Defender]?) -> Bool { same(a, b, \.withoutSource) }
    static func same(_ a: Organization?, _ b: Organization?) -> Bool { same(a, b, \.withoutSource) }
    static func same(_ a: [Organization]?, _ b: [Organization]?) -> Bool { same(a, b, \.withoutSource) }
    static func same(_ a: Mandate?, _ b: Mandate?) -> Bool { same(a, b, \.withoutSource) }
    static func same(_ a: [Mandate]?, _ b: [Mandate]?) -> Bool { same(a, b, \.withoutSource) }
    static func same(_ a: SourceDocument?, _ b: SourceDocument?) -> Bool { same(a, b, \.withoutSource) }

    /// Equal, or equal once `strip` took the sources out; values shared with the last build compare at once.
    private static func same<T: Equatable>(_ a: T?, _ b: T?, _ strip: (T) -> T) -> Bool {
        a == b || a.map(strip) == b.map(strip)
    }

    private static func same<T: Equatable>(_ a: [T]?, _ b: [T]?, _ strip: (T) -> T) -> Bool {
        a?.count == b?.count && zip(a ?? [], b ?? []).allSatisfy { $0 == $1 || strip($0) == strip($1) }
    }
}

extension CaseFile {
    var withoutSources: CaseFile {
        var copy = self
        copy.body = body.withoutSource
        copy.documents = documents.map(\.withoutSource)
        return copy
    }
}

/// A content type with one Markdown body.
protocol MarkdownBodied: Equatable {
    var body: MarkdownText { get set }
}

extension MarkdownBodied {
    var withoutSource: Self {
        var copy = self
        copy.body = body.withoutSource
        return copy
    }
}

extension SourceDocument: MarkdownBodied {}
extension Defender: MarkdownBodied {}
extension Organization: MarkdownBodied {}
extension Mandate: MarkdownBodied {}
