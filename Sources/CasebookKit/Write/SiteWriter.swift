import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The Write stage: writes the site into a fresh staging folder, then swaps it in for the old one.
///
/// A failure or an interruption before the swap leaves the previous site exactly as it was, and a folder
/// that is not Casebook's own (see `SiteMarker`) is never replaced.
public struct SiteWriter: Sendable {
    /// The folder the site is published to, e.g. `site/`.
    public var destination: URL
    /// The folders the build reads, which the destination may neither be nor hold.
    public var sources: [URL]

    /// A writer publishing to `destination`, which must not be or hold any of `sources`.
    public init(destination: URL, sources: [URL] = []) {
        self.destination = destination
        self.sources = sources
    }

    /// A writer publishing to the options' output folder, which must not be or hold the folders they read.
    public init(options: BuildOptions) {
        self.init(destination: options.output, sources: [options.root, options.content, options.templates])
    }

    /// A staging folder to write a build into before it replaces the destination: the destination itself
    /// when `previous` holds what this writer last wrote there, else a fresh folder; with `recording`, it
    /// keeps every file's bytes for the next build. Throws `DiagnosticsError`, having changed nothing,
    /// when the destination is not Casebook's to replace.
    public func stage(over previous: [String: [UInt8]]? = nil, recording: Bool = false) throws -> StagingFolder {
        if previous == nil, let refusal = OutputFolderCheck(destination: destination, sources: sources).refusal() {
            throw DiagnosticsError([.error(refusal, at: SourceLocation(path: SourceLocation.displayPath(of: destination)))])
        }
        return try StagingFolder(for: self, previous: previous, recording: recording || previous != nil)
    }

    /// Cleans up after builds that were killed: their staging folders are deleted, and a site that was
    /// moved aside but never replaced is moved back. Returns a warning for each folder not wholly deleted.
    func recoverInterruptedBuilds() -> [Diagnostic] {
        let manager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let entries = (try? manager.contentsOfDirectory(atPath: parent.path)) ?? []
        var warnings: [Diagnostic] = []
        for entry in entries.sorted() {
            for (marker, isOld) in [("-staging-", false), ("-old-", true)] {
                let prefix = ".\(name)\(marker)"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), !Self.isRunning(pid) else { continue }
                let url = parent.appendingPathComponent(entry)
                if isOld, !manager.fileExists(atPath: destination.path) {
                    try? manager.moveItem(at: url, to: destination)
                } else {
                    warnings += Self.remove(url)
                }
            }
        }
        return warnings
    }

    /// Deletes a folder Casebook left beside the destination; a warning if some of it is left.
    static func remove(_ folder: URL) -> [Diagnostic] {
        guard let reason = FolderRemoval.remove(folder) else { return [] }
        return [.warning(.folderLeftBehind(reason: reason), at: SourceLocation(path: SourceLocation.displayPath(of: folder)))]
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        pid == ProcessInfo.processInfo.processIdentifier ? false : kill(pid, 0) == 0
    }
}
