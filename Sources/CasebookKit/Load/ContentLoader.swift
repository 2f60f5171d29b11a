import Foundation

/// The Load stage: reads every file under `content/` (in parallel) into a `ContentSet`.
public struct ContentLoader: Sendable {
    /// The project folder holding `casebook.yml` and `content/`.
    public var root: URL
    /// The content folder, `content/` under the root unless given.
    public var contentFolder: URL

    /// A loader for the project at `root`.
    public init(root: URL, contentFolder: URL? = nil) {
        self.root = root
        self.contentFolder = contentFolder ?? root.appendingPathComponent("content")
    }

    /// Loads the content; the diagnostics hold every problem found in every file.
    public func load() -> (content: ContentSet, diagnostics: [Diagnostic]) {
        let (content, diagnostics, _) = load(reusing: nil)
        return (content, diagnostics)
    }

    /// Loads the content, reusing the parse of every file whose settled stamp or bytes are those of
    /// `memos`; returns the new memos, none when given none (they hold every file's bytes). With `reads`,
    /// the texts of cases and documents are not kept but read again when needed (see `TextOrigin`).
    func load(reusing memos: [String: ContentFileParser.Memo]?, detaching reads: TextReads? = nil) -> (
        content: ContentSet, diagnostics: [Diagnostic], memos: [String: ContentFileParser.Memo]
    ) {
        let (config, configDiagnostics) = SiteConfig.load(
            from: root.appendingPathComponent("casebook.yml"), displayPath: displayPath(root.appendingPathComponent("casebook.yml")))
        var diagnostics = configDiagnostics
        guard FileManager.default.fileExists(atPath: contentFolder.path) else {
            let location = SourceLocation(path: displayPath(contentFolder))
            return (ContentSet(config: config), diagnostics + [.error(.missingContentFolder(displayPath(contentFolder)), at: location)], [:])
        }
        let files = ContentWalker(folder: contentFolder).files()
        let language = config.language
        diagnostics += files.filter(\.leavesContent).map {
            .error(.linkLeavesContent, at: SourceLocation(path: displayPath($0.url)))
        }
        let read = files.filter { !$0.leavesContent }
        if memos?.isEmpty ?? true { ReadAhead.start(read.map(\.path)) }
        let display = SourceLocation.DisplayPaths()
        let results = read.parallelMap { file in
            let path = display(file.path)
            return (path, ContentFileParser(defaultLanguage: language, reads: reads).parse(file, displayPath: path, reusing: memos?[path]))
        }
        var items: [ContentItem] = [], failed: [(kind: String, slug: String)] = []
        var privateValues: [Located<String>] = [], sources: [ScreenedSource] = [], references: [FailedReference] = []
        var newMemos: [String: ContentFileParser.Memo] = [:]
        items.reserveCapacity(results.count)
        for (path, result) in results {
            diagnostics += result.parsed.diagnostics
            if let item = result.parsed.item { items.append(item) }
            if let failure = result.parsed.failed { failed.append(failure) }
            references += result.parsed.references
            privateValues += result.parsed.privateValues
            if let screened = result.parsed.screened { sources.append(screened) }
            if memos != nil, let memo = result.memo { newMemos[path] = memo }
        }
        diagnostics += orphanDocuments(in: read)
        var content = ContentAssembler.assemble(items, diagnostics: &diagnostics)
        content.config = config
        (content.privateValues, content.sources, content.referencesInFailedFiles) = (privateValues, sources, references)
        for failure in failed { content.slugsWithErrors[failure.kind, default: []].insert(failure.slug) }
        diagnostics += content.translationDiagnostics(files: Set(results.map(\.0)))
        return (content, diagnostics, newMemos)
    }

    /// Documents in a case folder that has no `index.md` would silently vanish: report them.
    private func orphanDocuments(in files: [ContentWalker.File]) -> [Diagnostic] {
        let places = files.map { ($0, ContentPath(components: $0.components)) }
        let cases = Set(places.compactMap { if case .caseIndex(let folder) = $0.1 { folder } else { nil } })
        return places.compactMap { file, place in
            guard case .document(let folder, _) = place, !cases.contains(folder) else { return nil }
            let folderPath = displayPath(file.url.deletingLastPathComponent())
            return .error(.documentWithoutCase(folder: folderPath), at: SourceLocation(path: displayPath(file.url)))
        }
    }

    func displayPath(_ url: URL) -> String { SourceLocation.displayPath(of: url) }
}
