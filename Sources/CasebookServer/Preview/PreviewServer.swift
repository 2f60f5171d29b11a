import CasebookKit
import Foundation

/// `casebook serve`: builds a site into a folder of its own, serves it on 127.0.0.1, rebuilds it when
/// its content, templates or settings change, and reloads the pages open in a browser.
///
/// A failed build never stops the server: it goes on serving the last good build, with the failure's
/// diagnostics shown at the top of every page until a build succeeds.
public final class PreviewServer: @unchecked Sendable {
    /// What the server reports to the person running it.
    public enum Event: Sendable {
        /// Files changed; a build starts.
        case rebuilding
        /// A build succeeded and is now served.
        case built(BuildReport)
        /// A build failed with these diagnostics; the last good build is still served.
        case failed([Diagnostic])
    }

    /// Where the site is served, e.g. `http://127.0.0.1:8080/`.
    public var url: URL { URL(string: "http://127.0.0.1:\(http.port)/")! }

    private let options: BuildOptions
    private let status: BuildStatus
    private let report: @Sendable (Event) -> Void
    private let pollInterval: Double
    private let http: HTTPServer
    private let watcher = DispatchGroup()
    private let lock = NSLock()
    private var stopped = false

    /// A server building with `options` (whose output must be a folder of the preview's own) and
    /// listening on 127.0.0.1:`port`, 0 for any free port. Nothing is built or served before `start`.
    public init(
        options: BuildOptions, port: UInt16, pollInterval: Double = 0.3, report: @escaping @Sendable (Event) -> Void
    ) throws(ServerError) {
        self.options = options
        self.pollInterval = pollInterval
        self.report = report
        let status = BuildStatus()
        self.status = status
        http = try HTTPServer(port: port, handler: PreviewRoutes(status: status, site: options.output).respond)
    }

    /// The preview's build folder for a project: `.casebook-serve/site` under its root, never `site/`.
    public static func buildFolder(root: URL) -> URL {
        root.appendingPathComponent(".casebook-serve").appendingPathComponent("site")
    }

    /// Builds the site, then serves it and watches its files; returns once it is served.
    public func start() {
        let watched = ContentWatcher(locations: [
            options.content, options.templates, options.root.appendingPathComponent("casebook.yml"),
        ])
        // A preview folder left by a Casebook from before folders were marked is still the preview's own.
        if options.output.standardizedFileURL == Self.buildFolder(root: options.root).standardizedFileURL {
            try? SiteMarker.adopt(options.output)
        }
        let firstFiles = watched.snapshot()
        var firstBuilder = IncrementalBuilder(options: options)
        build(with: &firstBuilder)
        http.start()
        watcher.enter()
        Thread { [self, firstBuilder] in
            var (files, builder) = (firstFiles, firstBuilder)
            while let next = watched.nextChange(after: files, interval: pollInterval, stopped: { lock.withLock { stopped } }) {
                files = next
                report(.rebuilding)
                build(with: &builder)
            }
            watcher.leave()
        }.start()
    }

    /// Stops watching (after the build under way, if any), ends every connection and stops listening.
    public func stop() {
        lock.withLock { stopped = true }
        status.close()
        watcher.wait()
        http.stop()
    }

    /// Builds into the preview's folder, redoing only what changed, then publishes and reports the outcome.
    private func build(with builder: inout IncrementalBuilder) {
        status.build {
            do {
                report(.built(try builder.build()))
                return nil
            } catch {
                let diagnostics = (error as? DiagnosticsError)?.diagnostics
                    ?? [.error(.outputFailed(reason: "\(error)"), at: SourceLocation(path: SourceLocation.displayPath(of: options.output)))]
                report(.failed(diagnostics))
                return diagnostics
            }
        }
    }
}
