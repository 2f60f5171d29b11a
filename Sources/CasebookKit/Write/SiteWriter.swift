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
    /// moved aside but never replaced is moved back.
    func recoverInterruptedBuilds() {
        let manager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let entries = (try? manager.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries.sorted() {
            for (marker, isOld) in [("-staging-", false), ("-old-", true)] {
                let prefix = ".\(name)\(marker)"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), !Self.isRunning(pid) else { continue }
                let url = parent.appendingPathComponent(entry)
                if isOld, !manager.fileExists(atPath: destination.path) {
                    try? manager.moveItem(at: url, to: destination)
                } else {
                    try? manager.removeItem(at: url)
                }
            }
        }
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        pid == ProcessInfo.processInfo.processIdentifier ? false : kill(pid, 0) == 0
    }

    /// Moves the old site aside, moves the new one in, then deletes the old one.
    func swap(_ staging: URL, into destination: URL) throws {
        let manager = FileManager.default
        let retired = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent)-old-\(ProcessInfo.processInfo.processIdentifier)")
        let hadSite = manager.fileExists(atPath: destination.path)
        if hadSite { try manager.moveItem(at: destination, to: retired) }
        do {
            try manager.moveItem(at: staging, to: destination)
        } catch {
            if hadSite { try? manager.moveItem(at: retired, to: destination) }
            throw error
        }
        if hadSite { FolderRemoval.remove(retired) }
    }
}
