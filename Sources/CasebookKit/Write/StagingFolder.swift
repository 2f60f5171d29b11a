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
    var sweep: OutputSweep?
    /// Whether `sweep` looks for what the files in `previous` were swept for: an unchanged file is then not swept again.
    var sweptAlike = false
    /// The folder under the site's root the files now given go into (`ru/` while the Russian pages are
    /// made), empty for the site's root; set by the one thread that runs the stages, between them.
    var folder: String {
        get { lock.withLock { storedFolder } }
        set { lock.withLock { storedFolder = newValue } }
    }
    private var storedFolder = ""
    /// Whether the bytes of every file are kept for the next build to compare with (`written`).
    let recording: Bool
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var count = 0
    private var leaks: [Diagnostic] = []
    private var kept: [OutputFile] = []
    private var recorded: [String: [UInt8]] = [:]

    /// A staging folder for `writer`'s destination: in place over `previous`, or fresh without it.
    init(for writer: SiteWriter, previous: [String: [UInt8]]? = nil, recording: Bool = false) throws {
        self.writer = writer
        self.recording = recording
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
        (target, rootPath, writer, recoveryWarnings, recording) = (.memory, "", nil, [], false)
    }

    /// Folders for the build's scratch files: beside the destination, else the temporary folder.
    var scratchFolders: [URL] {
        writer.map { ScratchFile.folders(besideOutput: $0.destination) } ?? [FileManager.default.temporaryDirectory]
    }

    /// The files kept by a folder that writes nothing, in no particular order.
    var files: [OutputFile] { lock.withLock { kept } }

    /// The bytes of every file of the site, by path, once published by a recording folder.
    var written: [String: [UInt8]] { lock.withLock { recorded } }

    /// Sweeps and writes (or keeps) one file, creating its folders the first time they are needed.
    public func write(_ file: OutputFile) throws {
        let inFolder = folder
        let file = inFolder.isEmpty ? file : OutputFile(path: inFolder + file.path, contents: file.contents)
        var previous: [UInt8]?
        if case .inPlace(let old) = target { previous = old[file.path] }
        let unchanged = previous == file.contents
        if !(unchanged && sweptAlike), let found = sweep?.check(file), !found.isEmpty {
            report(found)
            return
        }
        if recording { lock.withLock { recorded[file.path] = file.contents } }
        switch target {
        case .fresh:
            try makeFolder(of: file.path)
            try file.write(toPath: rootPath + "/" + file.path)
        case .inPlace: if !unchanged { lock.withLock { kept.append(file) } }
        case .memory: lock.withLock { kept.append(file) }
        }
        countWritten()
    }

    /// Creates the folder a file at the site-relative `path` goes into, in a fresh folder, the first time.
    func makeFolder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if lock.withLock({ !folders.contains(folder) }) {
            try makeFolder(folder)
            lock.withLock { _ = folders.insert(folder) }
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
    func report(_ found: [Diagnostic]) { lock.withLock { leaks += found } }

    /// Counts a file written otherwise than by `write`.
    func countWritten() { lock.withLock { count += 1 } }

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
        guard leaks.isEmpty else { throw DiagnosticsError(leaks.sorted()) }
        let total = lock.withLock { count }
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
