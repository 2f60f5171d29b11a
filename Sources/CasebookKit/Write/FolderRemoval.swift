import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Deletes a folder tree with `unlinkat`, its top-level entries on all cores.
///
/// Replacing a site deletes the previous one; `FileManager.removeItem` took 12 s for a site of 80,000
/// files, most of it in its own bookkeeping rather than in the file system.
enum FolderRemoval {
    /// Deletes `url` and everything below it, never following a symbolic link; what cannot be deleted is
    /// left in place, and the reason the first such file could not be deleted is returned.
    @discardableResult
    static func remove(_ url: URL) -> String? {
        let path = url.path
        var status = stat()
        guard lstat(path, &status) == 0 else { return errno == ENOENT ? nil : reason(errno) }
        return removeTree(path, isFolder: status.st_mode & S_IFMT == S_IFDIR, onAllCores: true)
    }

    private static func removeTree(_ path: String, isFolder: Bool, onAllCores: Bool = false) -> String? {
        guard isFolder else { return unlink(path) == 0 || errno == ENOENT ? nil : reason(errno) }
        let entries = DirectoryEntries.read(path) ?? []
        let remove: @Sendable ((name: String, type: UInt8)) -> String? = { entry in
            let inner = path + "/" + entry.name
            return removeTree(inner, isFolder: entry.type == DT_DIR || (entry.type == DT_UNKNOWN && isRealFolder(inner)))
        }
        let failures = onAllCores ? entries.parallelMap(counted: false, remove) : entries.map(remove)
        if rmdir(path) == 0 || errno == ENOENT { return nil }
        return failures.lazy.compactMap { $0 }.first ?? reason(errno)
    }

    private static func isRealFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
