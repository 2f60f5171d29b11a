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
}
