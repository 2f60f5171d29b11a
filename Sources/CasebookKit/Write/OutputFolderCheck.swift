import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides whether a build may replace its output folder: only one that is missing, empty or marked as
/// Casebook's, and never one that is or holds a folder the build reads.
struct OutputFolderCheck: Sendable {
    /// The output folder.
    var destination: URL
    /// The folders the build reads: the project, content and templates folders.
    var sources: [URL]

    /// Why the destination must not be replaced; `nil` when it may be.
    func refusal() -> DiagnosticMessage? {
        let path = Self.canonicalPath(destination)
        let inside = path == "/" ? "/" : path + "/"
        if let source = sources.first(where: { let held = Self.canonicalPath($0); return held == path || held.hasPrefix(inside) }) {
            return .outputHoldsSources(SourceLocation.displayPath(of: source))
        }
        var status = stat()
        guard lstat(destination.path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: return .outputIsLink(target: SourceLocation.displayPath(of: URL(fileURLWithPath: path)))
        default: return .outputIsFile
        }
        let isEmpty = DirectoryEntries.read(destination.path)?.isEmpty == true
        return isEmpty || SiteMarker.marks(destination) ? nil : .outputNotMadeByCasebook(marker: SiteMarker.name)
    }

    /// The absolute path with `.`, `..` and symbolic links resolved, also for a path that does not exist yet.
    static func canonicalPath(_ url: URL) -> String {
        let url = url.standardizedFileURL
        if let resolved = realpath(url.path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let parent = url.deletingLastPathComponent()
        guard parent.path != url.path else { return url.path }
        let base = canonicalPath(parent)
        return (base == "/" ? "" : base) + "/" + url.lastPathComponent
    }
}
