import Foundation

/// Builds a site again and again (for `casebook serve`), each time redoing only what changed since the
/// last good build and writing only the files whose bytes changed. The output folder always ends up
/// byte for byte as a full build would leave it.
public struct IncrementalBuilder: Sendable {
    public var options: BuildOptions
    private var memo = BuildMemo(keeping: .everything)

    /// A builder whose first build is a full one.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds; on an error the output folder is left as it was and the next build starts from the last good one.
    public mutating func build() throws -> BuildReport {
        do {
            let (report, next) = try SiteBuilder(options: options).build(reusing: memo)
            // Freeing what only the last build held takes a tenth of a second at 10,000 cases: it is done
            // off the path to the reloaded page.
            let retired = memo
            memo = next
            DispatchQueue.global(qos: .utility).async { withExtendedLifetime(retired) {} }
            return report
        } catch let error as DiagnosticsError {
            // A write that failed half-way leaves the folder unknown: the next build rewrites it whole.
            if error.diagnostics.contains(where: { if case .outputFailed = $0.message { true } else { false } }) { memo.written = nil }
            throw error
        }
    }
}
