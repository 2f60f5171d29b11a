#if canImport(Glibc)
import Glibc
#endif

/// A folder's entries as `readdir` lists them, each with the type it reports: no `stat` per file, which
/// `FileManager` and `URL` resource values make.
enum DirectoryEntries {
    /// The names and `d_type`s (`DT_DIR`, `DT_REG`, `DT_LNK`, `DT_UNKNOWN`…) of the folder at `path`,
    /// without `.` and `..`; nil when it cannot be opened. The folder is closed before this returns.
    static func read(_ path: String) -> [(name: String, type: UInt8)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name != ".", name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        return entries
    }

    /// What an entry is, links not followed.
    enum Kind { case directory, file, link, other }

    /// The kind of the entry at `path` whose `d_type` is `type`; asks `lstat` where the file system gave no type.
    static func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .directory
        case Int32(DT_REG): return .file
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return .directory
            case S_IFREG: return .file
            case S_IFLNK: return .link
            default: return .other
            }
        default: return .other
        }
    }
}
