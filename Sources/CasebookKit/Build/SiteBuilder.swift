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
        var clock = StageClock()
        let loader = ContentLoader(root: options.root, contentFolder: options.content)
        let (content, loadDiagnostics) = clock.measure("load") { loader.load() }
        let (templates, templateDiagnostics) = clock.measure("templates") {
            TemplateSet.load(from: options.templates, displayPath: SourceLocation.displayPath(of:))
        }
        let protectedNames = ProtectedNameChecker(content.defenders).check(content)
        let (index, indexDiagnostics) = clock.measure("resolve") { SiteIndex.build(from: content, publication: options.publication) }
        let diagnostics = loadDiagnostics + templateDiagnostics + protectedNames + indexDiagnostics
        guard !diagnostics.containsErrors, let templates else { throw DiagnosticsError(diagnostics) }
        let linked = clock.measure("link") { LinkedSite(index) }
        let renderer = SiteRenderer(linked: linked, templates: templates)
        let models = renderer.models()
        let pages = clock.measure("render") { renderer.render(models) }
        let search = clock.measure("search") {
            SearchIndex(SearchDocument.all(context: renderer.context)).files(strings: templates.strings)
        }
        let exports = SiteExports(context: renderer.context, routes: models.map(\.route))
        let data = clock.measure("exports") { exports.files() }
        let warnings = diagnostics + linked.warnings + exports.warnings
        return Checked(files: pages + search + data, pages: pages.count, linked: linked, warnings: warnings.sorted(), stages: clock.stages)
    }

    /// What `check` produced: the rendered files, the linked site, warnings and stage timings.
    public struct Checked: Sendable {
        public var files: [OutputFile]
        /// How many of the files are HTML pages.
        public var pages: Int
        public var linked: LinkedSite
        public var warnings: [Diagnostic]
        public var stages: [(name: String, seconds: Double)]
    }

    /// Builds the site and replaces the output folder only if everything succeeded.
    public func build() throws -> BuildReport {
        let start = Date()
        var checked = try check()
        let (files, linked, warnings) = (checked.files, checked.linked, checked.warnings)
        let index = linked.index
        let written: Int
        do {
            var clock = StageClock()
            written = try clock.measure("write") {
                try SiteWriter(destination: options.output).write(files, assets: options.templates.appendingPathComponent("assets"))
            }
            checked.stages += clock.stages
        } catch {
            let location = SourceLocation(path: SourceLocation.displayPath(of: options.output))
            throw DiagnosticsError([.error(.outputFailed(reason: error.localizedDescription), at: location)])
        }
        let counts = [
            ("cases", index.cases.count), ("documents", index.cases.reduce(0) { $0 + $1.documents.count }),
            ("defenders", index.defenders.count), ("organizations", index.organizations.count),
            ("mandates", index.mandates.count), ("countries", index.countries.count), ("instruments", index.instruments.count),
        ]
        return BuildReport(
            pages: checked.pages, files: written, warnings: warnings, counts: counts.map { (kind: $0.0, count: $0.1) },
            citations: CitationReport(linked), stages: checked.stages,
            seconds: Date().timeIntervalSince(start))
    }
}
