import Foundation

/// A fresh folder beside the destination that a build writes into, file by file, from any thread; it
/// replaces the destination only when `publish` is called, so a failed build leaves the old site intact.
public final class StagingFolder: @unchecked Sendable {
    let url: URL
    private let writer: SiteWriter
    /// Warnings about folders left by earlier builds that could not be deleted.
    private let recoveryWarnings: [Diagnostic]
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var count = 0
    /// Looks at every file before it is written; what it finds is thrown by `publish`, and the file is not written.
    var sweep: OutputSweep?
    private var leaks: [Diagnostic] = []

    init(for writer: SiteWriter) throws {
        self.writer = writer
        let manager = FileManager.default
        let parent = writer.destination.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        recoveryWarnings = writer.recoverInterruptedBuilds()
        url = parent.appendingPathComponent(".\(writer.destination.lastPathComponent)-staging-\(ProcessInfo.processInfo.processIdentifier)")
        // Not over a folder left undeletable by an earlier build of this process, whose files would be published.
        try manager.createDirectory(at: url, withIntermediateDirectories: false)
    }

    /// Writes one file, creating its folders the first time they are needed.
    public func write(_ file: OutputFile) throws {
        if let found = sweep?.check(file), !found.isEmpty {
            lock.withLock { leaks += found }
            return
        }
        let folder = (file.path as NSString).deletingLastPathComponent
        if lock.withLock({ !folders.contains(folder) }) {
            try FileManager.default.createDirectory(at: url.appendingPathComponent(folder), withIntermediateDirectories: true)
            lock.withLock { _ = folders.insert(folder) }
        }
        try file.write(into: url)
        lock.withLock { count += 1 }
    }

    /// Writes files on all cores; the first failure is thrown once all have been tried.
    public func write(_ files: [OutputFile]) throws {
        try write(count: files.count) { files[$0] }
    }

    /// Makes and writes `count` files on all cores, each dropped once written.
    public func write(count: Int, _ file: @Sendable (Int) -> OutputFile) throws {
        try Array(0..<count).parallelMap(counted: false) { index in Result { try self.write(file(index)) } }.forEach { try $0.get() }
    }

    /// Copies the static assets in and marks the folder as Casebook's, then swaps it in for the destination;
    /// returns the files written and warnings about old folders that could not be deleted.
    public func publish(assets: URL?) throws -> (files: Int, warnings: [Diagnostic]) {
        let manager = FileManager.default
        try write(SiteMarker.file)
        if let sweep, let assets { leaks += try sweep.check(SiteWriter.assetFiles(in: assets), unchangedSince: nil) }
        guard leaks.isEmpty else { throw DiagnosticsError(leaks) }
        var total = lock.withLock { count }
        if let assets, manager.fileExists(atPath: assets.path) {
            try manager.copyItem(at: assets, to: url.appendingPathComponent("assets"))
            let entries = manager.enumerator(at: assets, includingPropertiesForKeys: [.isRegularFileKey])?.allObjects ?? []
            total += entries.compactMap { $0 as? URL }.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }.count
        }
        let warnings = try writer.swap(url, into: writer.destination)
        return (total, recoveryWarnings + warnings)
    }

    /// Deletes the folder after a failed build.
    public func discard() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Runs `body`, which fills and publishes the folder; if it throws, the folder is discarded and the
    /// destination keeps what it held.
    func discardingOnFailure<T>(_ body: () throws -> T) rethrows -> T {
        do {
            return try body()
        } catch {
            discard()
            throw error
        }
    }
}
