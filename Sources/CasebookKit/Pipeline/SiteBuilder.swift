import Foundation

/// Runs the pipeline: load → resolve → render → write. Every error of a run is reported at once.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    /// A builder for these folders.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads, checks and renders without writing anything; throws `DiagnosticsError` on any error.
    public func check() throws -> Checked { try check(reusing: nil).checked }

    /// `check`, reusing from `memo` every step whose inputs are unchanged, and returning the memo for the
    /// next build; without a memo nothing is kept for reuse. With `staging`, each file is written there as
    /// soon as it is made instead of being kept, so a build does not hold the whole site in memory.
    func check(reusing memo: BuildMemo?, into staging: StagingFolder? = nil) throws -> (checked: Checked, memo: BuildMemo) {
        var clock = StageClock(progress: options.progress)
        var next = BuildMemo()
        next.numbering = memo?.numbering ?? next.numbering
        let remember = memo != nil
        let loader = ContentLoader(root: options.root, contentFolder: options.content)
        var (content, loadDiagnostics, files) = clock.measure("load") { loader.load(reusing: memo?.files) }
        if let baseURL = options.baseURL { content.config.baseURL = SiteConfig.folderURL(baseURL) }
        next.files = files
        let (templateSet, templateDiagnostics) = clock.measure("templates") {
            TemplateSet.load(from: options.templates, displayPath: SourceLocation.displayPath(of:), reusing: memo?.templates)
        }
        let (index, indexDiagnostics) = clock.measure("resolve") { SiteIndex.build(from: content, publication: options.publication) }
        let (protection, screened) = clock.measure("protect") { () -> (ProtectionList, [Diagnostic]) in
            let list = ProtectionList(content)
            let settings = SourceScreen.settings(config: options.root.appendingPathComponent("casebook.yml"), templates: options.templates)
            return (list, list.diagnostics + SourceScreen(list: list).check(content, settings: settings))
        }
        let diagnostics = loadDiagnostics + templateDiagnostics + screened + indexDiagnostics
        guard !diagnostics.containsErrors, let loaded = templateSet else { throw DiagnosticsError(diagnostics) }
        // The previous set, when it renders alike, shares its strings' storage with the pages it rendered,
        // which keeps comparing their values cheap.
        let sameTemplates = memo?.templates.map(loaded.rendersLike) ?? false
        let templates = sameTemplates ? memo!.templates! : loaded
        let sweep = OutputSweep(list: protection, folder: SourceLocation.displayPath(of: options.output))
        staging?.sweep = sweep
        next.protection = protection
        let linked = clock.measure("link") { LinkedSite(index, reusing: memo?.linked) }
        let renderer = SiteRenderer(linked: linked, templates: templates)
        // Parts made for the last build are reused only where every dependency they read is unchanged.
        var changes = sameTemplates ? memo?.linked.map { ChangeSet(from: $0, to: linked, numbering: next.numbering) } : nil
        // Page models live only inside the stage, and a streamed build holds a few at a time: at 10,000
        // cases all of them take half a gigabyte.
        let (routes, pages) = try clock.measure("render") { () throws -> ([Route], [OutputFile]) in
            if let staging { return (try renderer.write(to: staging), []) }
            // Pages rendered with other templates are never kept, even where their values are the same.
            let made = remember
                ? next.pages(renderer, previous: sameTemplates ? memo : nil, changes: &changes)
                : renderer.pageParts(reusing: [:]).makeAll().flatMap { $0 }
            return (made.map(\.route), made.map(\.file))
        }
        // A builder that rebuilds keeps what it linked and rendered with for the next build.
        if remember { (next.linked, next.templates) = (linked, templates) }
        let search = try clock.measure("search") {
            if remember { return next.searchFiles(renderer.context, strings: templates.strings, previous: memo, changes: &changes) }
            let index = SearchIndex(SearchDocument.all(context: renderer.context), keepingWeights: false)
            let files = index.files(strings: templates.strings)
            guard let staging else { return files + index.documents.indices.map(index.textFile) }
            try staging.write(files)
            try staging.write(count: index.documents.count, index.textFile)
            return []
        }
        let exports = SiteExports(context: renderer.context, routes: routes)
        let data = try clock.measure("exports") { () throws -> [OutputFile] in
            if remember { return next.exportFiles(exports, previous: memo, changes: &changes) }
            return try Self.keep(exports.files(), unless: staging)
        }
        let made = pages + search + data
        // A streamed build sweeps each file as it is written to the staging folder, and copies the assets there.
        var assets: [OutputFile] = []
        if staging == nil {
            assets = try SiteWriter.assetFiles(in: options.templates.appendingPathComponent("assets"))
            let previous = memo?.protection == protection ? memo?.written : nil
            let leaks = clock.measure("sweep") { sweep.check(made + assets, unchangedSince: previous) }
            guard leaks.isEmpty else { throw DiagnosticsError(leaks) }
        }
        let warnings = diagnostics + linked.warnings + exports.warnings
        let checked = Checked(
            files: made, assets: assets, pages: routes.count, linked: linked, warnings: warnings.sorted(), stages: clock.stages)
        return (checked, next)
    }

    /// The diagnostics `body` throws, if any.
    private static func diagnostics(of body: () throws -> Void) -> [Diagnostic] {
        do { try body() } catch let error as DiagnosticsError { return error.diagnostics } catch {}
        return []
    }

    /// The files, or none once they are written to `staging`.
    private static func keep(_ files: [OutputFile], unless staging: StagingFolder?) throws -> [OutputFile] {
        guard let staging else { return files }
        try staging.write(files)
        return []
    }

    /// What `check` produced: the rendered files, the linked site, warnings and stage timings.
    public struct Checked: Sendable {
        public var files: [OutputFile]
        /// The static assets, read where `files` were kept (a streamed build copies them when it publishes).
        public var assets: [OutputFile]
        /// How many files the site has, assets and the folder's marker included (where `files` were kept).
        public var outputFiles: Int { files.count + assets.count + 1 }
        /// How many HTML pages were rendered.
        public var pages: Int
        public var linked: LinkedSite
        public var warnings: [Diagnostic]
        public var stages: [(name: String, seconds: Double)]
    }

    /// Builds the site and replaces the output folder only if everything succeeded and the folder is
    /// Casebook's to replace (see `SiteMarker`).
    public func build() throws -> BuildReport {
        let start = Date()
        let staging: StagingFolder
        do {
            staging = try write { try SiteWriter(options: options).stage() }
        } catch let failure as DiagnosticsError {
            // Still check the content, so that its errors are reported along with the output folder's.
            throw DiagnosticsError(Self.diagnostics { _ = try check() } + failure.diagnostics)
        }
        return try staging.discardingOnFailure {
            var (checked, _) = try write { try check(reusing: nil, into: staging) }
            let assets = options.templates.appendingPathComponent("assets")
            var leftovers: [Diagnostic] = []
            let written = try write(&checked.stages) {
                let published = try staging.publish(assets: assets)
                leftovers = published.warnings
                return published.files
            }
            checked.warnings = (checked.warnings + leftovers).sorted()
            return report(checked, written: written, since: start)
        }
    }

    /// Builds reusing `memo`, then updates the output folder in place, writing only the files whose bytes
    /// changed and deleting those no longer produced; the folder ends up as a full build would leave it.
    public func build(reusing memo: BuildMemo) throws -> (report: BuildReport, memo: BuildMemo) {
        let start = Date()
        var (checked, next) = try check(reusing: memo)
        let files = checked.files + checked.assets
        var written: [String: [UInt8]] = [:]
        let count = try write(&checked.stages) {
            let leftovers: [Diagnostic]
            (written, leftovers) = try SiteWriter(options: options).update(files, previous: memo.written)
            checked.warnings = (checked.warnings + leftovers).sorted()
            return files.count
        }
        next.written = written
        return (report(checked, written: count, since: start), next)
    }

    private func write(_ stages: inout [(name: String, seconds: Double)], _ body: () throws -> Int) throws -> Int {
        var clock = StageClock(progress: options.progress)
        let count = try write {
            try clock.measure("write") {
                let count = try body()
                StageTicker.current?.settle(count)
                return count
            }
        }
        stages += clock.stages
        return count
    }

    /// Runs `body`, reporting a failure to write as a diagnostic at the output folder.
    private func write<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            let location = SourceLocation(path: SourceLocation.displayPath(of: options.output))
            throw DiagnosticsError([.error(.outputFailed(reason: error.localizedDescription), at: location)])
        }
    }

    private func report(_ checked: Checked, written: Int, since start: Date) -> BuildReport {
        let index = checked.linked.index
        let counts = [
            ("cases", index.cases.count), ("documents", index.cases.reduce(0) { $0 + $1.documents.count }),
            ("defenders", index.defenders.count), ("organizations", index.organizations.count),
            ("mandates", index.mandates.count), ("countries", index.countries.count), ("instruments", index.instruments.count),
        ]
        return BuildReport(
            pages: checked.pages, files: written, warnings: checked.warnings, counts: counts.map { (kind: $0.0, count: $0.1) },
            citations: CitationReport(checked.linked), stages: checked.stages, seconds: Date().timeIntervalSince(start))
    }
}
