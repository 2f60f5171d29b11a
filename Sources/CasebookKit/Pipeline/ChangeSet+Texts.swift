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

    /// Equal, or equal once the sources are taken out; values shared with the last build compare at once.
    static func same<T: SourceBearing>(_ a: T?, _ b: T?) -> Bool { a == b || a?.withoutSources == b?.withoutSources }

    static func same<Values: Collection>(_ a: Values?, _ b: Values?) -> Bool where Values.Element: SourceBearing {
        guard let a, let b else { return a == nil && b == nil }
        return a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || $0.withoutSources == $1.withoutSources }
    }
}

/// A content value holding Markdown sources, which a change set compares without them.
protocol SourceBearing: Equatable {
    /// The value with every Markdown source emptied, its locations kept.
    var withoutSources: Self { get }
}

extension CaseFile: SourceBearing {
    var withoutSources: CaseFile {
        var copy = self
        copy.body = self.body.withoutSource
        copy.documents = self.documents.map(\.withoutSources)
        return copy
    }
}

/// A content type with one Markdown body.
protocol MarkdownBodied: SourceBearing {
    var body: MarkdownText { get set }
}

extension MarkdownBodied {
    var withoutSources: Self {
        var copy = self
        copy.body = body.withoutSource
        return copy
    }
}

extension SourceDocument: MarkdownBodied {}
extension Defender: MarkdownBodied {}
extension Organization: MarkdownBodied {}
extension Mandate: MarkdownBodied {}
