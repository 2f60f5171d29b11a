import Foundation

/// Times the rendering of single pages, for comparing template engines: `casebook bench-render`.
public struct RenderBenchmark {
    /// One page's timing.
    public struct Result: Sendable {
        /// The page's site-relative path, e.g. `cases/x/`.
        public var path: String
        /// Nanoseconds per rendering, the median of the rounds.
        public var nanoseconds: Double
        /// The rendered page's size.
        public var bytes: Int
    }

    let renderer: SiteRenderer
    let models: [String: PageModel]

    /// Loads, checks and links the project of `options`; throws `DiagnosticsError` on any error.
    public init(options: BuildOptions) throws {
        let (content, loadDiagnostics) = ContentLoader(root: options.root, contentFolder: options.content).load()
        let (templates, templateDiagnostics) = TemplateSet.load(from: options.templates, displayPath: SourceLocation.displayPath(of:))
        let (index, indexDiagnostics) = SiteIndex.build(from: content, publication: options.publication)
        let diagnostics = loadDiagnostics + templateDiagnostics + indexDiagnostics
        guard !diagnostics.containsErrors, let templates else { throw DiagnosticsError(diagnostics) }
        renderer = SiteRenderer(linked: LinkedSite(index), templates: templates)
        models = Dictionary(renderer.models().map { ($0.route.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every page's path.
    public var paths: [String] { models.keys.sorted() }

    /// Renders the page at `path` `times` times in each of `rounds` rounds; nil when no page has that path.
    public func time(_ path: String, times: Int, rounds: Int = 5) -> Result? {
        guard let model = models[path] else { return nil }
        let templates = renderer.templates
        var bytes = 0
        var perRound: [Double] = []
        for _ in 0..<max(1, rounds) {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<max(1, times) { bytes = templates.file(model).contents.count }
            perRound.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(max(1, times)))
        }
        return Result(path: path, nanoseconds: perRound.sorted()[perRound.count / 2], bytes: bytes)
    }
}
