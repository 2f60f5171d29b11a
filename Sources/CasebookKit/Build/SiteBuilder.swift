import Foundation

/// Runs the pipeline: load → resolve → render → write. Every error of a run is reported at once.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    /// A builder for these folders.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads, checks and renders without writing anything; throws `DiagnosticsError` on any error.
    public func check() throws -> (files: [OutputFile], linked: LinkedSite, warnings: [Diagnostic]) {
        let loader = ContentLoader(root: options.root, contentFolder: options.content)
        let (content, loadDiagnostics) = loader.load()
        let (templates, templateDiagnostics) = TemplateSet.load(from: options.templates, displayPath: loader.displayPath)
        let (index, indexDiagnostics) = SiteIndex.build(from: content)
        let diagnostics = loadDiagnostics + templateDiagnostics + indexDiagnostics
        guard !diagnostics.containsErrors, let templates else { throw DiagnosticsError(diagnostics) }
        let linked = LinkedSite(index)
        let files = SiteRenderer(linked: linked, templates: templates).render()
        return (files, linked, (diagnostics + linked.warnings).sorted())
    }

    /// Builds the site and replaces the output folder only if everything succeeded.
    public func build() throws -> BuildReport {
        let start = Date()
        let (files, linked, warnings) = try check()
        let index = linked.index
        let written: Int
        do {
            written = try SiteWriter(destination: options.output).write(files, assets: options.templates.appendingPathComponent("assets"))
        } catch {
            let location = SourceLocation(path: ContentLoader(root: options.root).displayPath(options.output))
            throw DiagnosticsError([.error(.outputFailed(reason: error.localizedDescription), at: location)])
        }
        let counts = [
            ("cases", index.cases.count), ("documents", index.cases.reduce(0) { $0 + $1.documents.count }),
            ("defenders", index.defenders.count), ("organizations", index.organizations.count),
            ("mandates", index.mandates.count), ("countries", index.countries.count), ("instruments", index.instruments.count),
        ]
        return BuildReport(
            pages: files.count, files: written, warnings: warnings, counts: counts.map { (kind: $0.0, count: $0.1) },
            citations: CitationReport(linked),
            seconds: Date().timeIntervalSince(start))
    }
}
