import Foundation

/// Where a build writes its files as it makes them, from any thread: every file is swept first, and
/// nothing reaches the destination until `publish`, so a failed build leaves the old site intact.
///
/// A build that has the bytes it last wrote (`casebook serve`) updates the destination in place at
/// `publish`, writing only the files that changed; any other build fills a fresh folder beside the
/// destination, which `publish` swaps in. A build that writes nothing (`casebook check`) keeps the files.
public final class StagingFolder: @unchecked Sendable {
    /// Where the files go.
    enum Target {
        /// A fresh folder, written as files come, that replaces the destination.
        case fresh(URL)
        /// The destination itself, whose files as last written are these; changed files wait for `publish`.
        case inPlace(previous: [String: [UInt8]])
        /// Nowhere: the files are kept.
        case memory
    }

    let target: Target
    /// The path of a fresh folder, empty for the other targets; kept as a path so that no write converts a URL.
    let rootPath: String
    private let writer: SiteWriter?
    /// Warnings about folders left by earlier builds that could not be deleted.
    private let recoveryWarnings: [Diagnostic]
    /// Looks at every file before it is written; what it finds is thrown by `publish`, and the file is not written.
    /// Set before any file is written, and shared with every folder `within` this one.
    var sweep: OutputSweep? {
        get { shared.sweep }
        set { shared.sweep = newValue }
    }
    /// Whether `sweep` looks for what the files in `previous` were swept for: an unchanged file is then not swept again.
    var sweptAlike: Bool {
        get { shared.sweptAlike }
        set { shared.sweptAlike = newValue }
    }
    /// The folder under the site's root the files given here go into (`ru/` for the Russian pages), empty
    /// for the site's root.
    let folder: String
    /// Whether the bytes of every file are kept for the next build to compare with (`written`).
    let recording: Bool
    private let shared: Shared

    /// What the folders of one build hold in common, whichever language's folder a file is given to.
    private final class Shared: @unchecked Sendable {
        let lock = NSLock()
        var sweep: OutputSweep?
        var sweptAlike = false
        var folders: Set<String> = [""]
        var count = 0
        var leaks: [Diagnostic] = []
        var kept: [OutputFile] = []
        var recorded: [String: [UInt8]] = [:]

        func withLock<T>(_ body: (Shared) throws -> T) rethrows -> T {
            try lock.withLock { try body(self) }
        }
    }

    /// A staging folder for `writer`'s destination: in place over `previous`, or fresh without it.
    init(for writer: SiteWriter, previous: [String: [UInt8]]? = nil, recording: Bool = false) throws {
        (self.writer, self.recording, folder, shared) = (writer, recording, "", Shared())
        if let previous {
            (target, rootPath, recoveryWarnings) = (.inPlace(previous: previous), "", [])
            return
        }
        let manager = FileManager.default
        let parent = writer.destination.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        recoveryWarnings = writer.recoverInterruptedBuilds()
        let url = parent.appendingPathComponent(".\(writer.destination.lastPathComponent)-staging-\(ProcessInfo.processInfo.processIdentifier)")
        // Not over a folder left undeletable by an earlier build of this process, whose files would be published.
        try manager.createDirectory(at: url, withIntermediateDirectories: false)
        (target, rootPath) = (.fresh(url), url.path)
    }

    /// A folder that keeps the files it is given, for a build that writes nothing.
    init() {
        (target, rootPath, writer, recoveryWarnings, recording, folder, shared) = (.memory, "", nil, [], false, "", Shared())
    }

    /// A folder for the files of the pages under `folder` (a language's), written, swept and published
    /// with this one's: the languages' pages can then be made side by side.
    func within(_ folder: String) -> StagingFolder {
        StagingFolder(self, folder: folder)
    }

    private init(_ other: StagingFolder, folder: String) {
        (target, rootPath, writer, recoveryWarnings, recording) = (other.target, other.rootPath, other.writer, other.recoveryWarnings, other.recording)
        (self.folder, shared) = (other.folder + folder, other.shared)
    }

    /// Folders for the build's scratch files: beside the destination, else the temporary folder.
    var scratchFolders: [URL] {
        writer.map { ScratchFile.folders(besideOutput: $0.destination) } ?? [FileManager.default.temporaryDirectory]
    }

    /// The files kept by a folder that writes nothing, in no particular order.
    var files: [OutputFile] { shared.withLock { $0.kept } }

    /// The bytes of every file of the site, by path, once published by a recording folder.
    var written: [String: [UInt8]] { shared.withLock { $0.recorded } }

    /// Sweeps and writes (or keeps) one file, creating its folders the first time they are needed.
    public func write(_ file: OutputFile) throws {
        let file = folder.isEmpty ? file : OutputFile(path: folder + file.path, contents: file.contents)
        var previous: [UInt8]?
        if case .inPlace(let old) = target { previous = old[file.path] }
        let unchanged = previous == file.contents
        if !(unchanged && sweptAlike), let found = sweep?.check(file), !found.isEmpty {
            report(found)
            return
        }
        if recording { shared.withLock { $0.recorded[file.path] = file.contents } }
        switch target {
        case .fresh:
            try makeFolder(of: file.path)
            try file.write(toPath: rootPath + "/" + file.path)
        case .inPlace: if !unchanged { shared.withLock { $0.kept.append(file) } }
        case .memory: shared.withLock { $0.kept.append(file) }
        }
        countWritten()
    }

    /// Creates the folder a file at the site-relative `path` goes into, in a fresh folder, the first time.
    func makeFolder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if shared.withLock({ !$0.folders.contains(folder) }) {
            try makeFolder(folder)
            shared.withLock { _ = $0.folders.insert(folder) }
        }
    }

    /// Creates `folder` and the folders it is in, with a system call each rather than Foundation's
    /// walk over every parent, which took a tenth of the render stage, a page being a folder of its own.
    private func makeFolder(_ folder: String) throws {
        let full = rootPath + "/" + folder
        if mkdir(full, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = folder.lastIndex(of: "/") else { throw WriteFailure(errno, path: full) }
        try makeFolder(String(folder[..<slash]))
        guard mkdir(full, 0o755) == 0 || errno == EEXIST else { throw WriteFailure(errno, path: full) }
    }

    /// Notes what the sweep found in a file, which is then not published.
    func report(_ found: [Diagnostic]) { shared.withLock { $0.leaks += found } }

    /// Counts a file written otherwise than by `write`.
    func countWritten() { shared.withLock { $0.count += 1 } }

    /// Writes files on all cores; the first failure is thrown once all have been tried.
    public func write(_ files: [OutputFile]) throws {
        try write(count: files.count) { files[$0] }
    }

    /// Makes and writes `count` files on all cores, each dropped once written.
    public func write(count: Int, _ file: @Sendable (Int) -> OutputFile) throws {
        try Array(0..<count).parallelMap(counted: false) { index in Result { try self.write(file(index)) } }.forEach { try $0.get() }
    }

    /// Writes the static assets and the marker, then puts the site in the destination's place: swaps a
    /// fresh folder in, or writes the changed files and deletes those no longer made. Throws what the sweep
    /// found, having changed nothing; returns the files of the site and warnings about old folders that
    /// could not be deleted.
    public func publish(assets: URL?) throws -> (files: Int, warnings: [Diagnostic]) {
        if let assets { try write(SiteWriter.assetFiles(in: assets)) }
        try write(SiteMarker.file)
        let (leaks, total, recorded) = shared.withLock { ($0.leaks, $0.count, $0.recorded) }
        guard leaks.isEmpty else { throw DiagnosticsError(leaks.sorted()) }
        switch target {
        case .fresh(let url):
            guard let writer else { return (total, recoveryWarnings) }
            return (total, try recoveryWarnings + writer.swap(url, into: writer.destination))
        case .inPlace(let previous):
            try writer?.update(changed: files, removing: previous.keys.filter { recorded[$0] == nil })
            return (total, [])
        case .memory:
            return (total, [])
        }
    }

    /// Deletes a fresh folder after a failed build.
    public func discard() {
        if case .fresh(let url) = target { try? FileManager.default.removeItem(at: url) }
    }

    /// Runs `body`, which fills and publishes the folder; if it throws, a fresh folder is discarded and the
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
