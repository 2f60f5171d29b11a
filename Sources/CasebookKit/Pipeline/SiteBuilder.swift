import Foundation

/// Runs the pipeline: load → resolve → render → write. Every error of a run is reported at once.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    /// A builder for these folders.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads, checks and renders without writing anything; throws `DiagnosticsError` on any error.
    public func check() throws -> Checked {
        let kept = StagingFolder()
        var checked = try check(reusing: BuildMemo(), into: kept).checked
        _ = try kept.publish(assets: options.templates.appendingPathComponent("assets"))
        checked.files = kept.files.sorted { $0.path < $1.path }
        return checked
    }

    /// Runs every stage once, writing each file into `staging` as soon as it is made, reusing from `memo`
    /// every step whose inputs are unchanged; returns the memo for the next build, which keeps what
    /// `memo.keeping` says. A full build is one from an empty memo that keeps nothing: it then holds only
    /// what the remaining stages need.
    func check(reusing memo: BuildMemo, into staging: StagingFolder) throws -> (checked: Checked, memo: BuildMemo) {
        var clock = StageClock(progress: options.progress)
        let keeps = memo.keeping == .everything
        // A build that keeps nothing reads each case's and document's text again when a stage needs it.
        let reads = keeps ? nil : TextReads()
        let loader = ContentLoader(root: options.root, contentFolder: options.content)
        var (content, loadDiagnostics, files) = clock.measure("load") { loader.load(reusing: keeps ? memo.files : nil, detaching: reads) }
        if let baseURL = options.baseURL { content.config.baseURL = SiteConfig.folderURL(baseURL) }
        let (templateSet, templateDiagnostics) = clock.measure("templates") {
            TemplateSet.load(
                from: options.templates, displayPath: SourceLocation.displayPath(of:), languages: content.config.languages, reusing: memo.templates)
        }
        let (index, indexDiagnostics) = clock.measure("resolve") { SiteIndex.build(from: content.localized(to: content.config.defaultLanguage), publication: options.publication) }
        let (protection, screened) = clock.measure("protect") { () -> (ProtectionList, [Diagnostic]) in
            let list = ProtectionList(content)
            let settings = SourceScreen.settings(config: options.root.appendingPathComponent("casebook.yml"), templates: options.templates)
            return (list, list.diagnostics + SourceScreen(list: list).check(content, settings: settings))
        }
        let diagnostics = loadDiagnostics + templateDiagnostics + screened + indexDiagnostics + (reads?.diagnostics ?? [])
        guard !diagnostics.containsErrors, let loaded = templateSet else { throw DiagnosticsError(diagnostics) }
        // The previous set, when it renders alike, shares its strings' storage with the pages it rendered,
        // which keeps comparing their values cheap.
        let sameTemplates = memo.templates.map(loaded.rendersLike) ?? false
        let templates = sameTemplates ? memo.templates! : loaded
        staging.sweep = OutputSweep(list: protection, folder: SourceLocation.displayPath(of: options.output), languages: content.config)
        staging.sweptAlike = memo.protection == protection
        // Every language's texts are linked before any page is made, each rendered once: a text the pages
        // of several languages show alike is rendered for the first and read by the others.
        let renderings = keeps ? nil : RenderedBodies(besideOutput: options.output)
        let linked = link(index, templates: templates, reusing: memo.linked, sibling: nil, renderings: renderings, keeps: keeps, clock: &clock)
        var languages = [Language(linked: linked, templates: templates, previous: memo)]
        for language in content.config.languages.dropFirst() {
            let (localized, _) = clock.measure(Self.stage("resolve", of: content.config.making(language))) {
                SiteIndex.build(from: content.localized(to: language), publication: options.publication, checking: false)
            }
            let previous = memo.languages[language] ?? BuildMemo(keeping: memo.keeping)
            let translated = templates.language(language)
            let linkedLanguage = link(
                localized, templates: translated, reusing: previous.linked, sibling: linked, renderings: renderings, keeps: keeps, clock: &clock)
            languages.append(Language(linked: linkedLanguage, templates: translated, previous: previous))
        }
        let made = try makePages(of: languages, sameTemplates: sameTemplates, numbering: memo.numbering, clock: &clock, into: staging)
        if let changed = reads?.diagnostics, !changed.isEmpty { throw DiagnosticsError(changed) }
        var next = made[0].memo
        next.files = files
        if keeps {
            (next.protection, next.templates) = (protection, templates)
            for (language, pages) in zip(languages, made).dropFirst() { next.languages[language.linked.index.config.language] = pages.memo }
        }
        let warnings = Set(diagnostics + made.flatMap(\.warnings))
        let checked = Checked(
            files: [], pages: made.map(\.pages).reduce(0, +), linked: linked, warnings: warnings.sorted(), stages: clock.stages)
        return (checked, next)
    }

    /// Links the texts of `index`'s language, reusing from `previous` (the last build's of that language)
    /// the texts linked alike, and from `sibling` (the default language's) the texts shown there alike;
    /// the texts the build does not keep are rendered into `renderings`.
    private func link(
        _ index: SiteIndex, templates: TemplateSet, reusing previous: LinkedSite?, sibling: LinkedSite?, renderings: RenderedBodies?,
        keeps: Bool, clock: inout StageClock
    ) -> LinkedSite {
        let linked = clock.measure(Self.stage("link", of: index.config)) {
            LinkedSite(
                index, reusing: previous, sibling: sibling, articleTitle: templates.strings["citation_article_title"], keepingRenderingsIn: renderings)
        }
        if !keeps { FreedMemory.release() }
        return linked
    }

    /// A stage's name in the timings, with the language of the pages it makes after it unless they are
    /// the default language's: `render (ru)`.
    static func stage(_ name: String, of config: SiteConfig) -> String {
        config.language == config.defaultLanguage ? name : "\(name) (\(config.language))"
    }

    /// The diagnostics `body` throws, if any.
    private static func diagnostics(of body: () throws -> Void) -> [Diagnostic] {
        do { try body() } catch let error as DiagnosticsError { return error.diagnostics } catch {}
        return []
    }

    /// What `check` produced: the pages it rendered, the linked site, warnings and stage timings.
    public struct Checked: Sendable {
        /// The files of the site, where they were kept rather than written (`check()`), in path order.
        public var files: [OutputFile]
        /// How many files the site has, assets and the folder's marker included (where `files` were kept).
        public var outputFiles: Int { files.count }
        /// How many HTML pages were rendered.
        public var pages: Int
        public var linked: LinkedSite
        public var warnings: [Diagnostic]
        public var stages: [(name: String, seconds: Double)]
    }

    /// Builds the site and replaces the output folder only if everything succeeded and the folder is
    /// Casebook's to replace (see `SiteMarker`).
    public func build() throws -> BuildReport {
        try build(reusing: BuildMemo()).report
    }

    /// Builds reusing `memo`, streaming every file into a staging folder that then takes the output
    /// folder's place: a fresh folder swapped in, or, where the memo has the bytes last written there, the
    /// folder itself, where only the files whose bytes changed are written and those no longer produced
    /// deleted. Either way the folder ends up as a full build would leave it, or as it was on an error.
    public func build(reusing memo: BuildMemo) throws -> (report: BuildReport, memo: BuildMemo) {
        let start = Date()
        let staging: StagingFolder
        do {
            staging = try write { try SiteWriter(options: options).stage(over: memo.written, recording: memo.keeping == .everything) }
        } catch let failure as DiagnosticsError {
            // Still check the content, so that its errors are reported along with the output folder's.
            throw DiagnosticsError(Self.diagnostics { _ = try check() } + failure.diagnostics)
        }
        return try staging.discardingOnFailure {
            var (checked, next) = try write { try check(reusing: memo, into: staging) }
            var leftovers: [Diagnostic] = []
            let written = try write(&checked.stages) {
                let published = try staging.publish(assets: options.templates.appendingPathComponent("assets"))
                leftovers = published.warnings
                return published.files
            }
            checked.warnings = (checked.warnings + leftovers).sorted()
            if staging.recording { next.written = staging.written }
            return (report(checked, written: written, since: start), next)
        }
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
