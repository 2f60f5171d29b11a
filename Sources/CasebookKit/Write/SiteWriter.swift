import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The Write stage: writes the site into a fresh staging folder, then swaps it in for the old one.
///
/// A failure or an interruption before the swap leaves the previous site exactly as it was.
public struct SiteWriter: Sendable {
    /// The folder the site is published to, e.g. `site/`.
    public var destination: URL

    /// A writer publishing to `destination`.
    public init(destination: URL) {
        self.destination = destination
    }

    /// A fresh staging folder to write a build into before it replaces the destination.
    public func stage() throws -> StagingFolder { try StagingFolder(for: self) }

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
