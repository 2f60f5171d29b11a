import Foundation

/// What one build computed that the next can reuse: parsed files, linked bodies, rendered pages and the
/// files written. Reuse is decided by comparing a step's inputs for equality (for a part, every
/// dependency it read), never by hashes; a content file is read again unless its `FileStamp` is unchanged
/// and had settled before the last read. So a memo cannot make a build differ from a full one.
public struct BuildMemo: Sendable {
    /// What a build keeps for the next one.
    public enum Keeping: Sendable {
        /// Everything it made, with what each part read (`casebook serve`, which rebuilds).
        case everything
        /// Nothing: a one-off build holds only what its remaining stages need.
        case nothing
    }

    /// What the build made from this memo keeps in the next.
    public let keeping: Keeping
    /// Each content file's bytes and what they parsed to, by display path.
    var files: [String: ContentFileParser.Memo] = [:]
    var linked: LinkedSite?
    var templates: TemplateSet?
    /// Each page group's rendered pages, each case's or profile's search records and each case's export
    /// row, with the dependencies they read; kept while the templates render alike.
    var pages: [String: Tracked<[SiteRenderer.Memo]>] = [:]
    var searchDocuments: [String: Tracked<[SearchDocument]>] = [:]
    var rows: [String: Tracked<SiteExports.Row>] = [:]
    /// The feeds and the sitemap, with the routes the sitemap lists.
    var exports: Tracked<(routes: [Route], files: [OutputFile])>?
    /// Numbers the dependencies of the parts above; shared by the memos of one `serve`.
    var numbering = DependencyTable()
    var search: SearchIndex?
    var searchFiles: SearchFiles?
    /// What the last build protected; its output was swept for it.
    var protection: ProtectionList?
    /// What the last build made of the pages of each other language than the default, by tag.
    var languages: [String: BuildMemo] = [:]
    /// The bytes of every file of the output folder as last written, by site-relative path.
    var written: [String: [UInt8]]?

    /// An empty memo: the next build does everything, and keeps as said.
    public init(keeping: Keeping = .nothing) {
        self.keeping = keeping
    }
}
