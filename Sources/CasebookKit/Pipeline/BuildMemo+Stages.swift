/// The stages of a build that keeps a memo (`serve`): each makes only the parts whose reads changed since
/// `previous`, and keeps what it made in this memo for the next build.
extension BuildMemo {
    /// Every page, rendered or reused, in the order of `SiteRenderer.models()`.
    mutating func pages(_ renderer: SiteRenderer, previous: BuildMemo?, changes: inout ChangeSet?) -> [SiteRenderer.Memo] {
        let parts = renderer.pageParts(reusing: previous?.pages ?? [:])
        let made = parts.make(reusing: previous?.pages ?? [:], changes: &changes, numbering: numbering)
        pages = parts.memo(made)
        return made.flatMap(\.value)
    }

    /// The search index's files and texts, with the index patched from the previous one where it can be.
    mutating func searchFiles(
        _ context: RenderContext, strings: InterfaceStrings, previous: BuildMemo?, changes: inout ChangeSet?
    ) -> [OutputFile] {
        let parts = SearchDocument.parts(context: context)
        let documents = parts.make(reusing: previous?.searchDocuments ?? [:], changes: &changes, numbering: numbering)
        searchDocuments = parts.memo(documents)
        let index = SearchIndex(documents.flatMap(\.value), reusing: previous?.search)
        let made = index.files(strings: strings, reusing: previous?.searchFiles)
        (search, searchFiles) = (index, made.memo)
        return made.files
    }

    /// The export files; they are reused whole when every row is the same and nothing else they read changed.
    mutating func exportFiles(_ site: SiteExports, previous: BuildMemo?, changes: inout ChangeSet?) -> [OutputFile] {
        let parts = site.rowParts()
        let made = parts.make(reusing: previous?.rows ?? [:], changes: &changes, numbering: numbering)
        rows = parts.memo(made)
        let inputs = ExportInputs(rows: made.map(\.value), routes: site.routes)
        if let earlier = previous?.exports, earlier.value.inputs == inputs, changes?.containsAny(of: earlier.dependencies) == false {
            exports = earlier
        } else {
            exports = Tracked.recording(numbering: numbering) { (inputs, site.files(rows: inputs.rows)) }
        }
        return exports?.value.files ?? []
    }

    /// What the export files are made from besides the site: the cases' rows and the pages' routes.
    struct ExportInputs: Sendable, Equatable {
        var rows: [SiteExports.Row]
        var routes: [Route]
    }
}
